package app.myomap.export;

import java.awt.image.RenderedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Encodes a picture as PNG with the JDK's writer: its density recorded in a {@code pHYs} chunk (so
 * a word processor places a 300-DPI A4 picture as a page, not as a poster), at a chosen deflate
 * level.
 */
public final class PngFile {
  /**
   * The deflate level exports use. Measured on the sample's posterior view, A4 at 300 DPI (see the
   * {@code png} benchmark, 2 cores): level 1 encodes in 158 ms to 508 KB, the JDK's default 4 in
   * 198 ms to 404 KB, 6 in 209 ms to 383 KB, 9 in 506 ms to 366 KB. Most of the time is the
   * writer's row filtering, which no level changes; of the rest, level 1 is the quickest by a
   * fifth, and a chart's flat white and few colours leave even it a file of half a megabyte for a
   * whole page. An export is waited for and the file is small either way, so the fastest level it
   * is.
   */
  public static final int DEFLATE_LEVEL = 1;

  private static final double INCH_M = 0.0254;

  private PngFile() {}

  /** Writes {@code image} to {@code out} at {@link #DEFLATE_LEVEL}, recording {@code dpi}. */
  public static void write(RenderedImage image, double dpi, OutputStream out) throws IOException {
    write(image, dpi, out, DEFLATE_LEVEL);
  }

  /**
   * Writes {@code image} to {@code out}, which the caller closes, at deflate level {@code
   * deflateLevel} (0 stored, 9 smallest), recording {@code dpi}.
   */
  public static void write(RenderedImage image, double dpi, OutputStream out, int deflateLevel)
      throws IOException {
    if (deflateLevel < 0 || deflateLevel > 9) {
      throw new IllegalArgumentException("deflate level must be 0 to 9: " + deflateLevel);
    }
    ImageWriter writer = pngWriter();
    try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      // The JDK's writer takes the level as (int) (9 * (1 - quality)); the half step keeps float
      // rounding from landing on the level below.
      param.setCompressionQuality(Math.max(0f, 1f - (deflateLevel + 0.5f) / 9f));
      IIOMetadata metadata =
          writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
      setDensity(metadata, dpi);
      writer.setOutput(stream);
      writer.write(null, new IIOImage(image, null, metadata), param);
    } finally {
      writer.dispose();
    }
  }

  private static ImageWriter pngWriter() {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
    if (!writers.hasNext()) {
      throw new IllegalStateException("this Java runtime has no PNG writer");
    }
    return writers.next();
  }

  private static void setDensity(IIOMetadata metadata, double dpi) throws IIOInvalidTreeException {
    String perMetre = Long.toString(Math.round(dpi / INCH_M));
    IIOMetadataNode physical = new IIOMetadataNode("pHYs");
    physical.setAttribute("pixelsPerUnitXAxis", perMetre);
    physical.setAttribute("pixelsPerUnitYAxis", perMetre);
    physical.setAttribute("unitSpecifier", "meter");
    IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
    root.appendChild(physical);
    metadata.mergeTree("javax_imageio_png_1.0", root);
  }
}
