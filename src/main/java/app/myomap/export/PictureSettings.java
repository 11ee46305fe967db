package app.myomap.export;

import java.awt.Dimension;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What a PNG or SVG picture of one view is made like: its density, its size (a portrait paper at
 * that density or a size in pixels), its background, whether it carries the caption and the legend,
 * and the time zone the caption's visit date is told in. Immutable; each {@code with} method
 * returns a changed copy.
 *
 * @param dpi dots per inch: marks, labels, legend and caption are drawn {@code dpi / 96} times
 *     their screen size, and a PNG records it (150, 300 and 600 are offered; any density from 10 to
 *     2400 is accepted)
 * @param paper the paper the picture fills, portrait, or empty for a size in pixels
 * @param widthPx the width in pixels: the paper's at {@code dpi} when there is a paper
 * @param heightPx the height in pixels
 * @param transparent whether the background is left transparent rather than white (SVG: no
 *     background rectangle)
 * @param caption whether the caption (patient, record number, visit date, practitioner) is drawn
 * @param legend whether the legend is drawn
 * @param zone the time zone of the caption's visit date
 */
public record PictureSettings(
    double dpi,
    Optional<Paper> paper,
    int widthPx,
    int heightPx,
    boolean transparent,
    boolean caption,
    boolean legend,
    ZoneId zone) {

  /** The least density accepted, in dots per inch. */
  public static final double MIN_DPI = 10;

  /** The greatest density accepted: beyond it marks outgrow any paper. */
  public static final double MAX_DPI = 2400;

  /** The most pixels a picture may have (a Letter page at 600 DPI has 33.7 million). */
  public static final long MAX_PIXELS = 64L * 1024 * 1024;

  /** The longest side in pixels a picture may have. */
  public static final int MAX_SIDE_PX = 16_384;

  public PictureSettings {
    checkDpi(dpi);
    Objects.requireNonNull(paper, "paper");
    Objects.requireNonNull(zone, "zone");
    if (widthPx < 1 || heightPx < 1) {
      throw new IllegalArgumentException(
          "the picture must be at least 1 pixel wide and high, got " + widthPx + "x" + heightPx);
    }
    if (widthPx > MAX_SIDE_PX || heightPx > MAX_SIDE_PX) {
      throw new IllegalArgumentException(
          "a side of the picture must be at most "
              + MAX_SIDE_PX
              + " pixels, got "
              + widthPx
              + "x"
              + heightPx);
    }
    if ((long) widthPx * heightPx > MAX_PIXELS) {
      throw new IllegalArgumentException(
          "the picture must have at most "
              + MAX_PIXELS
              + " pixels, got "
              + widthPx
              + "x"
              + heightPx
              + " at "
              + dpi
              + " DPI");
    }
    if (paper.isPresent()) {
      Dimension page = paper.get().pixels(dpi);
      if (page.width != widthPx || page.height != heightPx) {
        throw new IllegalArgumentException(
            paper.get().label()
                + " at "
                + dpi
                + " DPI is "
                + page.width
                + "x"
                + page.height
                + " pixels, not "
                + widthPx
                + "x"
                + heightPx);
      }
    }
  }

  /**
   * A picture filling {@code paper} at {@code dpi}, on white, with caption and legend, its date in
   * the system's time zone.
   *
   * @throws IllegalArgumentException if the density is out of range
   */
  public static PictureSettings onPaper(Paper paper, double dpi) {
    Objects.requireNonNull(paper, "paper");
    // Checked first: the paper's pixels at a wild density would overflow.
    checkDpi(dpi);
    Dimension page = paper.pixels(dpi);
    return new PictureSettings(
        dpi,
        Optional.of(paper),
        page.width,
        page.height,
        false,
        true,
        true,
        ZoneId.systemDefault());
  }

  /**
   * A picture of {@code widthPx} × {@code heightPx} drawn for {@code dpi}, on white, with caption
   * and legend, its date in the system's time zone.
   *
   * @throws IllegalArgumentException if the size or density is out of range
   */
  public static PictureSettings ofPixels(int widthPx, int heightPx, double dpi) {
    return new PictureSettings(
        dpi, Optional.empty(), widthPx, heightPx, false, true, true, ZoneId.systemDefault());
  }

  /** The same picture with a transparent background, or a white one. */
  public PictureSettings withTransparentBackground(boolean on) {
    return new PictureSettings(dpi, paper, widthPx, heightPx, on, caption, legend, zone);
  }

  /** The same picture with or without the caption. */
  public PictureSettings withCaption(boolean on) {
    return new PictureSettings(dpi, paper, widthPx, heightPx, transparent, on, legend, zone);
  }

  /** The same picture with or without the legend. */
  public PictureSettings withLegend(boolean on) {
    return new PictureSettings(dpi, paper, widthPx, heightPx, transparent, caption, on, zone);
  }

  /** The same picture telling the visit's date in {@code timeZone}. */
  public PictureSettings withZone(ZoneId timeZone) {
    return new PictureSettings(
        dpi, paper, widthPx, heightPx, transparent, caption, legend, timeZone);
  }

  private static void checkDpi(double dpi) {
    if (!Double.isFinite(dpi) || dpi < MIN_DPI || dpi > MAX_DPI) {
      throw new IllegalArgumentException(
          "the density must be between "
              + (int) MIN_DPI
              + " and "
              + (int) MAX_DPI
              + " DPI, got "
              + dpi);
    }
  }

  /** How much larger than on the screen marks are drawn: {@code dpi / 96}. */
  public float markScale() {
    return app.myomap.chart.PictureOptions.markScaleForDpi(dpi);
  }
}
