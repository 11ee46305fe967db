package app.myomap.model;

/** A short text note pinned to a point of one view. */
public record NotePin(MarkId id, BodyView view, double x, double y, String text) implements Mark {

  public static final int MAX_TEXT_LENGTH = 200;

  public NotePin {
    Checks.present(id, "Note pin id");
    Checks.present(view, "Note pin view");
    Checks.finite(x, "Note pin x");
    Checks.finite(y, "Note pin y");
    text = Checks.requiredText(text, "Note pin text", MAX_TEXT_LENGTH);
  }

  @Override
  public MarkKind kind() {
    return MarkKind.NOTE_PIN;
  }

  @Override
  public NotePin withPosition(double newX, double newY) {
    return new NotePin(id, view, newX, newY, text);
  }

  public NotePin withText(String newText) {
    return new NotePin(id, view, x, y, newText);
  }
}
