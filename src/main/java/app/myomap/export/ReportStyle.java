package app.myomap.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.List;

/**
 * The look of a visit report: its type sizes, restrained colours and rules, and the few text
 * routines every section shares (measure, wrap, draw). All text is set in the bundled DejaVu Sans
 * so that the PDF carries it as real, embedded text.
 */
final class ReportStyle {
  static final Color INK = new Color(0x21, 0x25, 0x29);
  static final Color MUTED = new Color(0x5F, 0x6B, 0x76);
  static final Color ACCENT = new Color(0x1F, 0x4E, 0x79);
  static final Color RULE = new Color(0xC4, 0xCC, 0xD4);
  static final Color HEADER_FILL = new Color(0xE8, 0xEE, 0xF4);
  static final Color STRIPE = new Color(0xF6, 0xF8, 0xFA);

  /** The warning of a record changed outside MyoMap: dark red on a pale red box. */
  static final Color WARNING = new Color(0xA1, 0x1D, 0x1D);

  static final Color WARNING_FILL = new Color(0xFD, 0xEC, 0xEC);
  static final Stroke HAIRLINE = new BasicStroke(0.5f);
  static final Stroke RULE_STROKE = new BasicStroke(1f);

  final Font title;
  final Font heading;
  final Font label;
  final Font body;
  final Font bodyBold;
  final Font table;
  final Font tableBold;
  final Font small;

  ReportStyle(ReportFonts fonts) {
    title = fonts.bold(17);
    heading = fonts.bold(11.5f);
    label = fonts.regular(7.5f);
    body = fonts.regular(9.5f);
    bodyBold = fonts.bold(9.5f);
    table = fonts.regular(8.5f);
    tableBold = fonts.bold(8f);
    small = fonts.regular(7.5f);
  }

  /** The distance between baselines of lines set in {@code font}. */
  static double lineHeight(Font font) {
    return Math.ceil(font.getSize2D() * 1.28 * 4) / 4;
  }

  /** How far below a line's top its baseline lies. */
  static double ascent(Font font) {
    return font.getSize2D() * 0.95;
  }

  /** Sets the hints that make drawn text match its measured widths. */
  static void prepare(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
  }

  /** Draws {@code text} with its line's top at {@code topPt}. */
  static void text(Graphics2D g, Font font, Color colour, String text, double x, double topPt) {
    g.setFont(font);
    g.setColor(colour);
    g.drawString(text, (float) x, (float) (topPt + ascent(font)));
  }

  /** Draws {@code text} ending at {@code rightPt}. */
  static void textRight(
      Graphics2D g, Font font, Color colour, String text, double rightPt, double topPt) {
    text(g, font, colour, text, rightPt - ReportFonts.width(font, text), topPt);
  }

  /**
   * {@code text} broken into lines no wider than {@code widthPt}: at spaces where it can, inside a
   * word too long for a line otherwise; line breaks in the text are kept. Never empty.
   */
  static List<String> wrap(Font font, String text, double widthPt) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.strip().split("\\R", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.strip().split(" +")) {
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (ReportFonts.width(font, candidate) <= widthPt) {
          line.setLength(0);
          line.append(candidate);
          continue;
        }
        if (!line.isEmpty()) {
          lines.add(line.toString());
          line.setLength(0);
        }
        String rest = word;
        while (ReportFonts.width(font, rest) > widthPt && rest.length() > 1) {
          int fit = fitting(font, rest, widthPt);
          lines.add(rest.substring(0, fit));
          rest = rest.substring(fit);
        }
        line.append(rest);
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /**
   * How many leading characters of {@code word} fit in {@code widthPt}: up to a hyphen when one
   * fits, else as many as fit, at least one.
   */
  private static int fitting(Font font, String word, double widthPt) {
    for (int hyphen = word.lastIndexOf('-', word.length() - 2);
        hyphen > 0;
        hyphen = word.lastIndexOf('-', hyphen - 1)) {
      if (ReportFonts.width(font, word.substring(0, hyphen + 1)) <= widthPt) {
        return hyphen + 1;
      }
    }
    int fit = 1;
    while (fit < word.length() && ReportFonts.width(font, word.substring(0, fit + 1)) <= widthPt) {
      fit++;
    }
    if (fit < word.length() && Character.isLowSurrogate(word.charAt(fit))) {
      fit = fit > 1 ? fit - 1 : 2;
    }
    return fit;
  }

  /** Draws {@code lines} one below the other from {@code topPt}. */
  static void lines(
      Graphics2D g, Font font, Color colour, List<String> lines, double x, double topPt) {
    double top = topPt;
    for (String line : lines) {
      text(g, font, colour, line, x, top);
      top += lineHeight(font);
    }
  }
}
