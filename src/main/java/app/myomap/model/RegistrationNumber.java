package app.myomap.model;

import java.util.regex.Pattern;

/**
 * The shape of a practitioner's registration number, checked leniently: an AHPRA number is three
 * letters of the profession and ten digits ("PHY0001234567"); other boards' numbers are accepted
 * when they are letters and digits of a plausible length. Spaces and hyphens are ignored.
 */
public final class RegistrationNumber {
  /** What may be wrong with a typed number. */
  public enum Problem {
    /** Characters other than letters, digits, spaces and hyphens. */
    CHARACTERS,
    /** Fewer than 4 or more than 20 letters and digits. */
    LENGTH,
    /** Three letters then digits, as AHPRA writes them, but not ten digits. */
    AHPRA_DIGITS
  }

  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9 -]*");
  private static final Pattern AHPRA_LIKE = Pattern.compile("[A-Za-z]{3}[0-9]+");

  private RegistrationNumber() {}

  /** What is wrong with {@code typed}, or null when it is empty or has a plausible shape. */
  public static Problem problem(String typed) {
    String text = typed == null ? "" : typed.strip();
    if (text.isEmpty()) {
      return null;
    }
    if (!ALLOWED.matcher(text).matches()) {
      return Problem.CHARACTERS;
    }
    String compact = text.replace(" ", "").replace("-", "");
    if (compact.length() < 4 || compact.length() > 20) {
      return Problem.LENGTH;
    }
    if (AHPRA_LIKE.matcher(compact).matches() && compact.length() != 13) {
      return Problem.AHPRA_DIGITS;
    }
    return null;
  }

  /** The number as kept: upper case, without spaces and hyphens. */
  public static String normalized(String typed) {
    String text = typed == null ? "" : typed.strip();
    return text.replace(" ", "").replace("-", "").toUpperCase(java.util.Locale.ROOT);
  }
}
