package app.myomap.export;

import app.myomap.chart.ChartPicture;
import app.myomap.model.BodyView;
import app.myomap.session.OpenedVisit;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Exports a picture of one view of a visit, as PNG or SVG, laid out as the {@link PictureSettings}
 * ask (size, density, background, caption and legend, see {@link PictureLayout}) and drawn by the
 * one picture routine, so that both look like the screen. Files are written whole or not at all
 * ({@link AtomicFile}).
 *
 * <p>Not thread-safe: it keeps the picture it draws with (and the legend prepared for the last
 * density) from one export to the next; each thread uses its own.
 */
public final class PictureExport {
  private final ChartPicture picture = ChartPicture.vectors();

  /**
   * The picture of {@code view} of {@code visit}: opaque RGB on white, or ARGB with a transparent
   * background when the settings ask for one.
   */
  public BufferedImage image(OpenedVisit visit, BodyView view, PictureSettings settings) {
    BufferedImage image =
        new BufferedImage(
            settings.widthPx(),
            settings.heightPx(),
            settings.transparent() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      PictureLayout layout = PictureLayout.of(picture, g, visit, view, settings);
      picture.paint(
          g, visit.atlas().view(view), visit.chart(), layout.transform(), layout.options());
    } finally {
      g.dispose();
    }
    return image;
  }

  /**
   * Writes the picture of {@code view} of {@code visit} as PNG to {@code out}, which the caller
   * closes, its density recorded.
   */
  public void writePng(OpenedVisit visit, BodyView view, PictureSettings settings, OutputStream out)
      throws IOException {
    PngFile.write(image(visit, view, settings), settings.dpi(), out);
  }

  /**
   * Writes the picture of {@code view} of {@code visit} as a PNG file at {@code target}, replacing
   * a file there.
   *
   * @throws IOException if the file cannot be written; a file there before is then unchanged
   */
  public void writePng(OpenedVisit visit, BodyView view, PictureSettings settings, Path target)
      throws IOException {
    BufferedImage image = image(visit, view, settings);
    AtomicFile.write(target, out -> PngFile.write(image, settings.dpi(), out));
  }

  /**
   * Writes the picture of {@code view} of {@code visit} as an SVG document to {@code out}, which
   * the caller closes.
   */
  public void writeSvg(OpenedVisit visit, BodyView view, PictureSettings settings, OutputStream out)
      throws IOException {
    SvgPicture.write(SvgPicture.draw(picture, visit, view, settings), out);
  }

  /**
   * Writes the picture of {@code view} of {@code visit} as an SVG file at {@code target}, replacing
   * a file there.
   *
   * @throws IOException if the file cannot be written; a file there before is then unchanged
   */
  public void writeSvg(OpenedVisit visit, BodyView view, PictureSettings settings, Path target)
      throws IOException {
    org.w3c.dom.Document document = SvgPicture.draw(picture, visit, view, settings);
    AtomicFile.write(target, out -> SvgPicture.write(document, out));
  }
}
