package app.myomap.edit;

/**
 * The modifier keys held during a pointer event that change what the editor does: Shift adds to the
 * selection, Alt clicks a polygon with the zone tools.
 */
public record Modifiers(boolean shift, boolean alt) {
  public static final Modifiers NONE = new Modifiers(false, false);
  public static final Modifiers SHIFT = new Modifiers(true, false);
  public static final Modifiers ALT = new Modifiers(false, true);
}
