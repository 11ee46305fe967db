package app.myomap.model;

/**
 * A pain or symptom intensity on the 0-10 numeric rating scale: 0 no pain, 10 the worst imaginable;
 * whole numbers only.
 */
public record PainIntensity(int value) {
  public static final int MIN = 0;
  public static final int MAX = 10;

  public PainIntensity {
    if (value < MIN || value > MAX) {
      throw new IllegalArgumentException(
          "Intensity must be between " + MIN + " and " + MAX + ", got " + value);
    }
  }

  public static PainIntensity of(int value) {
    return new PainIntensity(value);
  }

  /** The rating as charted, for example "7/10". */
  @Override
  public String toString() {
    return value + "/" + MAX;
  }
}
