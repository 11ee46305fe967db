package app.myomap.edit;

/** The modifier keys held during a pointer event that change what the editor does. */
public record Modifiers(boolean shift) {
  public static final Modifiers NONE = new Modifiers(false);
  public static final Modifiers SHIFT = new Modifiers(true);
}
