package app.myomap.edit;

import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Selects marks by click, Shift-click (toggle) and rubber band, and moves the selection by dragging
 * one of its marks; a drag is one undo step.
 */
final class SelectTool implements Tool {
  private enum State {
    IDLE,
    PRESSED_ON_MARK,
    DRAGGING,
    PRESSED_ON_EMPTY,
    BANDING
  }

  private final ChartEditor editor;
  private State state = State.IDLE;
  private Point2D.Double pressPoint;
  private MoveMarks move;
  private Selection bandBase;

  SelectTool(ChartEditor editor) {
    this.editor = editor;
  }

  @Override
  public void press(Point2D point, Modifiers modifiers) {
    // A press without the release of the previous gesture (the window lost it) completes that one.
    complete();
    pressPoint = new Point2D.Double(point.getX(), point.getY());
    List<Mark> hits = editor.marksAt(point);
    if (hits.isEmpty()) {
      bandBase = modifiers.shift() ? editor.selection() : Selection.empty();
      editor.changeSelection(bandBase);
      state = State.PRESSED_ON_EMPTY;
      return;
    }
    MarkId hit = hits.get(0).id();
    Selection selection = editor.selection();
    if (modifiers.shift()) {
      selection = selection.toggle(hit);
    } else if (!selection.contains(hit)) {
      selection = Selection.of(List.of(hit));
    }
    editor.changeSelection(selection);
    state = selection.contains(hit) ? State.PRESSED_ON_MARK : State.IDLE;
  }

  @Override
  public void drag(Point2D point, Modifiers modifiers) {
    switch (state) {
      case PRESSED_ON_MARK -> {
        if (beyondDragThreshold(point) && editor.isReadOnly()) {
          // Marks of a read-only chart are selected, not moved.
          state = State.IDLE;
          editor.refuse();
        } else if (beyondDragThreshold(point)) {
          move = MoveMarks.of(editor.chart(), editor.selection().ids(), 0, 0);
          state = State.DRAGGING;
          dragMarks(point);
        }
      }
      case DRAGGING -> dragMarks(point);
      case PRESSED_ON_EMPTY -> {
        if (beyondDragThreshold(point)) {
          state = State.BANDING;
          dragBand(point);
        }
      }
      case BANDING -> dragBand(point);
      case IDLE -> {}
    }
  }

  @Override
  public void release(Point2D point, Modifiers modifiers) {
    drag(point, modifiers);
    complete();
  }

  @Override
  public boolean cancel() {
    boolean cancelled = true;
    switch (state) {
      case DRAGGING -> editor.runner().abandonLive();
      case BANDING -> {
        editor.showRubberBand(null);
        editor.changeSelection(bandBase);
      }
      default -> cancelled = false;
    }
    reset();
    return cancelled;
  }

  private void dragMarks(Point2D point) {
    editor
        .runner()
        .performLive(move.withOffset(point.getX() - pressPoint.x, point.getY() - pressPoint.y));
  }

  private void dragBand(Point2D point) {
    Rectangle2D.Double band = new Rectangle2D.Double();
    band.setFrameFromDiagonal(pressPoint, point);
    editor.showRubberBand(band);
    editor.changeSelection(bandBase.plus(editor.marksIn(band).stream().map(Mark::id).toList()));
  }

  private boolean beyondDragThreshold(Point2D point) {
    return point.distance(pressPoint) >= editor.hits().dragThreshold();
  }

  private void complete() {
    if (state == State.DRAGGING) {
      editor.runner().finishLive();
    } else if (state == State.BANDING) {
      editor.showRubberBand(null);
    }
    reset();
  }

  private void reset() {
    state = State.IDLE;
    move = null;
    bandBase = null;
  }
}
