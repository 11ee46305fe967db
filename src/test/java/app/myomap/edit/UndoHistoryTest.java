package app.myomap.edit;

import static app.myomap.edit.TestAtlas.TRAPEZIUS;
import static app.myomap.edit.TestAtlas.tp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.myomap.model.BodyView;
import app.myomap.model.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

class UndoHistoryTest {

  private static Command add() {
    return new AddMarks(List.of(tp(BodyView.POSTERIOR, 1, 1, TRAPEZIUS, Side.LEFT)));
  }

  @Test
  void undoAndRedoMoveCommandsBetweenTheStacks() {
    UndoHistory history = new UndoHistory();
    Command first = add();
    Command second = add();
    history.push(first);
    history.push(second);

    assertThat(history.undo()).isSameAs(second);
    assertThat(history.nextUndo()).containsSame(first);
    assertThat(history.nextRedo()).containsSame(second);
    assertThat(history.undo()).isSameAs(first);
    assertThat(history.canUndo()).isFalse();
    assertThat(history.redo()).isSameAs(first);
    assertThat(history.redo()).isSameAs(second);
    assertThat(history.canRedo()).isFalse();
  }

  @Test
  void aNewCommandClearsTheRedoStack() {
    UndoHistory history = new UndoHistory();
    history.push(add());
    history.undo();
    history.push(add());
    assertThat(history.canRedo()).isFalse();
    assertThat(history.undoSize()).isEqualTo(1);
  }

  @Test
  void replaceTopAndDropTopWorkOnTheCommandOnTop() {
    UndoHistory history = new UndoHistory();
    Command first = add();
    history.push(first);
    history.push(add());
    Command replacement = add();
    history.replaceTop(replacement);
    assertThat(history.undoSize()).isEqualTo(2);
    assertThat(history.nextUndo()).containsSame(replacement);
    assertThat(history.dropTop()).isSameAs(replacement);
    assertThat(history.nextUndo()).containsSame(first);
    assertThat(history.canRedo()).isFalse();
  }

  @Test
  void forgetsTheOldestStepsBeyondTheLimit() {
    UndoHistory history = new UndoHistory(2);
    history.push(add());
    Command second = add();
    history.push(second);
    history.push(add());
    assertThat(history.undoSize()).isEqualTo(2);
    history.undo();
    assertThat(history.undo()).isSameAs(second);
    assertThat(history.canUndo()).isFalse();
  }

  @Test
  void refusesToUndoOrRedoNothing() {
    UndoHistory history = new UndoHistory();
    assertThatThrownBy(history::undo).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(history::redo).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> history.replaceTop(add())).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new UndoHistory(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
