package app.myomap.edit;

import app.myomap.model.MarkId;
import app.myomap.model.NotePin;
import java.awt.geom.Point2D;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Pins a note where a click is released, with the text the {@link NoteTextPrompt} returns. */
final class NotePinTool implements Tool {
  private final ChartEditor editor;
  private final NoteTextPrompt prompt;
  private boolean pressed;

  NotePinTool(ChartEditor editor, NoteTextPrompt prompt) {
    this.editor = editor;
    this.prompt = Objects.requireNonNull(prompt, "notePrompt");
  }

  @Override
  public void press(Point2D point, Modifiers modifiers) {
    pressed = true;
  }

  @Override
  public void drag(Point2D point, Modifiers modifiers) {
    // The pin is placed where the button is released.
  }

  @Override
  public void release(Point2D point, Modifiers modifiers) {
    if (!pressed) {
      return;
    }
    pressed = false;
    Point2D.Double at = new Point2D.Double(point.getX(), point.getY());
    Optional<String> text = prompt.ask(editor.view(), at);
    if (text.isEmpty() || text.get().isBlank()) {
      return;
    }
    NotePin pin = new NotePin(MarkId.random(), editor.view(), at.x, at.y, text.get());
    editor.execute(new AddMarks(List.of(pin)));
    editor.changeSelection(Selection.of(List.of(pin.id())));
  }

  @Override
  public boolean cancel() {
    boolean wasPressed = pressed;
    pressed = false;
    return wasPressed;
  }
}
