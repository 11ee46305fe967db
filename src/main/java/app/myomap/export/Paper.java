package app.myomap.export;

import java.awt.Dimension;
import java.util.Locale;

/** The paper sizes a picture or report is laid out for, portrait. */
public enum Paper {
  A4("A4", 210 / 25.4 * 72, 297 / 25.4 * 72),
  LETTER("Letter", 8.5 * 72, 11 * 72);

  private final String label;
  private final double widthPt;
  private final double heightPt;

  Paper(String label, double widthPt, double heightPt) {
    this.label = label;
    this.widthPt = widthPt;
    this.heightPt = heightPt;
  }

  /** The name shown to users, "A4" or "Letter". */
  public String label() {
    return label;
  }

  /** The width in points of 1/72 inch. */
  public double widthPt() {
    return widthPt;
  }

  /** The height in points of 1/72 inch. */
  public double heightPt() {
    return heightPt;
  }

  /** The page in whole pixels at {@code dpi} dots per inch. */
  public Dimension pixels(double dpi) {
    return new Dimension(
        (int) Math.round(widthPt / 72 * dpi), (int) Math.round(heightPt / 72 * dpi));
  }

  /**
   * The paper named {@code name}, ignoring case ("a4", "letter").
   *
   * @throws IllegalArgumentException for any other name
   */
  public static Paper named(String name) {
    for (Paper paper : values()) {
      if (paper.name().equalsIgnoreCase(name.strip())) {
        return paper;
      }
    }
    throw new IllegalArgumentException("unknown paper " + name.toLowerCase(Locale.ROOT));
  }
}
