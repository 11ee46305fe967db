package app.myomap.model;

import java.util.Optional;

/** A short text note pinned to a point of one view. */
public record NotePin(
    MarkId id, BodyView view, double x, double y, String text, Optional<Carry> carry)
    implements Mark {

  public static final int MAX_TEXT_LENGTH = 200;

  public NotePin {
    Checks.present(id, "Note pin id");
    Checks.present(view, "Note pin view");
    Checks.finite(x, "Note pin x");
    Checks.finite(y, "Note pin y");
    text = Checks.requiredText(text, "Note pin text", MAX_TEXT_LENGTH);
    Checks.present(carry, "Note pin lineage");
  }

  /** A note pinned at this visit, not carried forward from an earlier one. */
  public NotePin(MarkId id, BodyView view, double x, double y, String text) {
    this(id, view, x, y, text, Optional.empty());
  }

  @Override
  public MarkKind kind() {
    return MarkKind.NOTE_PIN;
  }

  @Override
  public NotePin withCarry(Optional<Carry> newCarry) {
    return new NotePin(id, view, x, y, text, newCarry);
  }

  @Override
  public NotePin withPosition(double newX, double newY) {
    return new NotePin(id, view, newX, newY, text, carry);
  }

  public NotePin withText(String newText) {
    return new NotePin(id, view, x, y, newText, carry);
  }
}
