package app.myomap.export;

import java.util.Locale;

/** The file formats a chart is exported to. */
public enum ExportFormat {
  /** A picture of one view, in pixels. */
  PNG("png"),
  /** A picture of one view, in vectors, each mark an element with a title. */
  SVG("svg"),
  /** The visit report: header, every charted view, legend and findings, on numbered pages. */
  PDF("pdf");

  private final String extension;

  ExportFormat(String extension) {
    this.extension = extension;
  }

  /** The file name extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** Whether a file holds one view (PNG, SVG) rather than the whole visit (PDF). */
  public boolean perView() {
    return this != PDF;
  }

  /**
   * The format named {@code name}, ignoring case ("png", "svg", "pdf").
   *
   * @throws IllegalArgumentException for any other name
   */
  public static ExportFormat named(String name) {
    for (ExportFormat format : values()) {
      if (format.extension.equalsIgnoreCase(name.strip())) {
        return format;
      }
    }
    throw new IllegalArgumentException("unknown format " + name.toLowerCase(Locale.ROOT));
  }
}
