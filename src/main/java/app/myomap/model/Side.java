package app.myomap.model;

/** The patient's side of the body: always the patient's own left or right, never the viewer's. */
public enum Side {
  RIGHT("R"),
  LEFT("L");

  private final String code;

  Side(String code) {
    this.code = code;
  }

  /** The one-letter code used in charts, files and the atlas ("R" or "L"). */
  public String code() {
    return code;
  }

  public Side opposite() {
    return this == RIGHT ? LEFT : RIGHT;
  }

  public static Side ofCode(String code) {
    for (Side side : values()) {
      if (side.code.equalsIgnoreCase(code)) {
        return side;
      }
    }
    throw new IllegalArgumentException("Unknown side code: " + code);
  }
}
