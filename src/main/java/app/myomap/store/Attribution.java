package app.myomap.store;

/** Checks the author recorded with every change, so that each stored entry is attributed. */
final class Attribution {
  /** The longest author name stored, matching the practitioner names of the model. */
  static final int MAX_AUTHOR_LENGTH = 200;

  private Attribution() {}

  /** The stripped author, which must not be blank nor longer than {@link #MAX_AUTHOR_LENGTH}. */
  static String author(String author) {
    if (author == null || author.isBlank()) {
      throw new IllegalArgumentException("Every change must name its author");
    }
    String stripped = author.strip();
    if (stripped.length() > MAX_AUTHOR_LENGTH) {
      throw new IllegalArgumentException(
          "Author must be at most " + MAX_AUTHOR_LENGTH + " characters, got " + stripped.length());
    }
    return stripped;
  }
}
