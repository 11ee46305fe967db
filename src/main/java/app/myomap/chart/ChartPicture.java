package app.myomap.chart;

import app.myomap.atlas.AtlasView;
import app.myomap.model.Chart;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one picture routine: draws a view of a chart as the screen, print and every export show it,
 * bottom to top: background, body outline, muscle regions, a highlighted region, zones, symptom
 * areas, connectors, trigger points, note pins and labels (through {@link ChartRenderer}), then the
 * legend and a caption. It needs no editor and no window: the window's canvas paints through a
 * picture that keeps its layers as images ({@link #cached}) and adds its interaction feedback on
 * top; print and export paint through one that draws every layer from vectors ({@link #vectors}).
 *
 * <p>Not thread-safe: a picture keeps what it prepared for the last paint (label layout, prepared
 * zones, images), so each thread or surface uses its own.
 */
public final class ChartPicture {
  /** The message key of the note pin's sample text in the legend. */
  private static final String NOTE_SAMPLE_KEY = "Legend.notePin.sample";

  /** The room around the legend and the caption, and inside the caption, at a mark scale of 1. */
  private static final int MARGIN = 8;

  private static final int CAPTION_PAD = 6;

  private final boolean sprites;
  private final OutlineImageCache outlineCache;
  private final ZoneImageCache zoneImages;
  private final MarkLayerCache markLayer;
  private ChartRenderer renderer;
  private RegionLayer regionLayer;
  private ChartLegend legend;
  private String legendNoteSample;

  private ChartPicture(
      ChartRenderer renderer,
      boolean sprites,
      OutlineImageCache outlineCache,
      ZoneImageCache zoneImages,
      MarkLayerCache markLayer) {
    this.renderer = renderer;
    this.sprites = sprites;
    this.outlineCache = outlineCache;
    this.zoneImages = zoneImages;
    this.markLayer = markLayer;
    this.regionLayer = new RegionLayer(renderer.style().markScale);
  }

  /**
   * A picture for print and export: the outline drawn from its vectors, every mark drawn as vectors
   * at the options' mark scale.
   */
  public static ChartPicture vectors() {
    return new ChartPicture(ChartRenderer.vectors(MarkStyle.screen()), false, null, null, null);
  }

  /**
   * A picture for print and export whose marks are drawn in {@code style} (for example {@link
   * MarkStyle#inked}), kept at every mark scale.
   */
  public static ChartPicture vectors(MarkStyle style) {
    return new ChartPicture(ChartRenderer.vectors(style), false, null, null, null);
  }

  /**
   * A picture for the screen: the outline copied from {@code outline}, the marks from {@code
   * marks}, both kept by the caller across paints, and glyphs copied from images drawn once by
   * {@code renderer}. Its options need a background (the outline image is opaque) and the
   * renderer's mark scale.
   */
  public static ChartPicture cached(
      ChartRenderer renderer, OutlineImageCache outline, MarkLayerCache marks) {
    return new ChartPicture(renderer, true, outline, null, marks);
  }

  /**
   * A picture for the screen as {@link #cached(ChartRenderer, OutlineImageCache, MarkLayerCache)},
   * whose zones are copied from {@code zones} whenever it holds an image of exactly the zones shown
   * (sharp, or scaled with the outline while the zoom changes), and drawn from vectors otherwise.
   */
  public static ChartPicture cached(
      ChartRenderer renderer,
      OutlineImageCache outline,
      ZoneImageCache zones,
      MarkLayerCache marks) {
    return new ChartPicture(renderer, true, outline, zones, marks);
  }

  /**
   * Paints the view of {@code atlasView} with the marks of {@code chart} on it into {@code g},
   * whose user space is the picture's pixels, through {@code transform}. It leaves {@code g} with
   * the renderer's rendering hints.
   */
  public void paint(
      Graphics2D g,
      AtlasView atlasView,
      Chart chart,
      ViewTransform transform,
      PictureOptions options) {
    prepare(options.markScale());
    options
        .background()
        .ifPresent(
            colour -> {
              g.setColor(colour);
              g.fillRect(0, 0, options.widthPx(), options.heightPx());
            });
    paintOutline(g, atlasView, transform, options);
    if (!options.regions().isEmpty()) {
      regionLayer.paint(g, options.regions(), transform, options.look().abbreviation());
    }
    options.highlightedRegion().ifPresent(r -> regionLayer.paintHighlight(g, r, transform));
    if (markLayer != null) {
      boolean zonesPainted =
          zoneImages != null
              && zoneImages.paint(
                  g,
                  chart,
                  atlasView.view(),
                  atlasView.viewBox(),
                  options.look(),
                  transform,
                  options.widthPx(),
                  options.heightPx());
      markLayer.paint(
          g,
          renderer,
          chart,
          atlasView.view(),
          transform,
          options.look(),
          options.widthPx(),
          options.heightPx(),
          !zonesPainted,
          outlineCache == null || outlineCache.paintedSharp());
    } else {
      renderer.paint(g, chart, atlasView.view(), transform, options.look(), options.spans());
    }
    options.legend().ifPresent(words -> paintLegend(g, options, words));
    options.caption().ifPresent(caption -> paintCaption(g, caption, options.markScale()));
  }

  /**
   * Where {@link #paint} would draw the legend of {@code options} into {@code g}, in its pixels:
   * the bottom right corner, inside a margin; empty when the options have no legend. A layout keeps
   * the body out of it.
   */
  public Optional<Rectangle> legendBounds(Graphics2D g, PictureOptions options) {
    if (options.legend().isEmpty()) {
      return Optional.empty();
    }
    prepare(options.markScale());
    Dimension size = legendFor(options.legend().get()).size(g, options.legend().get());
    int margin = Math.round(MARGIN * options.markScale());
    return Optional.of(
        new Rectangle(
            options.widthPx() - size.width - margin,
            options.heightPx() - size.height - margin,
            size.width,
            size.height));
  }

  /**
   * Where {@link #paint} would draw the caption of {@code options} into {@code g}, in its pixels:
   * the top left corner, inside a margin; empty when there is no caption or it has no line.
   */
  public Optional<Rectangle> captionBounds(Graphics2D g, PictureOptions options) {
    return options
        .caption()
        .filter(caption -> !caption.lines().isEmpty())
        .map(caption -> captionBox(g, caption.lines(), options.markScale()));
  }

  /** The room around the legend and caption at {@code markScale}, in pixels. */
  public static int marginPx(float markScale) {
    return Math.round(MARGIN * markScale);
  }

  /** Makes the renderer and region layer for {@code markScale} unless they are for it already. */
  private void prepare(float markScale) {
    if (renderer.style().markScale == markScale) {
      return;
    }
    if (sprites) {
      throw new IllegalArgumentException(
          "a cached picture draws marks at its renderer's scale "
              + renderer.style().markScale
              + ", not "
              + markScale);
    }
    renderer = ChartRenderer.vectors(renderer.style().withMarkScale(markScale));
    regionLayer = new RegionLayer(markScale);
    legend = null;
  }

  private void paintOutline(
      Graphics2D g, AtlasView atlasView, ViewTransform transform, PictureOptions options) {
    if (outlineCache != null) {
      outlineCache.paint(
          g,
          atlasView,
          transform,
          options.widthPx(),
          options.heightPx(),
          options
              .background()
              .orElseThrow(
                  () -> new IllegalArgumentException("a cached picture needs a background")));
      return;
    }
    Graphics2D outline = (Graphics2D) g.create();
    try {
      outline.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      outline.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      outline.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      outline.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      outline.transform(transform.toScreenTransform());
      atlasView.paintOutline(outline, null);
    } finally {
      outline.dispose();
    }
  }

  private void paintLegend(Graphics2D g, PictureOptions options, Function<String, String> words) {
    Rectangle bounds = legendBounds(g, options).orElseThrow();
    legend.paint(g, bounds.x, bounds.y, words);
  }

  private ChartLegend legendFor(Function<String, String> words) {
    String noteSample = words.apply(NOTE_SAMPLE_KEY);
    if (legend == null || !noteSample.equals(legendNoteSample)) {
      legend = new ChartLegend(renderer, noteSample);
      legendNoteSample = noteSample;
    }
    return legend;
  }

  /** The caption's box: its lines' width and height plus the padding, inside the margin. */
  private static Rectangle captionBox(Graphics2D g, List<String> lines, float markScale) {
    int margin = Math.round(MARGIN * markScale);
    int pad = Math.round(CAPTION_PAD * markScale);
    int width = 0;
    int height = 0;
    for (int i = 0; i < lines.size(); i++) {
      FontMetrics fm = g.getFontMetrics(captionFont(i, markScale));
      width = Math.max(width, fm.stringWidth(lines.get(i)));
      height += fm.getHeight();
    }
    return new Rectangle(margin, margin, width + 2 * pad, height + 2 * pad);
  }

  private static Font captionFont(int line, float markScale) {
    return line == 0
        ? new Font(Font.SANS_SERIF, Font.BOLD, Math.round(13 * markScale))
        : new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(11 * markScale));
  }

  /** The caption's lines in a box at the top left, the first (the patient) in bold. */
  private void paintCaption(Graphics2D g, Caption caption, float markScale) {
    List<String> lines = caption.lines();
    if (lines.isEmpty()) {
      return;
    }
    Rectangle box = captionBox(g, lines, markScale);
    int pad = Math.round(CAPTION_PAD * markScale);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    MarkStyle style = renderer.style();
    g.setColor(style.labelBackground);
    g.fill(new RoundRectangle2D.Double(box.x, box.y, box.width, box.height, pad, pad));
    g.setColor(style.labelText);
    int y = box.y + pad;
    for (int i = 0; i < lines.size(); i++) {
      g.setFont(captionFont(i, markScale));
      FontMetrics fm = g.getFontMetrics();
      g.drawString(lines.get(i), box.x + pad, y + fm.getAscent());
      y += fm.getHeight();
    }
  }
}
