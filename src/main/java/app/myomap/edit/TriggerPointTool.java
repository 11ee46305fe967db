package app.myomap.edit;

import app.myomap.atlas.MuscleRegion;
import app.myomap.atlas.RegionLookup;
import app.myomap.model.BodyView;
import app.myomap.model.MarkId;
import app.myomap.model.NotePin;
import app.myomap.model.TriggerPoint;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Places a trigger point where a click is released, on the top-ranked atlas region under it, and
 * offers the other regions there; outside every region it asks the {@link MuscleChooser}. A click
 * on an existing trigger point or note selects it (and a drag moves it) instead of stacking a new
 * point on top.
 */
final class TriggerPointTool implements Tool {
  private final ChartEditor editor;
  private final RegionLookup lookup;
  private final MuscleChooser chooser;
  private final String examiner;
  private boolean pressed;

  /**
   * Handles a gesture that starts on an existing point or note: select and move, never a duplicate.
   */
  private final SelectTool onMark;

  private boolean delegating;

  TriggerPointTool(
      ChartEditor editor, RegionLookup lookup, MuscleChooser chooser, String examiner) {
    this.editor = editor;
    this.lookup = lookup;
    this.chooser = Objects.requireNonNull(chooser, "chooser");
    this.examiner = examiner;
    this.onMark = new SelectTool(editor);
  }

  @Override
  public void press(Point2D point, Modifiers modifiers) {
    delegating =
        editor.marksAt(point).stream()
            .anyMatch(m -> m instanceof TriggerPoint || m instanceof NotePin);
    if (delegating) {
      onMark.press(point, modifiers);
      return;
    }
    pressed = true;
  }

  @Override
  public void drag(Point2D point, Modifiers modifiers) {
    // A new point is placed where the button is released; hover feedback follows the pointer.
    if (delegating) {
      onMark.drag(point, modifiers);
    }
  }

  @Override
  public void release(Point2D point, Modifiers modifiers) {
    if (delegating) {
      delegating = false;
      onMark.release(point, modifiers);
      return;
    }
    if (!pressed) {
      return;
    }
    pressed = false;
    Point2D.Double at = new Point2D.Double(point.getX(), point.getY());
    BodyView view = editor.view();
    List<MuscleRegion> regions = lookup.at(view, at);
    MuscleChoice chosen;
    List<MuscleChoice> alternatives = new ArrayList<>();
    if (regions.isEmpty()) {
      Optional<MuscleChoice> picked = chooser.choose(view, at);
      if (picked.isEmpty()) {
        return;
      }
      chosen = picked.get();
    } else {
      chosen = MuscleChoice.of(regions.get(0));
      for (MuscleRegion region : regions.subList(1, regions.size())) {
        MuscleChoice alternative = MuscleChoice.of(region);
        if (!alternative.equals(chosen) && !alternatives.contains(alternative)) {
          alternatives.add(alternative);
        }
      }
    }
    TriggerPoint placed =
        TriggerPoint.place(
            MarkId.random(), view, at.x, at.y, chosen.muscle(), chosen.side(), examiner);
    editor.execute(new AddMarks(List.of(placed)));
    editor.changeSelection(Selection.of(List.of(placed.id())));
    editor.offer(new Placement(placed.id(), chosen, alternatives));
  }

  @Override
  public boolean cancel() {
    if (delegating) {
      delegating = false;
      return onMark.cancel();
    }
    boolean wasPressed = pressed;
    pressed = false;
    return wasPressed;
  }
}
