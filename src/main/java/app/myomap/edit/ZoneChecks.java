package app.myomap.edit;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.ChartChange;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.Zone;
import java.awt.Shape;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The warning about the zones the practitioner is looking at now: the zones of the last paint or
 * erase step, or else the zones selected. It is worked out again from the current chart after every
 * edit, undo and redo, so it clears once it no longer holds; changing the selection or the view
 * changes what it is about, and a new visit has a new editor and new checks.
 */
public final class ZoneChecks {
  private final ChartEditor editor;
  private final Function<BodyView, ? extends Shape> silhouettes;
  private final ToDoubleFunction<BodyView> midlines;
  private final List<Consumer<Optional<ZoneWarning>>> listeners = new CopyOnWriteArrayList<>();
  private final Consumer<ChartChange> commitListener = this::committed;
  private final Runnable changeListener = this::changed;

  /** The zones the warning is about. */
  private Set<MarkId> subject = Set.of();

  private BodyView seenView;
  private Selection seenSelection;
  private Chart checkedChart;
  private Set<MarkId> checkedSubject = Set.of();
  private Optional<ZoneWarning> current = Optional.empty();

  /**
   * Checks for the zones of {@code editor}, following its edits from now on.
   *
   * @param silhouettes the figure's outline of each view, in outline units
   * @param midlines the midline of each view, in outline units
   */
  public ZoneChecks(
      ChartEditor editor,
      Function<BodyView, ? extends Shape> silhouettes,
      ToDoubleFunction<BodyView> midlines) {
    this.editor = Objects.requireNonNull(editor, "editor");
    this.silhouettes = Objects.requireNonNull(silhouettes, "silhouettes");
    this.midlines = Objects.requireNonNull(midlines, "midlines");
    seenView = editor.view();
    seenSelection = editor.selection();
    checkedChart = editor.chart();
    editor.addCommitListener(commitListener);
    editor.addChangeListener(changeListener);
  }

  /** The warning that holds now, if any. */
  public Optional<ZoneWarning> current() {
    return current;
  }

  /** Listens to the warning appearing, changing and clearing. */
  public void addListener(Consumer<Optional<ZoneWarning>> listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /** Stops following the editor. */
  public void detach() {
    editor.removeCommitListener(commitListener);
    editor.removeChangeListener(changeListener);
  }

  private void committed(ChartChange change) {
    Set<MarkId> zones = new LinkedHashSet<>();
    for (Mark mark : change.upserted()) {
      if (mark instanceof Zone) {
        zones.add(mark.id());
      }
    }
    // An edit of trigger points leaves the warning about the zones it was about.
    if (!zones.isEmpty()) {
      subject = zones;
    }
  }

  private void changed() {
    if (editor.view() != seenView) {
      seenView = editor.view();
      subject = Set.of();
    } else if (!editor.selection().equals(seenSelection)) {
      subject = zonesIn(editor.selection().ids());
    }
    seenSelection = editor.selection();
    recheck();
  }

  private Set<MarkId> zonesIn(Set<MarkId> ids) {
    Set<MarkId> zones = new LinkedHashSet<>();
    for (MarkId id : ids) {
      editor.chart().find(id).filter(Zone.class::isInstance).ifPresent(m -> zones.add(id));
    }
    return zones;
  }

  private void recheck() {
    Chart chart = editor.chart();
    // Pointer moves fire changes too; the areas are only worked out again after an edit.
    if (chart == checkedChart && subject.equals(checkedSubject)) {
      return;
    }
    checkedChart = chart;
    checkedSubject = subject;
    Optional<ZoneWarning> found = Optional.empty();
    for (MarkId id : subject) {
      Optional<Mark> mark = chart.find(id);
      if (mark.isPresent() && mark.get() instanceof Zone zone && zone.view() == editor.view()) {
        found =
            ZoneWarnings.midlineCrossing(zone, midlines.applyAsDouble(zone.view()))
                .or(() -> ZoneWarnings.outsideSilhouette(zone, silhouettes.apply(zone.view())));
        if (found.isPresent()) {
          break;
        }
      }
    }
    if (!found.equals(current)) {
      current = found;
      listeners.forEach(listener -> listener.accept(current));
    }
  }
}
