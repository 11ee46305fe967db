package app.myomap.edit;

import app.myomap.atlas.RegionLookup;
import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.ChartChange;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.MarkKind;
import app.myomap.model.NotePin;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TwitchResponse;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Edits the chart of one visit from pointer input in outline coordinates: owns the chart, the
 * selection, the active tool and the undo history, exposes feedback (hover, rubber band, the last
 * placement) as read-only state, tells change listeners about every state change and commit
 * listeners about every completed edit, undo and redo. The zone tools' settings and feedback are in
 * its {@link #zones() ZonePainter}. A read-only editor (a past visit) shows and selects but refuses
 * every change, undo and redo included, and tells its refusal listeners.
 */
public final class ChartEditor {

  /** How far from a mark, in screen pixels, a press still hits it unless set otherwise. */
  public static final double DEFAULT_HIT_TOLERANCE_PX = 6;

  /** How far, in screen pixels, the pointer must move before a press becomes a drag. */
  public static final double DRAG_THRESHOLD_PX = 3;

  private final RegionLookup lookup;
  private final CommandRunner runner;
  private final Map<ToolKind, Tool> tools = new EnumMap<>(ToolKind.class);
  private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
  private final List<Runnable> refusalListeners = new CopyOnWriteArrayList<>();
  private final ZonePainter zones = new ZonePainter(this);

  private Selection selection = Selection.empty();
  private BodyView view = BodyView.ANTERIOR;
  private ToolKind toolKind = ToolKind.SELECT;
  private final HitScope hits = new HitScope();
  private Hover hover;
  private Rectangle2D rubberBand;
  private Placement placement;
  private NudgeRun nudgeRun;
  private boolean readOnly;

  /**
   * An editor of a chart.
   *
   * @param practitioner the examiner recorded on new trigger points
   * @param chooser asked for muscle and side when a trigger point is placed outside every region
   * @param notePrompt asked for the text of a note pin being placed
   */
  public ChartEditor(
      Chart chart,
      RegionLookup lookup,
      String practitioner,
      MuscleChooser chooser,
      NoteTextPrompt notePrompt) {
    this.runner = new CommandRunner(chart);
    this.lookup = Objects.requireNonNull(lookup, "lookup");
    if (practitioner == null || practitioner.isBlank()) {
      throw new IllegalArgumentException("Practitioner must not be blank");
    }
    tools.put(ToolKind.SELECT, new SelectTool(this));
    tools.put(
        ToolKind.TRIGGER_POINT, new TriggerPointTool(this, lookup, chooser, practitioner.strip()));
    tools.put(ToolKind.NOTE_PIN, new NotePinTool(this, notePrompt));
    for (ToolKind kind :
        EnumSet.of(ToolKind.REFERRAL_ZONE, ToolKind.SYMPTOM_AREA, ToolKind.ERASER)) {
      tools.put(kind, new ZoneTool(kind, this, zones));
    }
  }

  public Chart chart() {
    return runner.chart();
  }

  public Selection selection() {
    return selection;
  }

  public BodyView view() {
    return view;
  }

  public ToolKind tool() {
    return toolKind;
  }

  /** The zone tools: brush size, what they paint, owner callbacks and stroke feedback. */
  public ZonePainter zones() {
    return zones;
  }

  /** The kinds of mark on hidden layers: they are not hit, rubber-banded nor erased. */
  public Set<MarkKind> hiddenKinds() {
    return hits.hidden();
  }

  /**
   * Hides the layers of some kinds of mark (the layer toggles); hidden marks leave the selection.
   */
  public void setHiddenKinds(Set<MarkKind> kinds) {
    hits.setHidden(kinds);
    select(selection.ids().stream().filter(id -> !hits.isHidden(chart().get(id))).toList());
  }

  /** The current zoom in screen pixels per outline unit. */
  public double scale() {
    return hits.scale();
  }

  /** The pointer feedback, empty when the pointer is outside the canvas. */
  public Optional<Hover> hover() {
    return Optional.ofNullable(hover);
  }

  /** The rubber band being dragged, in outline coordinates. */
  public Optional<Rectangle2D> rubberBand() {
    return Optional.ofNullable(rubberBand).map(r -> (Rectangle2D) r.clone());
  }

  /** The trigger point just placed and its alternative regions, until the next edit. */
  public Optional<Placement> placement() {
    return Optional.ofNullable(placement);
  }

  /** Shows another view; the selection and pointer feedback are cleared. */
  public void setView(BodyView newView) {
    Objects.requireNonNull(newView, "view");
    cancelGesture();
    if (newView != view) {
      view = newView;
      selection = Selection.empty();
      hover = null;
      placement = null;
    }
    fireChange();
  }

  public boolean isReadOnly() {
    return readOnly;
  }

  /**
   * Makes the chart read-only or editable again. Making it read-only abandons the gesture in
   * progress and forgets the undo history, so no undo can ever reach into a read-only chart.
   */
  public void setReadOnly(boolean readOnly) {
    if (readOnly) {
      cancelGesture();
      runner.forgetHistory();
      placement = null;
    }
    this.readOnly = readOnly;
    fireChange();
  }

  public void setTool(ToolKind kind) {
    Objects.requireNonNull(kind, "tool");
    cancelGesture();
    toolKind = kind;
    fireChange();
  }

  /** Sets the zoom, in screen pixels per outline unit, that pixel tolerances are divided by. */
  public void setScale(double pixelsPerUnit) {
    hits.setScale(pixelsPerUnit);
  }

  public void setHitTolerancePx(double tolerancePx) {
    hits.setTolerancePx(tolerancePx);
  }

  /**
   * A press of the active tool; while read-only only the selection tool takes it (to select, not to
   * move), every other press is refused.
   */
  public void press(Point2D outlinePoint, Modifiers modifiers) {
    updateHover(outlinePoint);
    if (!acceptsPointer()) {
      refuse();
    } else {
      tools.get(toolKind).press(outlinePoint, modifiers);
    }
    fireChange();
  }

  public void drag(Point2D outlinePoint, Modifiers modifiers) {
    if (acceptsPointer()) {
      tools.get(toolKind).drag(outlinePoint, modifiers);
    }
    updateHover(outlinePoint);
    fireChange();
  }

  public void release(Point2D outlinePoint, Modifiers modifiers) {
    if (acceptsPointer()) {
      tools.get(toolKind).release(outlinePoint, modifiers);
    }
    updateHover(outlinePoint);
    fireChange();
  }

  /** The pointer moved with no button held. */
  public void move(Point2D outlinePoint) {
    updateHover(outlinePoint);
    fireChange();
  }

  /** The pointer left the canvas. */
  public void exit() {
    hover = null;
    fireChange();
  }

  /**
   * Abandons the gesture in progress (Escape): a drag puts the marks back, a rubber band the
   * selection.
   *
   * @return whether there was a gesture to abandon
   */
  public boolean cancel() {
    boolean cancelled = cancelGesture();
    fireChange();
    return cancelled;
  }

  /** Selects marks of the current view by id, replacing the selection. */
  public void select(Collection<MarkId> ids) {
    for (MarkId id : ids) {
      if (chart().find(id).filter(m -> m.view() == view).isEmpty()) {
        throw new IllegalArgumentException("No mark " + id + " on the " + view.id() + " view");
      }
    }
    cancelGesture();
    selection = Selection.of(ids);
    fireChange();
  }

  /**
   * Shows the view of a mark and selects it alone (Go to point).
   *
   * @throws IllegalArgumentException if the chart has no such mark
   */
  public void reveal(MarkId id) {
    Mark mark = chart().find(id).orElseThrow(() -> new IllegalArgumentException("No mark " + id));
    setView(mark.view());
    select(List.of(id));
  }

  /** Selects every mark of the current view. */
  public void selectAll() {
    select(chart().marks(view).stream().map(Mark::id).toList());
  }

  public void clearSelection() {
    select(List.of());
  }

  /**
   * Moves the selection by an offset in outline units (arrow keys); nudges of the same marks in a
   * row, with no other step between them, are one undo step.
   */
  public void nudge(double dxOutline, double dyOutline) {
    if (selection.isEmpty() || (dxOutline == 0 && dyOutline == 0)) {
      return;
    }
    if (readOnly) {
      refuse();
      return;
    }
    cancelGesture();
    Set<MarkId> ids = selection.ids();
    MoveMarks step = MoveMarks.of(chart(), ids, dxOutline, dyOutline);
    MoveMarks run;
    if (nudgeRun != null && nudgeRun.continuesWith(ids, runner.steps())) {
      run = nudgeRun.extendedBy(dxOutline, dyOutline);
      placement = null;
      runner.executeMerged(step, run);
    } else {
      run = step;
      execute(step);
    }
    nudgeRun = new NudgeRun(run, ids, runner.steps());
    fireChange();
  }

  /**
   * Deletes the selected marks as one undo step; the {@link ZonePainter#setOwnershipPrompt prompt}
   * decides about the zones of trigger points being deleted. Selected marks carried forward from
   * the last visit are not deleted but recorded as resolved at this visit.
   */
  public void deleteSelection() {
    if (readOnly) {
      refuse();
      return;
    }
    Optional<Command> resolve = Reexamination.resolve(chart(), selection.ids());
    Set<MarkId> charted = new LinkedHashSet<>();
    selection.ids().stream().filter(id -> chart().get(id).carry().isEmpty()).forEach(charted::add);
    Optional<Command> delete = ZoneDeletion.command(chart(), charted, zones.ownershipPrompt());
    if (resolve.isPresent() && delete.isPresent()) {
      perform(
          new CompositeCommand(
              List.of(resolve.get(), delete.get()),
              CommandLabel.forMarks("delete", selectedMarks())));
    } else {
      resolve.or(() -> delete).ifPresent(this::perform);
    }
  }

  /**
   * Confirms the selected carried-forward marks as still present, keeping their data, as one undo
   * step; returns whether any awaited re-examination.
   */
  public boolean confirmSelection() {
    if (readOnly) {
      refuse();
      return false;
    }
    Optional<Command> confirm = Reexamination.confirm(chart(), selection.ids());
    confirm.ifPresent(this::perform);
    return confirm.isPresent();
  }

  /**
   * Confirms every carried-forward mark not re-examined yet, as one undo step: an explicit choice
   * of the practitioner, never done for them.
   */
  public void confirmAllRemaining() {
    if (readOnly) {
      refuse();
      return;
    }
    Reexamination.confirm(chart(), chart().awaitingReexamination().stream().map(Mark::id).toList())
        .ifPresent(this::perform);
  }

  private List<Mark> selectedMarks() {
    return selection.ids().stream().map(chart()::get).toList();
  }

  /**
   * Changes properties of a trigger point as one undo step; nothing happens when the update returns
   * an equal point.
   */
  public void updateTriggerPoint(MarkId id, UnaryOperator<TriggerPoint> update) {
    update(id, TriggerPoint.class, update);
  }

  /** Applies the same change to every selected trigger point, as one undo step. */
  public void updateSelectedTriggerPoints(UnaryOperator<TriggerPoint> update) {
    MarkUpdates.each(chart(), selection.ids(), TriggerPoint.class, update).ifPresent(this::perform);
  }

  /**
   * Records the number of local twitch responses (the number keys): 0 records an absent response,
   * more records a present one, keeping its strength and detection.
   */
  public void setTwitchCount(MarkId id, int count) {
    updateTriggerPoint(
        id,
        tp -> tp.withTwitch(count == 0 ? TwitchResponse.absent() : tp.twitch().withCount(count)));
  }

  /** Changes a note pin as one undo step; nothing happens when the update returns an equal pin. */
  public void updateNotePin(MarkId id, UnaryOperator<NotePin> update) {
    update(id, NotePin.class, update);
  }

  /**
   * Changes a mark of a given type (a zone's sensation, a symptom area's intensity...) as one undo
   * step; nothing happens when the update returns an equal mark.
   *
   * @throws IllegalArgumentException if the chart has no such mark or it is of another type
   */
  public <T extends Mark> void update(MarkId id, Class<T> type, UnaryOperator<T> update) {
    MarkUpdates.one(chart(), id, type, update).ifPresent(this::perform);
  }

  /** Applies a command as one undo step and publishes the change it made. */
  public void perform(Command command) {
    cancelGesture();
    execute(command);
    fireChange();
  }

  public boolean canUndo() {
    return !readOnly && runner.canUndo();
  }

  public boolean canRedo() {
    return !readOnly && runner.canRedo();
  }

  public Optional<CommandLabel> undoLabel() {
    return runner.undoLabel();
  }

  public Optional<CommandLabel> redoLabel() {
    return runner.redoLabel();
  }

  /** Undoes the last step; during a gesture, only abandons the gesture. */
  public void undo() {
    if (readOnly) {
      refuse();
    } else if (!cancelGesture() && runner.undo()) {
      placement = null;
    }
    fireChange();
  }

  /** Redoes the last undone step; during a gesture, only abandons the gesture. */
  public void redo() {
    if (readOnly) {
      refuse();
    } else if (!cancelGesture() && runner.redo()) {
      placement = null;
    }
    fireChange();
  }

  /** Listens to every change of the editor's state, to repaint. */
  public void addChangeListener(Runnable listener) {
    changeListeners.add(Objects.requireNonNull(listener, "listener"));
  }

  public void removeChangeListener(Runnable listener) {
    changeListeners.remove(listener);
  }

  /** Listens to changes refused because the chart is read-only, to tell the user why. */
  public void addRefusalListener(Runnable listener) {
    refusalListeners.add(Objects.requireNonNull(listener, "listener"));
  }

  public void removeRefusalListener(Runnable listener) {
    refusalListeners.remove(listener);
  }

  /** Listens to completed edits, undo and redo included, to save them. */
  public void addCommitListener(Consumer<ChartChange> listener) {
    runner.addCommitListener(listener);
  }

  public void removeCommitListener(Consumer<ChartChange> listener) {
    runner.removeCommitListener(listener);
  }

  // The tools' access to the editor.

  List<Mark> marksAt(Point2D outlinePoint) {
    return hits.at(chart(), view, outlinePoint);
  }

  List<Mark> marksIn(Rectangle2D outlineArea) {
    return hits.in(chart(), view, outlineArea);
  }

  HitScope hits() {
    return hits;
  }

  void changeSelection(Selection newSelection) {
    selection = newSelection;
  }

  void showRubberBand(Rectangle2D band) {
    rubberBand = band;
  }

  void offer(Placement newPlacement) {
    placement = newPlacement;
  }

  /** Applies a complete command; refused while read-only, whichever tool or key asked. */
  void execute(Command command) {
    if (readOnly) {
      refuse();
      return;
    }
    placement = null;
    runner.execute(command);
  }

  RegionLookup lookup() {
    return lookup;
  }

  /** Tells the refusal listeners that a change was refused because the chart is read-only. */
  void refuse() {
    for (Runnable listener : refusalListeners) {
      listener.run();
    }
  }

  /** The runner, for a gesture's live command. */
  CommandRunner runner() {
    return runner;
  }

  /** Whether the active tool takes pointer input: in a read-only chart only selecting does. */
  private boolean acceptsPointer() {
    return !readOnly || toolKind == ToolKind.SELECT;
  }

  private boolean cancelGesture() {
    return tools.get(toolKind).cancel();
  }

  private void updateHover(Point2D point) {
    Optional<MarkId> mark = marksAt(point).stream().findFirst().map(Mark::id);
    Optional<MuscleChoice> region =
        lookup.at(view, point).stream().findFirst().map(MuscleChoice::of);
    hover = new Hover(point.getX(), point.getY(), mark, region);
  }

  void fireChange() {
    selection = selection.retainIn(chart());
    for (Runnable listener : changeListeners) {
      listener.run();
    }
  }
}
