package app.myomap.model;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A reference to a muscle: a muscle of the atlas catalogue by its stable id, for example
 * "upper-trapezius", or a muscle the catalogue lacks, named in the practitioner's own words and
 * stored as {@value #OTHER_PREFIX} followed by them ("other:Flexor pollicis longus"). Both forms
 * fit the store's muscle column and its hash encoding as they are.
 */
public record MuscleRef(String id) {
  /** What starts the id of a muscle not in the atlas; no catalogue id contains a colon. */
  public static final String OTHER_PREFIX = "other:";

  /** The longest name of a muscle not in the atlas: the store keeps at most 100 characters. */
  public static final int MAX_OTHER_NAME_LENGTH = 100 - OTHER_PREFIX.length();

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  public MuscleRef {
    Checks.present(id, "Muscle id");
    if (id.startsWith(OTHER_PREFIX)) {
      String name = id.substring(OTHER_PREFIX.length());
      if (!name.equals(normalised(name))) {
        throw new IllegalArgumentException(
            "A muscle not in the atlas needs a name of single-spaced words, got \"" + name + "\"");
      }
      checkOtherName(name);
    } else if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "Muscle id must be lower-case words joined by hyphens, got \"" + id + "\"");
    }
  }

  /**
   * A muscle not in the atlas, as the practitioner typed its name: surrounding spaces are dropped
   * and runs of spaces become one.
   *
   * @throws IllegalArgumentException if the name is blank, longer than {@value
   *     #MAX_OTHER_NAME_LENGTH} characters or holds control characters
   */
  public static MuscleRef other(String name) {
    String text = normalised(Checks.present(name, "Muscle name"));
    checkOtherName(text);
    return new MuscleRef(OTHER_PREFIX + text);
  }

  /** Whether this is a muscle the practitioner named, not one of the atlas catalogue. */
  public boolean isOther() {
    return id.startsWith(OTHER_PREFIX);
  }

  /** The practitioner's name of a muscle not in the atlas; empty for a catalogue muscle. */
  public Optional<String> otherName() {
    return isOther() ? Optional.of(id.substring(OTHER_PREFIX.length())) : Optional.empty();
  }

  private static String normalised(String name) {
    return SPACES.matcher(name.strip()).replaceAll(" ");
  }

  private static void checkOtherName(String name) {
    if (name.isEmpty()) {
      throw new IllegalArgumentException("A muscle not in the atlas needs a name");
    }
    if (name.length() > MAX_OTHER_NAME_LENGTH) {
      throw new IllegalArgumentException(
          "A muscle name must be at most "
              + MAX_OTHER_NAME_LENGTH
              + " characters, got "
              + name.length());
    }
    if (CONTROL.matcher(name).find()) {
      throw new IllegalArgumentException("A muscle name must not hold control characters");
    }
  }
}
