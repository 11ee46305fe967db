package app.myomap.edit;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.ReferralZone;
import app.myomap.model.Side;
import app.myomap.model.SymptomArea;
import app.myomap.model.TriggerPoint;
import app.myomap.model.ZoneShape;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The zone tools' part of a {@link ChartEditor}: the brush size and what the referral-zone and
 * symptom-area tools paint, the callbacks that ask the practitioner about owners, and the feedback
 * of a stroke or polygon in progress. Each stroke, polygon or erase is one undo step and one
 * committed change.
 */
public final class ZonePainter {
  /** The smallest brush radius, in outline units. */
  public static final double MIN_BRUSH_RADIUS = 0.5;

  /** The largest brush radius, in outline units (half a head on the full-body views). */
  public static final double MAX_BRUSH_RADIUS = 50;

  /** The brush radius of a new editor, in outline units. */
  public static final double DEFAULT_BRUSH_RADIUS = 6;

  private final ChartEditor editor;
  private double brushRadius = DEFAULT_BRUSH_RADIUS;
  private ReferralBrush referralBrush = ReferralBrush.DEFAULT;
  private SymptomBrush symptomBrush = SymptomBrush.DEFAULT;
  private OwnerChooser ownerChooser = (view, side, candidates, suggested) -> Optional.empty();
  private ZoneOwnershipPrompt ownershipPrompt =
      (owners, zones) -> ZoneOwnershipPrompt.Answer.CANCEL;
  private final ZoneOwners owners = new ZoneOwners();
  private BrushStroke stroke;
  private List<Point2D.Double> polygon;

  ZonePainter(ChartEditor editor) {
    this.editor = editor;
  }

  /** The brush radius in outline units. */
  public double brushRadius() {
    return brushRadius;
  }

  /**
   * Sets the brush radius in outline units, clamped to {@link #MIN_BRUSH_RADIUS}..{@link
   * #MAX_BRUSH_RADIUS}; the UI divides a size in screen pixels by the scale. A stroke in progress
   * keeps the size it began with.
   */
  public void setBrushRadius(double outlineUnits) {
    if (Double.isNaN(outlineUnits)) {
      throw new IllegalArgumentException("Brush radius must be a number");
    }
    brushRadius = Math.max(MIN_BRUSH_RADIUS, Math.min(MAX_BRUSH_RADIUS, outlineUnits));
    editor.fireChange();
  }

  public ReferralBrush referralBrush() {
    return referralBrush;
  }

  /** Sets what the referral-zone tool paints next. */
  public void setReferralBrush(ReferralBrush brush) {
    referralBrush = Objects.requireNonNull(brush, "brush");
    editor.fireChange();
  }

  public SymptomBrush symptomBrush() {
    return symptomBrush;
  }

  /** Sets what the symptom-area tool paints next. */
  public void setSymptomBrush(SymptomBrush brush) {
    symptomBrush = Objects.requireNonNull(brush, "brush");
    editor.fireChange();
  }

  /**
   * Sets who is asked for the owner of a referral zone painted with no trigger point selected and
   * no owner kept, and for a zone's new owner; by default nobody, and such a stroke is discarded.
   */
  public void setOwnerChooser(OwnerChooser chooser) {
    ownerChooser = Objects.requireNonNull(chooser, "chooser");
  }

  /**
   * Sets who is asked what becomes of the zones of trigger points being deleted; by default the
   * deletion is cancelled, so nothing is lost without an answer.
   */
  public void setOwnershipPrompt(ZoneOwnershipPrompt prompt) {
    ownershipPrompt = Objects.requireNonNull(prompt, "prompt");
  }

  /**
   * The area swept so far by the brush stroke in progress, in outline units, for the canvas to
   * paint; it grows as the stroke goes on, so paint it at once rather than keep it.
   */
  public Optional<Shape> liveStroke() {
    return Optional.ofNullable(stroke).map(BrushStroke::shape);
  }

  /** What the last pointer sample added to the stroke in progress, to repaint only that. */
  public Optional<Rectangle2D> liveStrokeChange() {
    return Optional.ofNullable(stroke).map(BrushStroke::lastSegmentBounds);
  }

  /** The points of the polygon being clicked, in outline units; empty when none is. */
  public List<Point2D> polygonDraft() {
    return polygon == null ? List.of() : List.copyOf(polygon);
  }

  /**
   * Closes the polygon being clicked (Enter), painting or erasing it as one step.
   *
   * @return whether there was a polygon of at least three points to close
   */
  public boolean finishPolygon() {
    boolean finished = polygon != null && polygon.size() >= 3;
    if (polygon != null) {
      closePolygon(editor.tool());
    }
    editor.fireChange();
    return finished;
  }

  /**
   * The trigger point a referral zone painted now would belong to without asking: the one trigger
   * point selected, or else the owner of the one referral zone selected.
   */
  public Optional<MarkId> selectedOwner() {
    Chart chart = editor.chart();
    List<MarkId> points = new ArrayList<>();
    List<ReferralZone> zones = new ArrayList<>();
    for (MarkId id : editor.selection().ids()) {
      Optional<Mark> mark = chart.find(id);
      if (mark.isPresent() && mark.get() instanceof TriggerPoint) {
        points.add(id);
      } else if (mark.isPresent() && mark.get() instanceof ReferralZone zone) {
        zones.add(zone);
      }
    }
    if (points.size() == 1) {
      return Optional.of(points.get(0));
    }
    return points.isEmpty() && zones.size() == 1 ? zones.get(0).owner() : Optional.empty();
  }

  /**
   * The owner the next referral zone painted would get without asking: the {@link #selectedOwner()
   * selected one}, or else the one kept from the last stroke or choice.
   */
  public Optional<MarkId> nextOwner() {
    return selectedOwner().or(() -> owners.kept(editor.chart()));
  }

  /**
   * Changes an owner, asking the practitioner which trigger point (Change owner): with one referral
   * zone selected, that zone's owner as one undo step; otherwise the owner kept for the next
   * strokes.
   *
   * @return whether an owner was chosen
   */
  public boolean chooseOwner() {
    Chart chart = editor.chart();
    Optional<ReferralZone> zone = selectedZone();
    Optional<MarkId> suggested =
        zone.isPresent() ? zone.get().owner().filter(chart::contains) : nextOwner();
    // The zone's side, or else the side under the pointer, orders the chooser's list.
    Optional<Side> side =
        zone.isPresent()
            ? sideOf(zone.get().view(), zone.get().shape().bounds())
            : editor
                .hover()
                .flatMap(
                    h ->
                        OwnerCandidates.sideAt(
                            editor.view(), new Point2D.Double(h.x(), h.y()), editor.lookup()));
    Optional<MarkId> chosen =
        ownerChooser
            .choose(
                zone.map(Mark::view).orElse(editor.view()), side, chart.triggerPoints(), suggested)
            .filter(id -> chart.find(id).orElse(null) instanceof TriggerPoint);
    if (chosen.isEmpty()) {
      return false;
    }
    if (zone.isPresent()) {
      if (!zone.get().owner().equals(chosen)) {
        editor.perform(ChangeZoneOwner.of(zone.get(), chosen.get()));
      }
    } else {
      owners.keep(chosen.get());
      editor.fireChange();
    }
    return true;
  }

  /** The one referral zone selected, alone. */
  public Optional<ReferralZone> selectedZone() {
    if (editor.selection().size() != 1) {
      return Optional.empty();
    }
    return editor
        .chart()
        .find(editor.selection().ids().iterator().next())
        .filter(ReferralZone.class::isInstance)
        .map(ReferralZone.class::cast);
  }

  // The zone tool's gestures.

  /** Keeps the trigger point clicked with the referral-zone tool as the owner of the next zones. */
  void keepOwner(MarkId owner) {
    owners.keep(owner);
  }

  boolean inGesture() {
    return stroke != null || polygon != null;
  }

  boolean inPolygon() {
    return polygon != null;
  }

  void beginStroke(Point2D point) {
    stroke = new BrushStroke(brushRadius);
    stroke.add(point);
  }

  void extendStroke(Point2D point) {
    if (stroke != null) {
      stroke.add(point);
    }
  }

  void finishStroke(ToolKind tool, Point2D point) {
    if (stroke == null) {
      return;
    }
    stroke.add(point);
    Area swept = stroke.toArea();
    stroke = null;
    apply(tool, swept);
  }

  /**
   * Ends a press that did not move as far as a drag: one round dab of the brush at the press point,
   * painted or erased like a stroke.
   */
  void finishDab(ToolKind tool, Point2D pressPoint) {
    if (stroke == null) {
      return;
    }
    BrushStroke dab = new BrushStroke(stroke.radius());
    dab.add(pressPoint);
    stroke = null;
    apply(tool, dab.toArea());
  }

  /** Adds a clicked point, or closes the polygon on a click at its first or last point. */
  void clickPolygon(ToolKind tool, Point2D point) {
    Point2D.Double at = new Point2D.Double(point.getX(), point.getY());
    if (polygon == null) {
      polygon = new ArrayList<>();
    }
    double reach = editor.hits().reach();
    boolean onFirst = polygon.size() >= 3 && polygon.get(0).distance(at) <= reach;
    boolean onLast = !polygon.isEmpty() && polygon.get(polygon.size() - 1).distance(at) <= reach;
    if (onFirst || onLast) {
      closePolygon(tool);
    } else {
      polygon.add(at);
    }
  }

  boolean cancelGesture() {
    boolean cancelled = inGesture();
    stroke = null;
    polygon = null;
    return cancelled;
  }

  private void closePolygon(ToolKind tool) {
    List<Point2D.Double> points = polygon;
    polygon = null;
    if (points.size() < 3) {
      return;
    }
    Path2D.Double outline = new Path2D.Double(Path2D.WIND_NON_ZERO);
    outline.moveTo(points.get(0).x, points.get(0).y);
    for (Point2D.Double p : points.subList(1, points.size())) {
      outline.lineTo(p.x, p.y);
    }
    outline.closePath();
    apply(tool, new Area(outline));
  }

  private void apply(ToolKind tool, Area area) {
    Optional<ZoneShape> shape = ZoneShape.of(area);
    if (shape.isEmpty()) {
      return;
    }
    Chart chart = editor.chart();
    BodyView view = editor.view();
    Optional<Command> step =
        switch (tool) {
          case REFERRAL_ZONE -> paintReferral(chart, view, area, shape.get());
          case SYMPTOM_AREA -> paintSymptom(chart, view, area, shape.get());
          case ERASER -> EraseZones.command(chart, view, area, editor.hits().hidden());
          default -> Optional.empty();
        };
    step.ifPresent(editor::execute);
  }

  private Optional<Command> paintReferral(Chart chart, BodyView view, Area area, ZoneShape shape) {
    Optional<MarkId> owner = nextOwner();
    if (owner.isEmpty()) {
      owner =
          ownerChooser.choose(
              view, sideOf(view, area.getBounds2D()), chart.triggerPoints(), Optional.empty());
      if (owner.isEmpty() || !(chart.find(owner.get()).orElse(null) instanceof TriggerPoint)) {
        return Optional.empty();
      }
    }
    owners.keep(owner.get());
    ReferralBrush brush = referralBrush;
    ReferralZone fresh =
        new ReferralZone(
            MarkId.random(),
            view,
            shape,
            owner,
            brush.kind(),
            brush.sensation(),
            brush.intensity());
    return PaintZones.command(
        chart,
        fresh,
        area,
        zone ->
            zone instanceof ReferralZone other
                && other.owner().equals(fresh.owner())
                && other.referralKind() == fresh.referralKind()
                && other.sensation() == fresh.sensation()
                && other.intensity().equals(fresh.intensity()));
  }

  private Optional<Command> paintSymptom(Chart chart, BodyView view, Area area, ZoneShape shape) {
    SymptomBrush brush = symptomBrush;
    SymptomArea fresh =
        new SymptomArea(
            MarkId.random(), view, shape, brush.sensation(), brush.intensity(), brush.constancy());
    return PaintZones.command(
        chart,
        fresh,
        area,
        zone ->
            zone instanceof SymptomArea other
                && other.sensation() == fresh.sensation()
                && other.intensity().equals(fresh.intensity())
                && other.constancy() == fresh.constancy());
  }

  /** The side of a zone with these bounds, from the region under their centre or the view. */
  private Optional<Side> sideOf(BodyView view, Rectangle2D bounds) {
    return OwnerCandidates.sideAt(
        view, new Point2D.Double(bounds.getCenterX(), bounds.getCenterY()), editor.lookup());
  }

  ZoneOwnershipPrompt ownershipPrompt() {
    return ownershipPrompt;
  }
}
