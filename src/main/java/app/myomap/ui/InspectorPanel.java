package app.myomap.ui;

import app.myomap.atlas.MuscleCatalogue;
import app.myomap.atlas.RegionLookup;
import app.myomap.atlas.SafetyTable;
import app.myomap.edit.ChartEditor;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointStatus;
import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.util.UIScale;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Frame;
import java.awt.GridBagLayout;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import javax.swing.AbstractButton;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.JViewport;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;
import javax.swing.text.JTextComponent;

/**
 * The trigger-point inspector: shows the selected trigger point grouped as a clinician reads it
 * (muscle, finding, diagnostic criteria, pressure-pain threshold, twitch response, record) and
 * turns every change into one undoable editor command; with several marks selected it offers only
 * what applies to all of them. Typed text is committed once typing pauses.
 */
public final class InspectorPanel extends JPanel implements Scrollable {
  private static final long serialVersionUID = 1L;

  private final transient ChartEditor editor;
  private final InspectorHeader header;
  private final Segmented<Side> side;
  private final Segmented<TriggerPointStatus> status;
  private final JCheckBox needled = new JCheckBox(Messages.get("Inspector.needled"));
  private final CriteriaEditor criteria;
  private final ThresholdEditor threshold;
  private final TwitchEditor twitch;
  private final JTextField examiner = new JTextField();
  private final JTextArea note = new JTextArea(3, 20);
  private final WrappingLabel examinerError = new WrappingLabel(200);
  private final WrappingLabel noteError = new WrappingLabel(200);
  private final JLabel noteCount;
  private final transient DelayedCommit examinerTyping;
  private final transient DelayedCommit noteTyping;
  private final List<Component> singleOnly = new ArrayList<>();
  private final List<Component> forAny = new ArrayList<>();

  /** The trigger points shown, as last read from the chart; one in full, several in summary. */
  private transient List<TriggerPoint> shown = List.of();

  private int shownSelectionSize = -1;

  /** Whether the inputs take edits; they do not while the visit is read-only. */
  private boolean inputsEnabled = true;

  /** True while this panel runs an editor command, so its own change event is not re-read. */
  private boolean updating;

  private final transient Runnable listener = this::refresh;

  /** Asked before a point is marked needled; the screening may refuse it. */
  private transient BooleanSupplier needlingGuard = () -> true;

  /**
   * An inspector of the editor's selection.
   *
   * @param safety the needling-safety table whose note the header shows
   * @param owner the window the muscle picker opens over
   */
  public InspectorPanel(
      ChartEditor editor,
      MuscleCatalogue muscles,
      SafetyTable safety,
      RegionLookup regions,
      Frame owner) {
    super(new GridBagLayout());
    this.editor = Objects.requireNonNull(editor, "editor");
    setName("inspector");
    setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));

    header = new InspectorHeader(muscles, safety, regions, owner, this::edit);
    side =
        new Segmented<>(
            "inspector.side",
            Side.class,
            s -> Messages.get("Inspector.side." + s.name()),
            s -> Messages.get("Inspector.side.tooltip." + s.name()),
            s -> edit(tp -> tp.withMuscle(tp.muscle(), s)));
    status =
        new Segmented<>(
            "inspector.status",
            TriggerPointStatus.class,
            s -> Messages.get("Inspector.status." + s.name()),
            s -> Messages.get("Inspector.status.tooltip." + s.name()),
            s -> edit(tp -> tp.withStatus(s)));
    needled.setName("inspector.needled");
    needled.addActionListener(e -> needledChosen());
    criteria = new CriteriaEditor(this::edit);
    threshold = new ThresholdEditor(this::edit);
    twitch = new TwitchEditor(this::edit);

    examiner.setName("inspector.examiner");
    examinerTyping = new DelayedCommit(examiner, this::commitExaminer);
    examinerError.setName("inspector.examiner.error");
    note.setName("inspector.note");
    note.setLineWrap(true);
    note.setWrapStyleWord(true);
    note.putClientProperty(
        FlatClientProperties.PLACEHOLDER_TEXT, Messages.get("Inspector.note.placeholder"));
    noteTyping = new DelayedCommit(note, this::commitNote);
    noteCount = TextLimit.install(note, TriggerPoint.MAX_NOTE_LENGTH, "inspector.note.count");
    noteError.setName("inspector.note.error");
    for (WrappingLabel error : List.of(examinerError, noteError)) {
      error.putClientProperty(FlatClientProperties.STYLE, "font: -1; foreground: $Actions.Red");
      error.setVisible(false);
    }

    layOut();
    editor.addChangeListener(listener);
    refresh();
  }

  /**
   * Stops following the editor, for example when another visit is opened; text still waiting for
   * the typing pause is committed first.
   */
  public void detach() {
    flushTyping();
    editor.removeChangeListener(listener);
  }

  private void layOut() {
    InspectorForm form = new InspectorForm(this);
    form.full(header, 0);

    forAny.addAll(form.section(Messages.get("Inspector.section.finding")));
    singleOnly.addAll(form.row(Messages.get("Inspector.side"), side, 8));
    JPanel statusRow = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
    statusRow.setOpaque(false);
    statusRow.add(status);
    statusRow.add(Box.createHorizontalStrut(UIScale.scale(12)));
    statusRow.add(needled);
    forAny.addAll(form.row(Messages.get("Inspector.status"), statusRow, 6));

    singleOnly.addAll(form.section(Messages.get("Inspector.section.criteria")));
    singleOnly.add(form.full(criteria, 4));

    singleOnly.addAll(form.section(Messages.get("Inspector.section.threshold")));
    singleOnly.add(form.full(threshold, 6));

    singleOnly.addAll(form.section(Messages.get("Inspector.section.twitch")));
    singleOnly.add(form.full(twitch, 6));

    singleOnly.addAll(form.section(Messages.get("Inspector.section.record")));
    singleOnly.addAll(form.row(Messages.get("Inspector.examiner"), examiner, 6));
    form.full(examinerError, 2);
    JLabel noteLabel = new JLabel(Messages.get("Inspector.note"));
    noteLabel.setLabelFor(note);
    singleOnly.add(form.full(noteLabel, 4));
    JScrollPane noteScroll = new JScrollPane(note);
    noteScroll.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
    // The note takes the width it is given: its column count must not widen the inspector.
    Dimension noteSize = new Dimension(UIScale.scale(120), noteScroll.getPreferredSize().height);
    noteScroll.setPreferredSize(noteSize);
    noteScroll.setMinimumSize(noteSize);
    singleOnly.add(form.full(noteScroll, 4));
    form.full(noteCount, 2);
    form.full(noteError, 2);
    form.end();
  }

  /** Applies a change to the shown trigger point, or to every selected one, as one undo step. */
  /**
   * Sets what is asked before the needled box marks a point needled: false keeps it unneedled (the
   * visit's screening found an absolute contraindication and it was not overridden).
   */
  public void setNeedlingGuard(BooleanSupplier guard) {
    needlingGuard = Objects.requireNonNull(guard, "guard");
  }

  private void needledChosen() {
    boolean marking = needled.isSelected();
    if (marking && !needlingGuard.getAsBoolean()) {
      needled.setSelected(false);
      refresh();
      return;
    }
    edit(tp -> tp.withNeedled(marking));
  }

  private void edit(UnaryOperator<TriggerPoint> change) {
    if (shown.isEmpty()) {
      return;
    }
    updating = true;
    try {
      if (isSingle()) {
        MarkId id = shown.get(0).id();
        // The point may have been deleted while its text waited for the typing pause.
        if (editor.chart().find(id).filter(TriggerPoint.class::isInstance).isPresent()) {
          editor.updateTriggerPoint(id, change);
        }
      } else {
        editor.updateSelectedTriggerPoints(change);
      }
    } finally {
      updating = false;
    }
    refresh();
  }

  private void refresh() {
    if (updating) {
      return;
    }
    if (inputsEnabled == editor.isReadOnly()) {
      inputsEnabled = !editor.isReadOnly();
      enableInputs(this, inputsEnabled);
      // Shown again in full, so that each part enables again only what applies to the point.
      shown = List.of();
      shownSelectionSize = -1;
    }
    List<TriggerPoint> points = selectedPoints();
    int selectionSize = editor.selection().size();
    if (isSingle() && !(selectionSize == 1 && points.size() == 1 && samePoint(points.get(0)))) {
      // Typing for the point being left is committed to it before another is shown.
      flushTyping();
      points = selectedPoints();
    }
    if (points.equals(shown) && selectionSize == shownSelectionSize) {
      return;
    }
    List<TriggerPoint> before = shown;
    shown = points;
    shownSelectionSize = selectionSize;
    if (selectionSize == 1 && points.size() == 1) {
      showSingle(points.get(0), before.size() == 1 ? before.get(0) : null);
    } else if (!points.isEmpty()) {
      showMany(points, selectionSize);
    } else if (selectionSize > 0) {
      // A zone's owner and settings are shown above the inspector.
      header.showMessage(
          Messages.get("Inspector.noPointSelected"), Messages.get("Inspector.placeholder.hint"));
      setShown(false, false);
    } else {
      header.showMessage(
          Messages.get("Inspector.placeholder"), Messages.get("Inspector.placeholder.hint"));
      setShown(false, false);
    }
    revalidate();
    repaint();
  }

  private void showSingle(TriggerPoint point, TriggerPoint before) {
    boolean samePoint = before != null && before.id().equals(point.id());
    header.showPoint(point);
    side.setValue(point.side());
    status.setValue(point.status());
    needled.setSelected(point.needled());
    needled.setText(Messages.get("Inspector.needled"));
    criteria.show(point.criteria());
    threshold.show(
        point.pressurePainThreshold(),
        !samePoint || !before.pressurePainThreshold().equals(point.pressurePainThreshold()));
    twitch.show(point.twitch());
    sync(
        examinerTyping,
        examiner,
        point.examiner(),
        !samePoint || !before.examiner().equals(point.examiner()));
    sync(noteTyping, note, point.note(), !samePoint || !before.note().equals(point.note()));
    validateExaminer();
    validateNote();
    setShown(true, true);
  }

  private void showMany(List<TriggerPoint> points, int selectionSize) {
    header.showMessage(
        Messages.format("Inspector.multiple", selectionSize),
        Messages.format("Inspector.multiple.hint", points.size()));
    TriggerPointStatus first = points.get(0).status();
    status.setValue(points.stream().allMatch(p -> p.status() == first) ? first : null);
    long needledCount = points.stream().filter(TriggerPoint::needled).count();
    needled.setSelected(needledCount == points.size());
    needled.setText(
        Messages.get(
            needledCount > 0 && needledCount < points.size()
                ? "Inspector.needled.mixed"
                : "Inspector.needled"));
    setShown(true, false);
  }

  private void setShown(boolean anyPoint, boolean single) {
    forAny.forEach(c -> c.setVisible(anyPoint));
    singleOnly.forEach(c -> c.setVisible(single));
    if (!single) {
      examinerError.setVisible(false);
      noteError.setVisible(false);
    }
  }

  private static void enableInputs(Container container, boolean enabled) {
    for (Component c : container.getComponents()) {
      if (c instanceof AbstractButton
          || c instanceof JTextComponent
          || c instanceof JComboBox
          || c instanceof JSpinner) {
        c.setEnabled(enabled);
      }
      if (c instanceof Container inner) {
        enableInputs(inner, enabled);
      }
    }
  }

  /** Puts model text into a field, unless it only differs from what is being typed there. */
  private static void sync(
      DelayedCommit typing, JTextComponent field, String model, boolean modelChanged) {
    if (modelChanged && !field.getText().strip().equals(model)) {
      typing.show(model);
    }
  }

  /** Commits text still being typed, as a pause in typing would. */
  void commitTyping() {
    flushTyping();
  }

  private void flushTyping() {
    examinerTyping.flush();
    noteTyping.flush();
    threshold.flush();
  }

  private void commitExaminer() {
    if (validateExaminer()) {
      String text = examiner.getText();
      edit(tp -> tp.withExaminer(text));
    }
  }

  private void commitNote() {
    if (validateNote()) {
      String text = note.getText();
      edit(tp -> tp.withNote(text));
    }
  }

  private boolean validateExaminer() {
    String text = examiner.getText().strip();
    boolean valid = !text.isEmpty() && text.length() <= TriggerPoint.MAX_EXAMINER_LENGTH;
    showValidity(
        examiner,
        examinerError,
        valid,
        Messages.format("Inspector.examiner.invalid", TriggerPoint.MAX_EXAMINER_LENGTH));
    return valid;
  }

  private boolean validateNote() {
    boolean valid = note.getText().strip().length() <= TriggerPoint.MAX_NOTE_LENGTH;
    showValidity(
        note,
        noteError,
        valid,
        Messages.format("Inspector.note.invalid", TriggerPoint.MAX_NOTE_LENGTH));
    return valid;
  }

  private void showValidity(JComponent field, WrappingLabel error, boolean valid, String message) {
    field.putClientProperty(
        FlatClientProperties.OUTLINE, valid ? null : FlatClientProperties.OUTLINE_ERROR);
    error.setText(message);
    if (error.isVisible() == valid) {
      error.setVisible(!valid);
      revalidate();
    }
  }

  private boolean isSingle() {
    return shown.size() == 1 && shownSelectionSize == 1;
  }

  private boolean samePoint(TriggerPoint point) {
    return shown.get(0).id().equals(point.id());
  }

  private List<TriggerPoint> selectedPoints() {
    List<TriggerPoint> points = new ArrayList<>();
    for (MarkId id : editor.selection().ids()) {
      Optional<Mark> mark = editor.chart().find(id);
      if (mark.isPresent() && mark.get() instanceof TriggerPoint point) {
        points.add(point);
      }
    }
    return points;
  }

  @Override
  public Dimension getPreferredScrollableViewportSize() {
    return getPreferredSize();
  }

  @Override
  public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
    return 16;
  }

  @Override
  public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
    return orientation == SwingConstants.VERTICAL ? visible.height - 16 : visible.width - 16;
  }

  @Override
  public boolean getScrollableTracksViewportWidth() {
    return true;
  }

  @Override
  public boolean getScrollableTracksViewportHeight() {
    return getParent() instanceof JViewport viewport
        && viewport.getHeight() > getPreferredSize().height;
  }
}
