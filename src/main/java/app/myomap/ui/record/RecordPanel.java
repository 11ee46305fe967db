package app.myomap.ui.record;

import app.myomap.atlas.MuscleCatalogue;
import app.myomap.atlas.NeedlingHazard;
import app.myomap.atlas.SafetyTable;
import app.myomap.chart.MuscleWords;
import app.myomap.edit.ChartEditor;
import app.myomap.model.MarkId;
import app.myomap.model.TriggerPoint;
import app.myomap.model.record.NeedlingEntry;
import app.myomap.model.record.NeedlingTechnique;
import app.myomap.model.record.RecordEntry;
import app.myomap.model.record.RecordSection;
import app.myomap.model.record.Screening;
import app.myomap.model.record.ScreeningChecklist;
import app.myomap.model.record.Signature;
import app.myomap.model.record.SigningState;
import app.myomap.model.record.StoredEntry;
import app.myomap.model.record.VisitRecord;
import app.myomap.session.ClinicalRecord;
import app.myomap.session.CommitQueue;
import app.myomap.ui.Messages;
import app.myomap.ui.Settings;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.event.KeyEvent;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.Scrollable;
import javax.swing.SwingUtilities;

/**
 * The Record tab: the clinical record of the open visit beside its chart, each section stored as
 * soon as it changes, with where the visit's signing stands and the Sign and Amend buttons. Writes
 * run in order on one thread of their own; what the panel shows is always what was stored.
 */
public final class RecordPanel extends JPanel {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(RecordPanel.class.getName());
  private static final int FLUSH_SECONDS = 10;

  private final transient Clock clock;
  private final transient Settings settings;
  private final transient SafetyTable safety;
  private final transient ExecutorService writer =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "myomap-record-writer");
            thread.setDaemon(true);
            return thread;
          });
  private final JLabel status = new JLabel(" ");
  private final JLabel saved = new JLabel(" ");
  private final JButton sign = new JButton(Messages.get("Record.sign"));
  private final JButton amend = new JButton(Messages.get("Record.amend"));
  private List<Section> singles;
  private ScreeningSection screening;
  private transient ScreeningChecklist checklist;
  private final ConsentSection consent;
  private final SinceLastVisitSection sinceLast;
  private final NeedlingSection needling;
  private final AdverseEventsSection adverse;
  private final JPanel sections = new SectionsPanel();

  private transient Open open;

  /** The open visit's record and what it is charted with. */
  private record Open(
      ClinicalRecord record,
      ChartEditor editor,
      CommitQueue queue,
      String author,
      MuscleCatalogue muscles,
      Consumer<SigningState> signingChanged,
      Runnable chartListener) {}

  private transient ClinicalRecord.State state =
      new ClinicalRecord.State(VisitRecord.empty(), SigningState.unsigned());

  /**
   * An empty Record tab; {@code checklist} is what the screening asks, {@code safety} what the
   * consent's risks follow.
   */
  public RecordPanel(
      Settings settings, Clock clock, SafetyTable safety, ScreeningChecklist checklist) {
    super(new BorderLayout());
    this.settings = settings;
    this.safety = safety;
    this.clock = clock;
    setName("recordPanel");
    this.checklist = checklist;
    screening = new ScreeningSection(this::saveSingle, checklist);
    consent = new ConsentSection(this::saveSingle, clock::instant, this::needledHazards);
    sinceLast = new SinceLastVisitSection(this::saveSingle);
    singles =
        List.of(
            new SubjectiveSection(this::saveSingle),
            new IntakeSection(this::saveSingle),
            sinceLast,
            screening,
            consent,
            new RetestSection(this::saveSingle),
            new AfterCareSection(this::saveSingle));
    NeedlingSection.Entries entries =
        new NeedlingSection.Entries() {
          @Override
          public void save(Optional<StoredEntry> previous, RecordEntry entry) {
            write(previous, entry);
          }

          @Override
          public void remove(StoredEntry entry) {
            removeEntry(entry);
          }
        };
    needling = new NeedlingSection(entries, this::describe, this::preset);
    adverse = new AdverseEventsSection(entries);
    sections.setLayout(new BoxLayout(sections, BoxLayout.Y_AXIS));
    sections.setBorder(BorderFactory.createEmptyBorder(6, 8, 8, 8));
    sections.add(singles.get(0));
    sections.add(singles.get(1));
    sections.add(singles.get(2));
    sections.add(screening);
    sections.add(consent);
    sections.add(needling);
    sections.add(singles.get(5));
    sections.add(adverse);
    sections.add(singles.get(6));
    JScrollPane scroll = new JScrollPane(sections);
    scroll.getVerticalScrollBar().setUnitIncrement(16);
    scroll.setBorder(BorderFactory.createEmptyBorder());
    add(header(), BorderLayout.NORTH);
    add(scroll, BorderLayout.CENTER);
    showSections(false);
  }

  private JPanel header() {
    status.setName("record.status");
    status.putClientProperty("FlatLaf.styleClass", "h4");
    saved.setName("record.saved");
    sign.setName("record.sign");
    sign.setMnemonic(KeyEvent.VK_G);
    sign.setToolTipText(Messages.get("Record.sign.tooltip"));
    sign.addActionListener(e -> signVisit());
    amend.setName("record.amend");
    amend.setMnemonic(KeyEvent.VK_A);
    amend.setToolTipText(Messages.get("Record.amend.tooltip"));
    amend.addActionListener(e -> amendVisit());
    JPanel words = new JPanel();
    words.setLayout(new BoxLayout(words, BoxLayout.Y_AXIS));
    words.add(status);
    words.add(saved);
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
    buttons.add(amend);
    buttons.add(sign);
    JPanel header = new JPanel(new BorderLayout(8, 0));
    header.setBorder(
        BorderFactory.createCompoundBorder(
            BorderFactory.createMatteBorder(
                0, 0, 1, 0, javax.swing.UIManager.getColor("Component.borderColor")),
            BorderFactory.createEmptyBorder(8, 10, 8, 10)));
    header.add(words, BorderLayout.CENTER);
    header.add(buttons, BorderLayout.EAST);
    return header;
  }

  /**
   * Shows the record of the visit {@code record} reads, as {@code state}, beside the chart of
   * {@code editor} whose edits {@code queue} stores; {@code signingChanged} hears each signature
   * and addendum. {@code author} is who writes.
   */
  public void open(
      ClinicalRecord record,
      ClinicalRecord.State state,
      ChartEditor editor,
      CommitQueue queue,
      String author,
      MuscleCatalogue muscles,
      Consumer<SigningState> signingChanged) {
    close();
    Runnable chartListener = this::chartChanged;
    open = new Open(record, editor, queue, author, muscles, signingChanged, chartListener);
    editor.addChangeListener(chartListener);
    this.state = state;
    refresh();
  }

  /**
   * Stores the text being typed in the record (its field keeps the focus, so it was not left yet)
   * and waits, at most a few seconds, for every write queued before.
   */
  public void flush() {
    java.awt.Component focused =
        java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
    for (java.awt.Component c = focused; c != null; c = c.getParent()) {
      if (c instanceof Section section) {
        section.changed();
        break;
      }
    }
    try {
      writer.submit(() -> {}).get(FLUSH_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      LOG.log(Level.WARNING, "The record's writes did not finish in time", e);
    }
  }

  /** Shows no visit. */
  public void close() {
    if (open != null) {
      open.editor().removeChangeListener(open.chartListener());
    }
    open = null;
    state = new ClinicalRecord.State(VisitRecord.empty(), SigningState.unsigned());
    refresh();
  }

  /** The open visit's signing state. */
  public SigningState signing() {
    return state.signing();
  }

  /** Opens the needling entry of the trigger point {@code id} (the chart's selected point). */
  public void openNeedling(MarkId id) {
    if (open == null) {
      return;
    }
    open.editor()
        .chart()
        .find(id)
        .filter(TriggerPoint.class::isInstance)
        .map(TriggerPoint.class::cast)
        .ifPresent(
            point -> {
              if (!point.needled() && !open.editor().isReadOnly()) {
                if (!clearToNeedle()) {
                  return;
                }
                // An entry is made for a needled point: recording one marks the point needled.
                open.editor().updateTriggerPoint(id, tp -> tp.withNeedled(true));
              }
              needling.show(open.editor().chart().triggerPoints(), state.record());
              needling.open(id);
            });
  }

  /**
   * Whether a trigger point may be marked needled now. While the visit's screening has a present
   * absolute contraindication without a reason to override it, says so and offers to override it:
   * true once a reason is given (and queued to be stored in the screening), false when the
   * practitioner cancels. Every control that marks a point needled asks this first.
   */
  public boolean clearToNeedle() {
    if (open == null) {
      return true;
    }
    // The screening as shown: an answer just ticked counts before its write comes back.
    List<Screening.Answer> blockers =
        screening
            .entry()
            .map(e -> ((Screening) e).blockers())
            .orElseGet(() -> state.record().needlingBlockers());
    if (blockers.isEmpty()) {
      return true;
    }
    Optional<String> reason =
        NeedlingBlockedDialog.ask(SwingUtilities.getWindowAncestor(this), blockers);
    if (reason.isEmpty()) {
      return false;
    }
    Open writing = open;
    String why = reason.get();
    run(
        () -> writing.record().overrideScreening(why, writing.author()),
        overridden -> reload(),
        problem -> reload());
    return true;
  }

  /** The screening checklist the record asks. */
  public ScreeningChecklist checklist() {
    return checklist;
  }

  /** Asks {@code changed} in the screening from now on, the open visit's included. */
  public void setChecklist(ScreeningChecklist changed) {
    ScreeningSection replacement = new ScreeningSection(this::saveSingle, changed);
    int at = sections.getComponentZOrder(screening);
    sections.remove(screening);
    sections.add(replacement, at);
    List<Section> kept = new java.util.ArrayList<>(singles);
    kept.set(kept.indexOf(screening), replacement);
    singles = List.copyOf(kept);
    screening = replacement;
    checklist = changed;
    refresh();
    sections.revalidate();
    sections.repaint();
  }

  /**
   * Ticks present the unanswered screening items that come from the patient's medical alerts {@code
   * alertIds} (e.g. "PREGNANCY") and stores the screening; nothing while no visit is open or the
   * record cannot be changed.
   */
  public void preTickScreening(Set<String> alertIds) {
    if (open != null && state.signing().editable() && !open.editor().isReadOnly()) {
      screening.preTick(alertIds);
    }
  }

  /** Asks to sign the open visit (or its addendum); the Sign button and File › Sign Visit. */
  public void signVisit() {
    if (open == null || !state.signing().editable()) {
      return;
    }
    Open signing = open;
    List<VisitRecord.Gap> gaps = state.unfinished(signing.editor().chart());
    if (!SignDialog.confirm(
        SwingUtilities.getWindowAncestor(this), gaps, state.signing().openAmendment())) {
      return;
    }
    // The chart takes no edit while the visit is signed.
    signing.editor().setReadOnly(true);
    run(
        () -> {
          Signature signature = signing.record().sign(signing.queue(), signing.author());
          return signature;
        },
        signature -> {
          saved.setText(Messages.format("Record.signedNow", signature.shortHash()));
          reload();
        },
        problem -> {
          if (open == signing) {
            signing.editor().setReadOnly(false);
          }
        });
  }

  /** Asks for the reason of an addendum and opens it. */
  public void amendVisit() {
    if (open == null || !state.signing().signed() || state.signing().editable()) {
      return;
    }
    Open amending = open;
    AmendDialog.ask(SwingUtilities.getWindowAncestor(this))
        .ifPresent(
            reason ->
                run(
                    () -> amending.record().amend(reason, amending.author()),
                    amendment -> reload(),
                    problem -> {}));
  }

  private void saveSingle(RecordEntry entry) {
    write(state.record().single(entry.section()), entry);
  }

  private void write(Optional<StoredEntry> shownPrevious, RecordEntry entry) {
    if (open == null) {
      return;
    }
    Open writing = open;
    String key = shownPrevious.map(StoredEntry::entryId).orElse(null);
    RecordSection section = entry.section();
    run(
        () -> {
          // The newest version stored, read on the writer thread: two quick saves of one section
          // follow each other instead of the second being refused.
          VisitRecord now = writing.record().read().record();
          Optional<StoredEntry> previous =
              key != null
                  ? now.find(key)
                  : section.single() ? now.single(section) : Optional.<StoredEntry>empty();
          StoredEntry stored = writing.record().save(previous, entry, writing.author());
          if (entry instanceof NeedlingEntry n) {
            rememberPreset(writing.author(), n);
          }
          return stored;
        },
        stored -> {
          saved.setText(
              Messages.format(
                  "Record.savedAt",
                  DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                      .format(stored.writtenAt().atZone(ZoneId.systemDefault()))));
          reload();
        },
        problem -> reload());
  }

  private void removeEntry(StoredEntry entry) {
    if (open == null) {
      return;
    }
    Open writing = open;
    run(
        () -> {
          VisitRecord now = writing.record().read().record();
          writing.record().remove(now.find(entry.entryId()).orElse(entry), writing.author());
          return entry;
        },
        removed -> reload(),
        problem -> reload());
  }

  /** Reads the record again on the writer thread, after the writes queued before. */
  private void reload() {
    if (open == null) {
      return;
    }
    Open reading = open;
    run(
        () -> reading.record().read(),
        read -> {
          if (open == reading) {
            boolean signingChanged = !read.signing().equals(state.signing());
            state = read;
            refresh();
            if (signingChanged) {
              reading.signingChanged().accept(read.signing());
            }
          }
        },
        problem -> {});
  }

  /** Runs {@code work} on the writer thread, then {@code done} or {@code failed} on the EDT. */
  private <T> void run(
      java.util.concurrent.Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
    writer.execute(
        () -> {
          try {
            T result = work.call();
            SwingUtilities.invokeLater(() -> done.accept(result));
          } catch (Exception e) {
            LOG.log(Level.WARNING, "A record change was not stored", e);
            SwingUtilities.invokeLater(
                () -> {
                  saved.setText(RecordWords.problem(e));
                  failed.accept(e);
                });
          }
        });
  }

  private void chartChanged() {
    if (open != null) {
      needling.show(open.editor().chart().triggerPoints(), state.record());
      consent.followLung();
    }
  }

  private void refresh() {
    boolean shown = open != null;
    SigningState signing = state.signing();
    boolean editable =
        shown && signing.editable() && !(open.editor().isReadOnly() && !signing.signed());
    for (Section section : singles) {
      section.show(state.record());
      section.setEditable(editable);
    }
    boolean asking = sinceLast.ask(state.needledBefore(), state.record()) && editable;
    placeSinceLastVisit(state.needledBefore().isPresent());
    firePropertyChange(app.myomap.ui.MainWindow.ASKING, !asking, asking);
    needling.show(shown ? open.editor().chart().triggerPoints() : List.of(), state.record());
    needling.setEditable(editable);
    adverse.show(state.record());
    adverse.setEditable(editable);
    sign.setEnabled(shown && signing.editable() && editable);
    amend.setEnabled(shown && signing.signed() && !signing.editable());
    status.setText(shown ? RecordWords.signing(signing) : Messages.get("Record.noVisit"));
    status.setToolTipText(shown ? RecordWords.signingDetail(signing) : null);
    showSections(shown);
  }

  /**
   * Puts "since the last visit" first when the visit before included needling, so it is asked
   * before anything else; beside the intake otherwise.
   */
  private void placeSinceLastVisit(boolean first) {
    int wanted = first ? 0 : 2;
    if (sections.getComponentZOrder(sinceLast) != wanted) {
      sections.remove(sinceLast);
      sections.add(sinceLast, wanted);
      sections.revalidate();
    }
  }

  private void showSections(boolean visitOpen) {
    sections.setVisible(visitOpen);
  }

  /** The hazards the safety table names for the muscles of the chart's needled points. */
  private Set<NeedlingHazard> needledHazards() {
    Set<NeedlingHazard> hazards = EnumSet.noneOf(NeedlingHazard.class);
    if (open != null) {
      open.editor().chart().triggerPoints().stream()
          .filter(TriggerPoint::needled)
          .forEach(tp -> safety.of(tp.muscle().id()).ifPresent(s -> hazards.addAll(s.hazards())));
    }
    return hazards;
  }

  private String describe(TriggerPoint point) {
    String muscle =
        open == null ? point.muscle().id() : MuscleWords.name(open.muscles(), point.muscle().id());
    return Messages.format(
        "Record.point", Messages.get("Record.side." + point.side().name()), muscle);
  }

  /**
   * The practitioner's usual entry for a point with no entry yet: their last one, else common
   * sizes.
   */
  private NeedlingEntry preset(MarkId point) {
    String stored = open == null ? null : settings.read(presetKey(open.author()));
    if (stored != null) {
      try {
        NeedlingEntry last = (NeedlingEntry) RecordEntry.parse(RecordSection.NEEDLING, stored);
        return new NeedlingEntry(
            point,
            last.technique(),
            last.needleDiameterMm(),
            last.needleLengthMm(),
            OptionalDouble.empty(),
            last.insertions(),
            last.minutesInSitu(),
            last.stimulation(),
            Set.of(),
            "");
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "The kept needling preset was not read", e);
      }
    }
    return new NeedlingEntry(
        point,
        NeedlingTechnique.FAST_IN_FAST_OUT,
        0.25,
        40,
        OptionalDouble.empty(),
        1,
        OptionalInt.empty(),
        NeedlingEntry.OptionalStimulation.none(),
        Set.of(),
        "");
  }

  private void rememberPreset(String author, NeedlingEntry entry) {
    settings.write(presetKey(author), entry.text());
  }

  private static String presetKey(String author) {
    return "record.needlingPreset." + Integer.toHexString(author.hashCode());
  }

  /** The sections stretch to the width of the scroll pane and scroll only down. */
  private static final class SectionsPanel extends JPanel implements Scrollable {
    private static final long serialVersionUID = 1L;

    @Override
    public Dimension getPreferredScrollableViewportSize() {
      return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(java.awt.Rectangle r, int orientation, int direction) {
      return 16;
    }

    @Override
    public int getScrollableBlockIncrement(java.awt.Rectangle r, int orientation, int direction) {
      return r.height - 32;
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
      return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
      return false;
    }
  }
}
