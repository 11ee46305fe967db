package app.myomap.chart;

import app.myomap.atlas.MuscleRegion;
import java.awt.Color;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How {@link ChartPicture} draws a view of a chart: the picture's size, its background, how large
 * the marks are, how they look (selection, labels, hidden layers), and what joins them: the muscle
 * regions, one highlighted region, the legend and a caption. Immutable; each {@code with} method
 * returns a changed copy.
 *
 * @param widthPx the picture's width in pixels of the graphics it is drawn into
 * @param heightPx the picture's height in pixels
 * @param background the colour under everything, or empty to leave the surface as it is (a
 *     transparent image)
 * @param markScale how much larger than on the screen marks, labels, region labels, legend and
 *     caption are drawn: 1 on the screen, DPI / 96 for a picture of that density, so that a 300-DPI
 *     export does not shrink them
 * @param look the selection, hover, labels and hidden layers, as {@link ChartRenderer} takes them
 * @param regions the muscle regions to show, tinted and labelled; empty for none
 * @param highlightedRegion a region tinted to stand out (the screen's region under the pointer)
 * @param legend the words of the legend by {@code Legend.*} message key, when a legend is drawn (in
 *     the bottom right corner)
 * @param caption the text block in the top left corner, if any
 * @param spans told where each mark's drawing begins and ends (by a vector export); {@link
 *     MarkSpans#NONE} for none. A picture that copies its marks from images reports none.
 */
public record PictureOptions(
    int widthPx,
    int heightPx,
    Optional<Color> background,
    float markScale,
    MarkAppearance look,
    List<MuscleRegion> regions,
    Optional<MuscleRegion> highlightedRegion,
    Optional<Function<String, String>> legend,
    Optional<Caption> caption,
    MarkSpans spans) {

  public PictureOptions {
    if (widthPx < 0 || heightPx < 0) {
      throw new IllegalArgumentException("size must not be negative: " + widthPx + "x" + heightPx);
    }
    if (!(markScale > 0) || Float.isInfinite(markScale)) {
      throw new IllegalArgumentException("mark scale must be positive: " + markScale);
    }
    Objects.requireNonNull(background, "background");
    Objects.requireNonNull(look, "look");
    regions = List.copyOf(regions);
    Objects.requireNonNull(highlightedRegion, "highlightedRegion");
    Objects.requireNonNull(legend, "legend");
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(spans, "spans");
  }

  /**
   * A picture of the given size on white, marks at their screen size looking as {@code look} says,
   * with no regions, legend or caption.
   */
  public static PictureOptions of(int widthPx, int heightPx, MarkAppearance look) {
    return new PictureOptions(
        widthPx,
        heightPx,
        Optional.of(Color.WHITE),
        1f,
        look,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        MarkSpans.NONE);
  }

  /** The mark scale for a density in dots per inch: the screen's 96 DPI is 1. */
  public static float markScaleForDpi(double dpi) {
    return (float) (dpi / 96);
  }

  /** The same picture on {@code colour}, or on nothing (transparent) when it is null. */
  public PictureOptions withBackground(Color colour) {
    return new PictureOptions(
        widthPx,
        heightPx,
        Optional.ofNullable(colour),
        markScale,
        look,
        regions,
        highlightedRegion,
        legend,
        caption,
        spans);
  }

  public PictureOptions withMarkScale(float scale) {
    return new PictureOptions(
        widthPx,
        heightPx,
        background,
        scale,
        look,
        regions,
        highlightedRegion,
        legend,
        caption,
        spans);
  }

  public PictureOptions withRegions(List<MuscleRegion> shown) {
    return new PictureOptions(
        widthPx,
        heightPx,
        background,
        markScale,
        look,
        shown,
        highlightedRegion,
        legend,
        caption,
        spans);
  }

  /** The same picture with {@code region} highlighted, or none when it is null. */
  public PictureOptions withHighlightedRegion(MuscleRegion region) {
    return new PictureOptions(
        widthPx,
        heightPx,
        background,
        markScale,
        look,
        regions,
        Optional.ofNullable(region),
        legend,
        caption,
        spans);
  }

  /** The same picture with a legend whose texts {@code words} gives by message key. */
  public PictureOptions withLegend(Function<String, String> words) {
    return new PictureOptions(
        widthPx,
        heightPx,
        background,
        markScale,
        look,
        regions,
        highlightedRegion,
        Optional.of(words),
        caption,
        spans);
  }

  public PictureOptions withCaption(Caption text) {
    return new PictureOptions(
        widthPx,
        heightPx,
        background,
        markScale,
        look,
        regions,
        highlightedRegion,
        legend,
        Optional.of(text),
        spans);
  }

  /** The same picture telling {@code marks} where each mark's drawing begins and ends. */
  public PictureOptions withMarkSpans(MarkSpans marks) {
    return new PictureOptions(
        widthPx,
        heightPx,
        background,
        markScale,
        look,
        regions,
        highlightedRegion,
        legend,
        caption,
        marks);
  }
}
