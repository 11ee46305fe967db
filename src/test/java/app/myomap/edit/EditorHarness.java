package app.myomap.edit;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.ChartChange;
import app.myomap.model.Mark;
import app.myomap.model.NotePin;
import app.myomap.model.TriggerPoint;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A chart editor on the test atlas with a scripted muscle chooser and note prompt, recording the
 * commit events and chooser calls, plus pointer gestures in outline coordinates.
 */
final class EditorHarness {
  final List<ChartChange> commits = new ArrayList<>();
  final List<Point2D> chooserCalls = new ArrayList<>();
  final List<BodyView> chooserViews = new ArrayList<>();
  Optional<MuscleChoice> chooserAnswer = Optional.empty();
  Optional<String> noteAnswer = Optional.empty();
  int changeEvents;
  final ChartEditor editor;

  EditorHarness() {
    editor =
        new ChartEditor(
            Chart.empty(),
            TestAtlas.lookup(),
            "Dr Lee",
            (view, point) -> {
              chooserViews.add(view);
              chooserCalls.add(new Point2D.Double(point.getX(), point.getY()));
              return chooserAnswer;
            },
            (view, point) -> noteAnswer);
    editor.addCommitListener(commits::add);
    editor.addChangeListener(() -> changeEvents++);
    editor.setView(BodyView.POSTERIOR);
  }

  void click(Point2D point) {
    click(point, Modifiers.NONE);
  }

  void click(Point2D point, Modifiers modifiers) {
    editor.press(point, modifiers);
    editor.release(point, modifiers);
  }

  /** Presses at the first point, drags through the others and releases at the last one. */
  void drag(Modifiers modifiers, Point2D... path) {
    editor.press(path[0], modifiers);
    for (int i = 1; i < path.length; i++) {
      editor.drag(path[i], modifiers);
    }
    editor.release(path[path.length - 1], modifiers);
  }

  /** Places a trigger point with the trigger-point tool and returns it. */
  TriggerPoint place(Point2D point) {
    editor.setTool(ToolKind.TRIGGER_POINT);
    click(point);
    return (TriggerPoint) lastMark();
  }

  /** Pins a note with the note-pin tool and returns it. */
  NotePin pin(Point2D point, String text) {
    noteAnswer = Optional.of(text);
    editor.setTool(ToolKind.NOTE_PIN);
    click(point);
    return (NotePin) lastMark();
  }

  ChartChange lastCommit() {
    return commits.get(commits.size() - 1);
  }

  private Mark lastMark() {
    List<Mark> marks = editor.chart().marks();
    return marks.get(marks.size() - 1);
  }
}
