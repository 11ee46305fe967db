package app.myomap.atlas;

/**
 * Unchecked failure of a bundled atlas asset (catalogue, landmarks or outline), a packaging bug.
 */
public class AtlasException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AtlasException(String message) {
    super(message);
  }

  public AtlasException(String message, Throwable cause) {
    super(message, cause);
  }
}
