package app.myomap.ui;

import app.myomap.atlas.AtlasView;
import app.myomap.atlas.MuscleRegion;
import app.myomap.chart.ChartPicture;
import app.myomap.chart.ChartRenderer;
import app.myomap.chart.HitTester;
import app.myomap.chart.MarkAppearance;
import app.myomap.chart.MarkStyle;
import app.myomap.chart.OutlineImageCache;
import app.myomap.chart.OutlineSnapshot;
import app.myomap.chart.PictureOptions;
import app.myomap.chart.ViewTransform;
import app.myomap.edit.ChartEditor;
import app.myomap.edit.Hover;
import app.myomap.edit.Modifiers;
import app.myomap.edit.ToolKind;
import app.myomap.model.Chart;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.Zone;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Cursor;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import javax.swing.ToolTipManager;
import javax.swing.UIManager;

/**
 * The chart surface: paints the chart's picture ({@link ChartPicture}: outline, regions, the
 * hovered region and the marks, its layers kept as images) through the view transform with the
 * interaction feedback on top, and forwards pointer input to the {@link ChartEditor} in outline
 * coordinates. It stays thin: geometry and painting live in {@code chart}, editing in {@code edit}.
 */
public final class ChartCanvas extends JComponent {
  private static final long serialVersionUID = 1L;
  private static final double FIT_MARGIN_PX = 16;

  /** How far from a mark the pointer may be for its tooltip, in pixels. */
  private static final double TOOLTIP_REACH_PX = 6;

  private static final Color RUBBER_FILL = new Color(0x19, 0x76, 0xD2, 28);
  private static final Color RUBBER_EDGE = new Color(0x19, 0x76, 0xD2, 180);

  private final transient ChartRenderer renderer = new ChartRenderer(MarkStyle.screen());
  private final transient CanvasPicture picture = new CanvasPicture(renderer, this::repaint);
  private final transient List<Runnable> viewListeners = new ArrayList<>();
  private final transient List<Runnable> outlinePaintedOnce = new ArrayList<>();
  private final transient List<Runnable> paintedOnce = new ArrayList<>();
  private final transient Runnable editorListener = this::editorChanged;
  private transient AtlasView atlasView;
  private transient ViewTransform transform = new ViewTransform(1, 0, 0);
  private transient ChartEditor editor;

  /** The words beside the brush ring: whose referral zone the next stroke paints. */
  private transient Function<ChartEditor, Optional<String>> ringLabel = e -> Optional.empty();

  private transient Function<String, String> abbreviation = id -> id;
  private transient Function<Point2D, Optional<MuscleRegion>> regionAt = p -> Optional.empty();
  private transient MuscleRegion hoveredRegion;
  private transient MarkDescriptions descriptions;
  private transient Function<Zone, String> zoneLabel = zone -> "";

  /** Whether every mark shows its short label where there is room (View > Labels). */
  private boolean labelsShown = true;

  /** All regions of the shown view, when the practitioner made the region layer visible. */
  private transient List<MuscleRegion> shownRegions = List.of();

  /** What was painted last, to repaint only what an edit changed. */
  private transient Snapshot painted = Snapshot.EMPTY;

  /** While true the outline follows the window size; any zoom or pan by the user ends it. */
  private boolean fitted = true;

  private transient Point2D pointerOutline;
  private Point panAnchor;

  /** Marks whose edits could not be saved: drawn with a dashed ring until they are. */
  private transient java.util.Set<MarkId> unsaved = java.util.Set.of();

  private boolean spaceHeld;

  /** Whether a brush stroke was being painted at the last editor change. */
  private boolean strokeWasLive;

  /** Whether the brush ring was painted last time, to clear it when another tool is chosen. */
  private boolean ringShown;

  public ChartCanvas() {
    setName("chartCanvas");
    setFocusable(true);
    setOpaque(true);
    setPreferredSize(new Dimension(900, 760));
    PointerInput input = new PointerInput();
    addMouseListener(input);
    addMouseMotionListener(input);
    addMouseWheelListener(input);
    addComponentListener(
        new ComponentAdapter() {
          @Override
          public void componentResized(ComponentEvent e) {
            if (fitted) {
              fitToWindow();
            }
          }
        });
  }

  /**
   * Shows {@code view}, fitted to the window; an earlier run's picture of it, if one was shown,
   * stands in until its outline is rendered.
   */
  public void showView(AtlasView view) {
    this.atlasView = view;
    hoveredRegion = null;
    picture.showView(view);
    fitToWindow();
  }

  /**
   * Shows {@code kept}, the picture of the body an earlier run kept, fitted to the window until the
   * view's drawing is loaded (when it is the same view, it stands in until then); nothing once a
   * view is shown, or when its colours or screen density differ from this window's.
   */
  public void showOutlineSnapshot(OutlineSnapshot kept) {
    if (atlasView == null) {
      picture.showSnapshot(kept);
      fitToWindow();
    }
  }

  /**
   * The picture of {@code view} this canvas would show at the given size on a screen of {@code
   * deviceScale}, fitted, on its {@code background}: kept by one run for the next to show before
   * the view is loaded. Renders on the calling thread, any thread.
   */
  public static OutlineSnapshot fittedSnapshot(
      AtlasView view, int widthPx, int heightPx, double deviceScale, Color background) {
    return OutlineImageCache.snapshot(
        view,
        ViewTransform.fit(view.viewBox(), widthPx, heightPx, FIT_MARGIN_PX),
        widthPx,
        heightPx,
        deviceScale,
        background);
  }

  /** Sets the words shown beside the brush ring, such as the owner of the next referral zone. */
  public void setRingLabel(Function<ChartEditor, Optional<String>> label) {
    ringLabel = Objects.requireNonNull(label, "label");
    repaint();
  }

  /** The editor whose chart is drawn and which receives pointer input; null shows no marks. */
  public void setEditor(ChartEditor next) {
    if (editor != null) {
      editor.removeChangeListener(editorListener);
    }
    editor = next;
    if (editor != null) {
      editor.addChangeListener(editorListener);
      editor.setScale(transform.scale());
    }
    repaint();
  }

  /** The renderer the canvas paints marks with; the legend uses the same one. */
  public ChartRenderer renderer() {
    return renderer;
  }

  public Optional<ChartEditor> editor() {
    return Optional.ofNullable(editor);
  }

  /** How muscle ids are abbreviated in labels, and which region lies under an outline point. */
  public void setAtlasLookups(
      Function<String, String> abbreviation, Function<Point2D, Optional<MuscleRegion>> regionAt) {
    this.abbreviation = Objects.requireNonNull(abbreviation);
    this.regionAt = Objects.requireNonNull(regionAt);
  }

  /**
   * How marks are described in tooltips and zones labelled on the chart; until set, marks have no
   * tooltip and zones no label.
   */
  public void setMarkDescriptions(MarkDescriptions next) {
    descriptions = Objects.requireNonNull(next);
    zoneLabel = next::chartLabel;
    ToolTipManager.sharedInstance().registerComponent(this);
    repaint();
  }

  /** Shows or hides the short labels of every mark; selected and hovered points keep theirs. */
  public void setLabelsShown(boolean shown) {
    labelsShown = shown;
    repaint();
  }

  public boolean labelsShown() {
    return labelsShown;
  }

  /** The labels placed on the chart as painted now, in component pixels; read by tests. */
  public List<Rectangle2D> labelBoxes() {
    if (editor == null || atlasView == null || !labelsShown) {
      return List.of();
    }
    return renderer
        .labelLayout(editor.chart(), editor.view(), transform, appearance())
        .labels()
        .stream()
        .map(
            l ->
                (Rectangle2D)
                    new Rectangle2D.Double(
                        l.box().getX() + transform.offsetX(),
                        l.box().getY() + transform.offsetY(),
                        l.box().getWidth(),
                        l.box().getHeight()))
        .toList();
  }

  @Override
  public String getToolTipText(MouseEvent e) {
    // No tooltip follows the brush while zones are painted or erased.
    if (editor == null || descriptions == null || atlasView == null || zoneToolActive()) {
      return null;
    }
    Chart chart = editor.chart();
    return HitTester.at(
            chart,
            editor.view(),
            transform.toOutline(e.getPoint()),
            TOOLTIP_REACH_PX,
            transform.scale())
        .stream()
        .filter(mark -> !editor.hiddenKinds().contains(mark.kind()))
        .findFirst()
        .map(mark -> descriptions.describe(mark, chart))
        .orElse(null);
  }

  /**
   * Shows the muscle regions of the current view, each tinted and labelled with its abbreviation
   * (an empty list hides them again).
   */
  public void showRegions(List<MuscleRegion> regions) {
    shownRegions = List.copyOf(regions);
    repaint();
  }

  public Optional<AtlasView> atlasView() {
    return Optional.ofNullable(atlasView);
  }

  public ViewTransform transform() {
    return transform;
  }

  /** The outline point under the pointer, if the pointer is over the canvas. */
  public Optional<Point2D> pointerOutline() {
    return Optional.ofNullable(pointerOutline);
  }

  /** The component point where an outline point is drawn now; for tests that click marks. */
  public Point toComponent(Point2D outline) {
    Point2D p = transform.toScreen(outline);
    return new Point((int) Math.round(p.getX()), (int) Math.round(p.getY()));
  }

  /** How often the outline was rendered from vectors; read by tests and benchmarks. */
  public int outlineRenderCount() {
    return picture.outlineRenderCount();
  }

  /**
   * The zoom the outline image painted last was rendered at: the zoom shown once the outline is
   * sharp, an earlier one while the sharp image is being rendered; read by tests.
   */
  public double outlineRenderedScale() {
    return picture.outlineRenderedScale();
  }

  /**
   * Whether the outline painted last was the sharp rendering for what is shown now, rather than an
   * earlier image standing in, scaled, while it is rendered.
   */
  public boolean outlineSharp() {
    return atlasView != null
        && picture.outlinePaintedSharp()
        && picture.outlineRenderedScale() == transform.scale();
  }

  /**
   * Whether the zones painted last came from their sharp image at the zoom shown (or there were
   * none), rather than from one scaled while it is rendered, or from vectors after an edit.
   */
  public boolean zonesFromSharpImage() {
    return picture.zonesFromSharpImage();
  }

  public Dimension outlineImageSize() {
    return picture.outlineImageSize();
  }

  /**
   * Runs {@code listener} once, right after the body outline was next painted (from its vectors or
   * from an earlier run's picture of it).
   */
  public void whenOutlinePainted(Runnable listener) {
    outlinePaintedOnce.add(listener);
  }

  /** Runs {@code listener} once, right after the canvas was next painted, body or not. */
  public void whenPainted(Runnable listener) {
    paintedOnce.add(listener);
  }

  /** Called when zoom, pan or the pointer position change. */
  public void addViewListener(Runnable listener) {
    viewListeners.add(listener);
  }

  public void zoomIn() {
    zoomAtCentre(ViewTransform.STEP);
  }

  public void zoomOut() {
    zoomAtCentre(1 / ViewTransform.STEP);
  }

  /** Fits the whole view into the window, and keeps it fitted while the window is resized. */
  public void fitToWindow() {
    fitted = true;
    Optional<Rectangle2D> viewBox =
        atlasView != null ? Optional.of(atlasView.viewBox()) : picture.snapshotViewBox();
    if (viewBox.isPresent() && getWidth() > 0 && getHeight() > 0) {
      setTransform(ViewTransform.fit(viewBox.get(), getWidth(), getHeight(), FIT_MARGIN_PX));
    } else {
      repaint();
    }
  }

  /** Zooms by {@code factor} around a component point; used by the wheel and by tests. */
  public void zoomAt(Point2D anchorPx, double factor) {
    fitted = false;
    setTransform(transform.zoomAt(anchorPx, factor));
  }

  public void panBy(double dxPx, double dyPx) {
    fitted = false;
    setTransform(transform.panBy(dxPx, dyPx));
  }

  /** Sets whether the space bar is held, which turns a left drag into panning. */
  void setSpaceHeld(boolean held) {
    spaceHeld = held;
    setCursor(held ? Cursor.getPredefinedCursor(Cursor.MOVE_CURSOR) : Cursor.getDefaultCursor());
  }

  private void zoomAtCentre(double factor) {
    zoomAt(new Point2D.Double(getWidth() / 2.0, getHeight() / 2.0), factor);
  }

  private void setTransform(ViewTransform next) {
    transform = next;
    if (editor != null) {
      editor.setScale(next.scale());
    }
    repaint();
    viewListeners.forEach(Runnable::run);
  }

  private MarkAppearance appearance() {
    if (editor == null) {
      return MarkAppearance.plain(abbreviation);
    }
    MarkId hovered = editor.hover().flatMap(Hover::mark).orElse(null);
    return new MarkAppearance(editor.selection().ids(), hovered, labelsShown, abbreviation)
        .withHidden(editor.hiddenKinds())
        .withLabels(zoneLabel, atlasView == null ? null : atlasView.viewBox());
  }

  /** Repaints only the pixels of marks, feedback and region highlight that changed. */
  private void editorChanged() {
    Snapshot next = Snapshot.of(editor, hoveredRegion);
    if (next.view != painted.view || atlasView == null) {
      repaint();
      return;
    }
    if (labelsShown && !next.marks.equals(painted.marks)) {
      // A changed mark can move the labels of its neighbours.
      repaint();
      painted = next;
      return;
    }
    Rectangle dirty = null;
    MarkAppearance before = painted.appearance(abbreviation, labelsShown);
    MarkAppearance after = next.appearance(abbreviation, labelsShown);
    for (Mark mark : painted.marks.values()) {
      Mark now = next.marks.get(mark.id());
      if (!mark.equals(now)
          || before.selected().contains(mark.id()) != after.selected().contains(mark.id())
          || Objects.equals(before.hovered(), mark.id())
              != Objects.equals(after.hovered(), mark.id())) {
        dirty = union(dirty, renderer.bounds(mark, transform, before));
        if (now != null) {
          dirty = union(dirty, renderer.bounds(now, transform, after));
        }
      }
    }
    for (Mark mark : next.marks.values()) {
      if (!painted.marks.containsKey(mark.id())) {
        dirty = union(dirty, renderer.bounds(mark, transform, after));
      }
    }
    dirty = union(dirty, screenBounds(painted.rubberBand));
    dirty = union(dirty, screenBounds(next.rubberBand));
    boolean zoneTool = zoneToolActive();
    if (zoneTool || ringShown) {
      // The ring and its label follow the tool and the owner of the next stroke.
      dirty = union(dirty, brushRingBounds(pointerOutline));
    }
    ringShown = zoneTool;
    if (zoneTool) {
      // A stroke adds only its newest segment; the polygon draft and the stroke's end repaint too.
      dirty = union(dirty, screenBounds(editor.zones().liveStrokeChange().orElse(null)));
      boolean strokeLive = editor.zones().liveStroke().isPresent();
      if (!editor.zones().polygonDraft().isEmpty() || (strokeWasLive && !strokeLive)) {
        dirty = new Rectangle(0, 0, getWidth(), getHeight());
      }
      strokeWasLive = strokeLive;
    }
    if (dirty != null) {
      repaint(dirty);
    }
    painted = next;
  }

  private Rectangle screenBounds(Rectangle2D outlineRect) {
    if (outlineRect == null) {
      return null;
    }
    Rectangle r = transform.toScreenTransform().createTransformedShape(outlineRect).getBounds();
    r.grow(2, 2);
    return r;
  }

  private static Rectangle union(Rectangle a, Rectangle b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : a.union(b);
  }

  @Override
  protected void paintComponent(Graphics g) {
    Graphics2D g2 = (Graphics2D) g.create();
    try {
      if (atlasView == null) {
        g2.setColor(getBackground());
        g2.fillRect(0, 0, getWidth(), getHeight());
        if (picture.paintSnapshot(g2, transform, getBackground())) {
          // The body is painted, from an earlier run's picture of it.
          runOnce(outlinePaintedOnce);
        } else {
          paintLoading(g2);
        }
        runOnce(paintedOnce);
        return;
      }
      picture.paint(
          g2,
          atlasView,
          editor == null ? Chart.empty() : editor.chart(),
          transform,
          PictureOptions.of(getWidth(), getHeight(), appearance())
              .withBackground(getBackground())
              .withRegions(shownRegions)
              .withHighlightedRegion(hoveredRegion));
      if (editor != null) {
        paintRubberBand(g2);
        ZoneFeedbackPainter.paint(
            g2, editor, transform, spaceHeld ? null : pointerOutline, ringLabel.apply(editor));
        paintUnsaved(g2);
        painted = Snapshot.of(editor, hoveredRegion);
      }
      runOnce(outlinePaintedOnce);
      runOnce(paintedOnce);
    } finally {
      g2.dispose();
    }
  }

  private static void runOnce(List<Runnable> listeners) {
    if (!listeners.isEmpty()) {
      List<Runnable> once = new ArrayList<>(listeners);
      listeners.clear();
      once.forEach(Runnable::run);
    }
  }

  /**
   * The view as shown now, for the clipboard: the same framing, regions, labels and hidden layers,
   * but no selection, pointer feedback or theme, on white, drawn from vectors at {@code density}
   * pixels per screen pixel so that it stays sharp in a printed letter; empty while no view is
   * loaded.
   */
  public Optional<BufferedImage> pictureAsShown(double density) {
    if (atlasView == null || getWidth() <= 0 || getHeight() <= 0) {
      return Optional.empty();
    }
    int width = (int) Math.ceil(getWidth() * density);
    int height = (int) Math.ceil(getHeight() * density);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      MarkAppearance look =
          new MarkAppearance(java.util.Set.of(), null, labelsShown, abbreviation)
              .withHidden(editor == null ? java.util.Set.of() : editor.hiddenKinds())
              .withLabels(zoneLabel, atlasView.viewBox());
      ViewTransform scaled =
          new ViewTransform(
              transform.scale() * density,
              transform.offsetX() * density,
              transform.offsetY() * density);
      ChartPicture.vectors()
          .paint(
              g,
              atlasView,
              editor == null ? Chart.empty() : editor.chart(),
              scaled,
              PictureOptions.of(width, height, look)
                  .withMarkScale((float) density)
                  .withRegions(shownRegions));
    } finally {
      g.dispose();
    }
    return Optional.of(image);
  }

  /** Marks {@code ids} as not saved (a dashed ring around each); an empty set clears them. */
  public void setUnsavedMarks(java.util.Set<MarkId> ids) {
    if (!unsaved.equals(ids)) {
      unsaved = java.util.Set.copyOf(ids);
      repaint();
    }
  }

  /** The marks drawn as not saved. */
  public java.util.Set<MarkId> unsavedMarks() {
    return unsaved;
  }

  private void paintUnsaved(Graphics2D g2) {
    if (unsaved.isEmpty()) {
      return;
    }
    java.awt.Color ring = javax.swing.UIManager.getColor("MyoMap.unsavedRing");
    g2.setColor(ring != null ? ring : new java.awt.Color(0xd32f2f));
    g2.setRenderingHint(
        java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
    g2.setStroke(
        new java.awt.BasicStroke(
            2f,
            java.awt.BasicStroke.CAP_BUTT,
            java.awt.BasicStroke.JOIN_ROUND,
            10f,
            new float[] {5f, 4f},
            0f));
    for (MarkId id : unsaved) {
      editor
          .chart()
          .find(id)
          .filter(mark -> mark.view() == editor.view())
          .ifPresent(
              mark -> {
                if (mark instanceof app.myomap.model.Zone zone) {
                  g2.draw(
                      transform
                          .toScreenTransform()
                          .createTransformedShape(zone.shape().toPath2D()));
                } else {
                  Point2D p = transform.toScreen(mark.position());
                  double r = 15;
                  g2.draw(
                      new java.awt.geom.Ellipse2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r));
                }
              });
    }
  }

  private void paintRubberBand(Graphics2D g2) {
    editor
        .rubberBand()
        .ifPresent(
            band -> {
              java.awt.Shape shape = transform.toScreenTransform().createTransformedShape(band);
              g2.setColor(RUBBER_FILL);
              g2.fill(shape);
              g2.setColor(RUBBER_EDGE);
              g2.setStroke(new BasicStroke(1f));
              g2.draw(shape);
            });
  }

  /** The pixels of the brush ring around the pointer, to repaint as it moves. */
  private Rectangle brushRingBounds(Point2D outline) {
    if (outline == null || editor == null) {
      return null;
    }
    Point2D p = transform.toScreen(outline);
    int r = (int) Math.ceil(editor.zones().brushRadius() * transform.scale()) + 3;
    Rectangle ring = new Rectangle((int) p.getX() - r, (int) p.getY() - r, 2 * r, 2 * r);
    ring.add(ZoneFeedbackPainter.labelBounds(p, r, getFont()));
    return ring;
  }

  private boolean zoneToolActive() {
    if (editor == null) {
      return false;
    }
    ToolKind tool = editor.tool();
    return tool == ToolKind.REFERRAL_ZONE
        || tool == ToolKind.SYMPTOM_AREA
        || tool == ToolKind.ERASER;
  }

  private void paintLoading(Graphics2D g2) {
    g2.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    String text = Messages.get("ChartCanvas.loading");
    g2.setFont(getFont().deriveFont(Font.PLAIN, getFont().getSize2D() * 1.2f));
    FontMetrics fm = g2.getFontMetrics();
    g2.setColor(getForeground());
    g2.drawString(
        text, (getWidth() - fm.stringWidth(text)) / 2, (getHeight() - fm.getHeight()) / 2);
  }

  @Override
  public Color getBackground() {
    Color themed = UIManager.getColor("MyoMap.canvasBackground");
    return themed != null ? themed : super.getBackground();
  }

  private void updateHoveredRegion(Point2D outline) {
    MuscleRegion next = outline == null ? null : regionAt.apply(outline).orElse(null);
    if (!Objects.equals(next, hoveredRegion)) {
      Rectangle dirty = regionScreenBounds(hoveredRegion);
      hoveredRegion = next;
      dirty = union(dirty, regionScreenBounds(next));
      if (dirty != null) {
        repaint(dirty);
      }
    }
  }

  private Rectangle regionScreenBounds(MuscleRegion region) {
    return region == null ? null : screenBounds(region.shape().getBounds2D());
  }

  /** The mark being hovered, the region highlight and the marks as last painted. */
  private record Snapshot(
      Object view,
      Map<MarkId, Mark> marks,
      java.util.Set<MarkId> selected,
      MarkId hovered,
      Rectangle2D rubberBand) {
    static final Snapshot EMPTY = new Snapshot(null, Map.of(), java.util.Set.of(), null, null);

    static Snapshot of(ChartEditor editor, MuscleRegion region) {
      Chart chart = editor.chart();
      Map<MarkId, Mark> marks = new HashMap<>();
      for (Mark m : chart.marks(editor.view())) {
        marks.put(m.id(), m);
      }
      return new Snapshot(
          editor.view(),
          marks,
          editor.selection().ids(),
          editor.hover().flatMap(Hover::mark).orElse(null),
          editor.rubberBand().orElse(null));
    }

    MarkAppearance appearance(Function<String, String> abbreviation, boolean labels) {
      return new MarkAppearance(selected, hovered, labels, abbreviation);
    }
  }

  private final class PointerInput extends MouseAdapter {
    private boolean editing;

    @Override
    public void mousePressed(MouseEvent e) {
      requestFocusInWindow();
      if (SwingUtilities.isMiddleMouseButton(e)
          || (spaceHeld && SwingUtilities.isLeftMouseButton(e))) {
        panAnchor = e.getPoint();
      } else if (SwingUtilities.isLeftMouseButton(e) && editor != null && atlasView != null) {
        editing = true;
        editor.press(transform.toOutline(e.getPoint()), modifiers(e));
      }
    }

    @Override
    public void mouseDragged(MouseEvent e) {
      if (panAnchor != null) {
        panBy(e.getX() - panAnchor.x, e.getY() - panAnchor.y);
        panAnchor = e.getPoint();
      } else if (editing) {
        editor.drag(transform.toOutline(e.getPoint()), modifiers(e));
      }
      track(e);
    }

    @Override
    public void mouseReleased(MouseEvent e) {
      if (panAnchor != null) {
        panAnchor = null;
      } else if (editing && SwingUtilities.isLeftMouseButton(e)) {
        editing = false;
        editor.release(transform.toOutline(e.getPoint()), modifiers(e));
      }
    }

    @Override
    public void mouseMoved(MouseEvent e) {
      track(e);
      if (editor != null) {
        editor.move(transform.toOutline(e.getPoint()));
      }
    }

    @Override
    public void mouseExited(MouseEvent e) {
      pointerOutline = null;
      updateHoveredRegion(null);
      if (editor != null) {
        editor.exit();
      }
      viewListeners.forEach(Runnable::run);
    }

    @Override
    public void mouseWheelMoved(MouseWheelEvent e) {
      zoomAt(e.getPoint(), Math.pow(ViewTransform.STEP, -e.getPreciseWheelRotation()));
    }

    private void track(MouseEvent e) {
      if (zoneToolActive()) {
        Rectangle ring = union(brushRingBounds(pointerOutline), null);
        pointerOutline = transform.toOutline(e.getPoint());
        ring = union(ring, brushRingBounds(pointerOutline));
        if (ring != null) {
          repaint(ring);
        }
      }
      pointerOutline = transform.toOutline(e.getPoint());
      updateHoveredRegion(pointerOutline);
      viewListeners.forEach(Runnable::run);
    }

    private Modifiers modifiers(MouseEvent e) {
      return new Modifiers(e.isShiftDown(), e.isAltDown());
    }
  }
}
