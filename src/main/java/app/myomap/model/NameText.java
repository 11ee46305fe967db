package app.myomap.model;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The rules for names typed into a record (patients, practitioners, record numbers): stored in
 * Unicode normalisation form C, so that a name typed with a combining accent and one typed with the
 * precomposed letter are the same name and are found by the same search; and free of control
 * characters, including the invisible bidirectional controls that can make a name display as
 * another ("Trojan Source"). The zero-width joiner and non-joiner occur in real names (Persian,
 * Indic scripts) and stay allowed.
 */
public final class NameText {
  private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
  private static final int ZERO_WIDTH_JOINER = 0x200D;

  /** What is wrong with a name's characters. */
  public enum Problem {
    /** A bidirectional control (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C). */
    BIDI_CONTROL,
    /** Another control or invisible format character (a tab, a line break, U+0000 ...). */
    CONTROL_CHARACTER
  }

  private NameText() {}

  /** The text in normalisation form C. */
  public static String normalize(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /** What is wrong with the characters of {@code text}, if anything. */
  public static Optional<Problem> problem(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (isBidiControl(c)) {
        return Optional.of(Problem.BIDI_CONTROL);
      }
      int type = Character.getType(c);
      boolean control = type == Character.CONTROL;
      boolean invisibleFormat =
          type == Character.FORMAT && c != ZERO_WIDTH_JOINER && c != ZERO_WIDTH_NON_JOINER;
      if (control || invisibleFormat) {
        return Optional.of(Problem.CONTROL_CHARACTER);
      }
    }
    return Optional.empty();
  }

  /** The normalised text; throws naming {@code field} when it holds a refused character. */
  static String checked(String text, String field) {
    String normalized = normalize(text);
    Optional<Problem> problem = problem(normalized);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(
          field
              + (problem.get() == Problem.BIDI_CONTROL
                  ? " must not contain bidirectional control characters"
                  : " must not contain control characters"));
    }
    return normalized;
  }

  private static boolean isBidiControl(int c) {
    return (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200E
        || c == 0x200F
        || c == 0x061C;
  }
}
