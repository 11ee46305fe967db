package app.myomap.model;

/** The unit an algometer reports a pressure-pain threshold in, with the largest plausible value. */
public enum PressureUnit {
  KG_PER_CM2("kg/cm²", 20.0, 98.0665),
  KPA("kPa", 2000.0, 1.0);

  private final String symbol;
  private final double maximum;
  private final double kilopascals;

  PressureUnit(String symbol, double maximum, double kilopascals) {
    this.symbol = symbol;
    this.maximum = maximum;
    this.kilopascals = kilopascals;
  }

  /** The unit symbol as printed after a value, for example "kg/cm²". */
  public String symbol() {
    return symbol;
  }

  /** The largest value accepted in this unit, beyond the range of clinical algometers. */
  public double maximum() {
    return maximum;
  }

  /** Converts a value in this unit to kilopascals. */
  public double toKilopascals(double value) {
    return value * kilopascals;
  }
}
