package app.myomap.atlas;

/** Checked failure to load an SVG that is malformed, truncated or asks for something unsafe. */
public class InvalidSvgException extends Exception {
  private static final long serialVersionUID = 1L;

  static final String PREFIX = "invalid or unsafe SVG: ";

  public InvalidSvgException(String detail) {
    super(PREFIX + detail);
  }

  public InvalidSvgException(String detail, Throwable cause) {
    super(PREFIX + detail, cause);
  }
}
