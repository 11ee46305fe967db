package app.myomap.model;

/** An algometer reading: the pressure at which pressing the point starts to hurt. */
public record PressurePainThreshold(double value, PressureUnit unit) {

  public PressurePainThreshold {
    Checks.present(unit, "Pressure-pain threshold unit");
    Checks.finite(value, "Pressure-pain threshold");
    if (value <= 0 || value > unit.maximum()) {
      throw new IllegalArgumentException(
          "Pressure-pain threshold must be above 0 and at most "
              + unit.maximum()
              + " "
              + unit.symbol()
              + ", got "
              + value);
    }
  }

  /** The reading in kilopascals, for comparing readings taken in different units. */
  public double kilopascals() {
    return unit.toKilopascals(value);
  }
}
