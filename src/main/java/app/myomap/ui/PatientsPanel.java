package app.myomap.ui;

import app.myomap.atlas.Atlas;
import app.myomap.model.Patient;
import app.myomap.model.RecordRetention;
import app.myomap.model.Visit;
import app.myomap.model.VisitDetails;
import app.myomap.model.VisitType;
import app.myomap.session.FollowUpVisits;
import app.myomap.session.PatientMerges;
import app.myomap.store.DatabaseException;
import app.myomap.store.MetaStore;
import app.myomap.store.PatientMergeStore;
import app.myomap.store.PatientStore;
import app.myomap.store.VisitStore;
import com.formdev.flatlaf.util.UIScale;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.JCheckBox;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JSeparator;
import javax.swing.JSplitPane;
import javax.swing.KeyStroke;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;

/**
 * The left side panel: finds patients by name or record number (recent first), creates and edits
 * them, and lists the open patient's visits; it tells its listeners which patient and visit are
 * open.
 */
public final class PatientsPanel extends JPanel {
  private static final long serialVersionUID = 1L;

  /** The most patients listed at once; the search narrows a longer list. */
  static final int LIST_LIMIT = 200;

  private static final int WIDTH_PX = 260;

  /** Hears which patient and visit the user opens. */
  public interface Listener {
    /**
     * A patient was opened; the visit open before is closed. When the patient has visits, {@link
     * #onVisitOpened} follows with the one chosen.
     */
    void onPatientOpened(Patient patient);

    /** A visit of the open patient was opened, chosen by the user or just created. */
    void onVisitOpened(Patient patient, Visit visit);

    /** The open patient's details were edited. */
    default void onPatientEdited(Patient patient) {}
  }

  private final PatientStore patients;
  private final PatientMergeStore mergedRecords;
  private final VisitStore visits;
  private final MetaStore meta;
  private java.util.function.Supplier<Optional<String>> authorSource;
  private final Clock clock;
  private final List<Listener> listeners = new ArrayList<>();
  private final Action newPatient = action("Patients.new", this::newPatient);
  private boolean readOnly;
  private final Action editPatient = action("Patients.edit", this::editPatient);
  private final Action newVisit = action("Patients.visits.new", this::newVisit);
  private final Action followUp = action("Patients.visits.followUp", this::newFollowUp);
  private final Action visitDetails = action("Patients.visits.details", this::editVisitDetails);
  private final Action archive = action("Patients.archive", this::toggleArchived);
  private final Action merge = action("Patients.merge", this::mergeRecords);
  private PatientMerges merges;
  private final JCheckBox showArchived = new JCheckBox(Messages.get("Patients.showArchived"));
  private final FollowUpVisits followUps;
  private final PatientFinder finder;
  private final VisitList visitList;
  private Patient open;

  /** A panel on the given stores; {@code clock} stamps new visits and gives the local zone. */
  public PatientsPanel(
      PatientStore patients,
      PatientMergeStore mergedRecords,
      VisitStore visits,
      FollowUpVisits followUps,
      MetaStore meta,
      Clock clock) {
    super(new BorderLayout());
    this.patients = patients;
    this.mergedRecords = mergedRecords;
    this.visits = visits;
    this.followUps = followUps;
    this.meta = meta;
    this.clock = clock;
    setName("patients");
    KeyStroke newKey =
        KeyStroke.getKeyStroke(
            KeyEvent.VK_N,
            Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx() | KeyEvent.SHIFT_DOWN_MASK);
    newPatient.putValue(Action.ACCELERATOR_KEY, newKey);
    getInputMap(WHEN_IN_FOCUSED_WINDOW).put(newKey, "patients.new");
    getActionMap().put("patients.new", newPatient);
    KeyStroke followUpKey =
        KeyStroke.getKeyStroke(
            KeyEvent.VK_U, Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx());
    followUp.putValue(Action.ACCELERATOR_KEY, followUpKey);
    getInputMap(WHEN_IN_FOCUSED_WINDOW).put(followUpKey, "patients.followUp");
    getActionMap().put("patients.followUp", followUp);

    finder =
        new PatientFinder(
            text ->
                guarded(() -> patients.search(text, LIST_LIMIT, showArchived.isSelected()))
                    .orElse(List.of()),
            p -> guarded(() -> open(p, null)),
            this::isOpen,
            newPatient,
            editPatient);
    finder.onSelection(this::updateActions);
    visitList = new VisitList(clock, newVisit, followUp, visitDetails);
    showArchived.setName("patients.showArchived");
    showArchived.setToolTipText(Messages.get("Patients.showArchived.tooltip"));
    showArchived.addActionListener(e -> finder.runSearch());
    JPanel finding = new JPanel(new BorderLayout());
    finding.add(finder, BorderLayout.CENTER);
    finding.add(showArchived, BorderLayout.SOUTH);
    visitList.onChosen(this::visitChosen);
    JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, true, finding, visitList);
    split.setResizeWeight(0.55);
    split.setBorder(BorderFactory.createEmptyBorder());
    add(split, BorderLayout.CENTER);
    add(new JSeparator(SwingConstants.VERTICAL), BorderLayout.EAST);
    finder.runSearch();
    updateActions();
  }

  /** Tells {@code listener} which patient and visit the user opens. */
  public void addListener(Listener listener) {
    listeners.add(listener);
  }

  /** Creates a patient through {@link PatientDialog} and opens it (Ctrl+Shift+N). */
  public Action newPatientAction() {
    return newPatient;
  }

  /** Starts a visit of the open patient now and opens it; enabled while a patient is open. */
  public Action newVisitAction() {
    return newVisit;
  }

  /**
   * Starts a follow-up of the open patient's latest visit now, its findings carried forward to be
   * re-examined, and opens it; enabled while the open patient has a visit (Ctrl+U).
   */
  public Action followUpAction() {
    return followUp;
  }

  /**
   * Offers comparing a visit with another in the visit list's right-click menu, calling {@code
   * callback} with the visit clicked.
   */
  public void onCompare(java.util.function.Consumer<Visit> callback) {
    visitList.onCompare(callback);
  }

  /** The patient open now. */
  public Optional<Patient> openPatient() {
    return Optional.ofNullable(open);
  }

  /** The visit open now. */
  public Optional<Visit> openVisit() {
    return Optional.ofNullable(visitList.open());
  }

  /**
   * Opens the patient remembered from last time with their visit of today if they have one;
   * otherwise the remembered visit when it still belongs to them (else their newest), which opens
   * read-only when it is of an earlier day. Unknown or null ids open nothing.
   */
  public void reopen(String patientId, String visitId) {
    if (patientId != null) {
      // A record merged since is shown as part of the record it was merged into.
      String id =
          guarded(() -> mergedRecords.mergeOf(patientId).map(m -> m.intoId()).orElse(patientId))
              .orElse(patientId);
      guarded(() -> patients.get(id).map(p -> open(p, todaysVisitOr(p, visitId))));
    }
  }

  /** Moves the keyboard focus to the search field and selects its text (Ctrl+F). */
  public void focusSearch() {
    finder.focusSearch();
  }

  @Override
  public Dimension getPreferredSize() {
    return new Dimension(UIScale.scale(WIDTH_PX), super.getPreferredSize().height);
  }

  /**
   * {@code visitId} when it is a visit of today, else the id of the patient's latest visit of
   * today, else {@code visitId}.
   */
  private String todaysVisitOr(Patient patient, String visitId) {
    List<Visit> today =
        visits.listByPatient(patient.id()).stream()
            .filter(v -> !v.startedBeforeToday(clock))
            .toList();
    return today.stream()
        .filter(v -> v.id().equals(visitId))
        .findFirst()
        .or(() -> today.stream().findFirst())
        .map(Visit::id)
        .orElse(visitId);
  }

  /**
   * Reads the patients again after the database file was replaced by a restored backup: the list is
   * searched anew, and the patient who was open opens again if the file holds them.
   */
  public void reload() {
    Patient was = open;
    open = null;
    visitList.showNoPatient();
    finder.runSearch();
    updateActions();
    if (was != null) {
      reopen(was.id(), null);
    }
  }

  /** Shows a visit of an earlier day as editable after "Edit this visit…" unlocked it. */
  public void visitUnlocked(String visitId) {
    visitList.markEditable(visitId);
  }

  /**
   * Shows patients and visits without changing them: the database can only be read, so nothing is
   * created, edited or marked as recently opened.
   */
  public void setReadOnly(boolean readOnly) {
    this.readOnly = readOnly;
    updateActions();
  }

  private Patient open(Patient patient, String visitId) {
    if (!readOnly) {
      patients.markOpened(patient.id(), clock.instant());
    }
    List<Visit> history = visits.listByPatient(patient.id());
    Visit chosen =
        history.stream()
            .filter(v -> v.id().equals(visitId))
            .findFirst()
            .orElse(history.isEmpty() ? null : history.get(0));
    open = patient;
    visitList.showPatient(patient, history, visits.detailsOfPatient(patient.id()), chosen);
    showRetention();
    finder.select(patient.id());
    updateActions();
    for (Listener listener : List.copyOf(listeners)) {
      listener.onPatientOpened(patient);
    }
    if (chosen != null) {
      visitChosen(chosen);
    }
    return patient;
  }

  private void visitChosen(Visit visit) {
    for (Listener listener : List.copyOf(listeners)) {
      listener.onVisitOpened(open, visit);
    }
  }

  private void newPatient() {
    Optional<String> author = author();
    if (author.isEmpty()) {
      return;
    }
    Optional<Patient> created =
        PatientDialog.create(window()).filter(patient -> confirmedDespiteLookAlikes(patient));
    created.ifPresent(
        patient ->
            guarded(
                () -> {
                  patients.create(patient, author.get());
                  open(patient, null);
                  finder.showRecent(patient.id());
                  return patient;
                }));
  }

  /**
   * True when no other patient looks like {@code patient}, or the practitioner confirmed that this
   * is a different person: two records of one patient split their history.
   */
  private boolean confirmedDespiteLookAlikes(Patient patient) {
    List<Patient> alike = guarded(() -> patients.lookAlikes(patient)).orElse(List.of());
    if (alike.isEmpty()) {
      return true;
    }
    StringBuilder list = new StringBuilder();
    for (Patient other : alike) {
      list.append("<li>")
          .append(escape(other.name()))
          .append(", ")
          .append(escape(BirthDateFormat.ofDefaultLocale().format(other.dateOfBirth())))
          .append(other.recordNumber().isEmpty() ? "" : ", " + escape(other.recordNumber()))
          .append("</li>");
    }
    String[] options = {
      Messages.get("Patients.lookAlike.save"), Messages.get("Patients.lookAlike.cancel")
    };
    JOptionPane pane =
        new JOptionPane(
            Messages.format("Patients.lookAlike.message", list),
            JOptionPane.WARNING_MESSAGE,
            JOptionPane.DEFAULT_OPTION,
            null,
            options,
            options[1]);
    javax.swing.JDialog dialog =
        pane.createDialog(window(), Messages.get("Patients.lookAlike.title"));
    dialog.setName("lookAlikeDialog");
    dialog.setVisible(true);
    dialog.dispose();
    return options[0].equals(pane.getValue());
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private void editPatient() {
    Patient target = finder.selected() == null ? open : finder.selected();
    Optional<String> author = target == null ? Optional.empty() : author();
    if (author.isEmpty()) {
      return;
    }
    Optional<Patient> edited =
        PatientDialog.edit(window(), target).filter(patient -> confirmedDespiteLookAlikes(patient));
    edited.ifPresent(
        patient ->
            guarded(
                () -> {
                  if (patients.update(patient, author.get())) {
                    finder.replace(patient);
                    if (isOpen(patient)) {
                      open = patient;
                      visitList.showHeader(patient);
                      for (Listener listener : List.copyOf(listeners)) {
                        listener.onPatientEdited(patient);
                      }
                    }
                  }
                  return patient;
                }));
  }

  private void newVisit() {
    Optional<String> author = open == null ? Optional.empty() : author();
    if (author.isEmpty()) {
      return;
    }
    guarded(
        () -> {
          Visit visit = Visit.start(open.id(), Atlas.CURRENT_VERSION, author.get(), clock);
          VisitType type = visitList.visitCount() == 0 ? VisitType.INITIAL : VisitType.FOLLOW_UP;
          visits.create(visit);
          recordStartDetails(visit, type, author.get());
          visitList.addNewest(visit);
          updateActions();
          visitChosen(visit);
          return visit;
        });
  }

  private void newFollowUp() {
    Optional<String> author = open == null ? Optional.empty() : author();
    if (author.isEmpty()) {
      return;
    }
    guarded(
        () -> {
          Optional<Visit> previous = followUps.previous(open.id());
          if (previous.isEmpty()) {
            return null;
          }
          Visit visit = followUps.start(open.id(), previous.get(), author.get());
          recordStartDetails(visit, VisitType.FOLLOW_UP, author.get());
          visitList.addNewest(visit);
          updateActions();
          visitChosen(visit);
          return visit;
        });
  }

  /** Records the details a new visit starts with: its start as the session, and its kind. */
  private void recordStartDetails(Visit visit, VisitType type, String author) {
    VisitDetails details = VisitDetails.startOf(visit, type);
    visits.recordDetails(visit.id(), details, author);
    visitList.putDetails(visit.id(), details);
    showRetention();
  }

  /** Asks for the open visit's session time, kind and reason, and records them as a version. */
  private void editVisitDetails() {
    Visit visit = visitList.open();
    Optional<String> author = visit == null ? Optional.empty() : author();
    if (author.isEmpty()) {
      return;
    }
    Optional<VisitDetails> current = guarded(() -> visits.details(visit.id()).orElse(null));
    VisitDetailsDialog.edit(window(), visit, current, clock.getZone())
        .ifPresent(
            details ->
                guarded(
                    () -> {
                      visits.recordDetails(visit.id(), details, author.get());
                      visitList.putDetails(visit.id(), details);
                      return details;
                    }));
  }

  /** Archives the open patient, or brings an archived one back; either is a new version. */
  private void toggleArchived() {
    Patient patient = open;
    Optional<String> author = patient == null ? Optional.empty() : author();
    if (author.isEmpty()) {
      return;
    }
    guarded(
        () -> {
          boolean archived = patients.isArchived(patient.id());
          patients.setArchived(patient.id(), !archived, author.get());
          finder.runSearch();
          showRetention();
          return patient;
        });
  }

  /** Shows until when the open patient's record must be kept, and names the archive action. */
  private void showRetention() {
    if (open == null) {
      return;
    }
    Patient patient = open;
    Optional<PatientStore.CareSpan> span = patients.careSpan(patient.id());
    boolean archived = patients.isArchived(patient.id());
    span.ifPresent(
        care ->
            visitList.showRetention(
                RecordRetention.keepUntil(
                    patient.dateOfBirth(),
                    LocalDate.ofInstant(care.first(), clock.getZone()),
                    LocalDate.ofInstant(care.last(), clock.getZone())),
                archived));
    String key = archived ? "Patients.unarchive" : "Patients.archive";
    archive.putValue(Action.NAME, Messages.get(key));
    archive.putValue(Action.SHORT_DESCRIPTION, Messages.get(key + ".tooltip"));
  }

  /** Sets the open visit's session time, kind and reason. */
  public Action visitDetailsAction() {
    return visitDetails;
  }

  /** Archives the open patient or brings them back. */
  public Action archiveAction() {
    return archive;
  }

  /** Merges another record of the open patient's person into theirs. */
  public Action mergeAction() {
    return merge;
  }

  /** Lets the merge action make two records one through {@code merges}. */
  public void allowMerging(PatientMerges merges) {
    this.merges = merges;
    updateActions();
  }

  /**
   * Asks which record of the same person to merge into the open patient's and why, confirms, merges
   * and shows the patient again with every visit of both records.
   */
  private void mergeRecords() {
    Patient kept = open;
    Optional<String> author = kept == null || merges == null ? Optional.empty() : author();
    if (author.isEmpty()) {
      return;
    }
    Optional<MergeDialog.Answer> chosen = MergeDialog.ask(window(), patients, kept);
    if (chosen.isEmpty()) {
      return;
    }
    Patient merged = chosen.get().merged();
    int confirmed =
        JOptionPane.showConfirmDialog(
            window(),
            Messages.format("Merge.confirm", merged.name(), finder.describe(merged), kept.name()),
            Messages.get("Merge.confirm.title"),
            JOptionPane.OK_CANCEL_OPTION,
            JOptionPane.WARNING_MESSAGE);
    if (confirmed != JOptionPane.OK_OPTION) {
      return;
    }
    try {
      guarded(() -> merges.merge(merged.id(), kept.id(), chosen.get().reason(), author.get()))
          .ifPresent(
              done -> {
                reload();
                listeners.forEach(l -> l.onPatientEdited(kept));
              });
    } catch (IllegalStateException e) {
      JOptionPane.showMessageDialog(
          window(),
          Messages.format("Merge.refused", e.getMessage()),
          Messages.get("Patients.error.title"),
          JOptionPane.ERROR_MESSAGE);
    }
  }

  /**
   * Where the practitioner recorded as author comes from: the window's current practitioner, who is
   * asked for when none is chosen yet. Until set, the name the database keeps.
   */
  void setAuthor(java.util.function.Supplier<Optional<String>> source) {
    authorSource = source;
  }

  /** The practitioner recorded as author; empty when none is chosen. */
  private Optional<String> author() {
    return authorSource == null ? meta.practitioner() : authorSource.get();
  }

  private boolean isOpen(Patient patient) {
    return open != null && open.id().equals(patient.id());
  }

  private void updateActions() {
    newPatient.setEnabled(!readOnly);
    editPatient.setEnabled(!readOnly && (open != null || finder.selected() != null));
    newVisit.setEnabled(!readOnly && open != null);
    followUp.setEnabled(!readOnly && open != null && visitList.visitCount() > 0);
    visitDetails.setEnabled(!readOnly && open != null && visitList.visitCount() > 0);
    archive.setEnabled(!readOnly && open != null);
    merge.setEnabled(!readOnly && open != null && merges != null);
  }

  private Window window() {
    return SwingUtilities.getWindowAncestor(this);
  }

  /**
   * Runs store work and returns its result; when the database refuses it, tells the user in plain
   * words and returns empty.
   */
  private <T> Optional<T> guarded(Supplier<T> work) {
    try {
      return Optional.ofNullable(work.get());
    } catch (DatabaseException | IllegalArgumentException e) {
      JOptionPane.showMessageDialog(
          window(),
          StorageWords.reading(e, "patients or visits"),
          Messages.get("Patients.error.title"),
          JOptionPane.ERROR_MESSAGE);
      return Optional.empty();
    }
  }

  private static Action action(String key, Runnable run) {
    Action action =
        new AbstractAction(Messages.get(key)) {
          private static final long serialVersionUID = 1L;

          @Override
          public void actionPerformed(ActionEvent e) {
            run.run();
          }
        };
    action.putValue(Action.SHORT_DESCRIPTION, Messages.get(key + ".tooltip"));
    return action;
  }
}
