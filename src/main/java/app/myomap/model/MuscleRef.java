package app.myomap.model;

import java.util.regex.Pattern;

/**
 * A reference to a muscle of the atlas catalogue by its stable id, for example "upper-trapezius".
 */
public record MuscleRef(String id) {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public MuscleRef {
    Checks.present(id, "Muscle id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "Muscle id must be lower-case words joined by hyphens, got \"" + id + "\"");
    }
  }
}
