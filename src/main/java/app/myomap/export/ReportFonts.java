package app.myomap.export;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The report's typeface, DejaVu Sans regular and bold, bundled with the application so that a
 * report looks the same on every machine and its PDF embeds the very font it was laid out with. The
 * font files are read once per process; their bytes are kept for each PDF to embed.
 */
public final class ReportFonts {
  private static final String FOLDER = "/app/myomap/export/fonts/";

  /** Measures text as the PDF and a print draw it: anti-aliased, with fractional advances. */
  static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

  private static final ReportFonts BUNDLED = new ReportFonts();

  private final byte[] regularBytes;
  private final byte[] boldBytes;
  private final Font regular;
  private final Font bold;

  private ReportFonts() {
    regularBytes = read("DejaVuSans.ttf");
    boldBytes = read("DejaVuSans-Bold.ttf");
    regular = create(regularBytes);
    bold = create(boldBytes);
  }

  /** The bundled fonts, loaded the first time they are asked for. */
  public static ReportFonts bundled() {
    return BUNDLED;
  }

  /** DejaVu Sans at {@code sizePt} points. */
  public Font regular(float sizePt) {
    return regular.deriveFont(Font.PLAIN, sizePt);
  }

  /** DejaVu Sans Bold at {@code sizePt} points. */
  public Font bold(float sizePt) {
    return bold.deriveFont(Font.PLAIN, sizePt);
  }

  /** A fresh stream over the regular font file, for a PDF to embed. */
  InputStream regularFile() {
    return new ByteArrayInputStream(regularBytes);
  }

  /** A fresh stream over the bold font file, for a PDF to embed. */
  InputStream boldFile() {
    return new ByteArrayInputStream(boldBytes);
  }

  /** Whether {@code font} is drawn bold: a bold style or the bold face itself. */
  static boolean isBold(Font font) {
    return font.isBold() || font.getFontName().toLowerCase(java.util.Locale.ROOT).contains("bold");
  }

  /** The advance width of {@code text} in {@code font}, in the font's units (points here). */
  static double width(Font font, String text) {
    return font.getStringBounds(text, MEASURE).getWidth();
  }

  private static byte[] read(String file) {
    try (InputStream in = ReportFonts.class.getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException("the report font " + file + " is not bundled");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the report font " + file, e);
    }
  }

  private static Font create(byte[] bytes) {
    try {
      return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
    } catch (FontFormatException | IOException e) {
      throw new IllegalStateException("the bundled report font is unreadable", e);
    }
  }
}
