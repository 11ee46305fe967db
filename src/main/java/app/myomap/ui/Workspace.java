package app.myomap.ui;

import app.myomap.atlas.Atlas;
import app.myomap.atlas.SafetyTable;
import app.myomap.edit.ChartEditor;
import app.myomap.edit.NoteTextPrompt;
import app.myomap.edit.OwnerCandidates;
import app.myomap.edit.ZoneChecks;
import app.myomap.model.AuditAction;
import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.MedicalAlert;
import app.myomap.model.NotePin;
import app.myomap.model.Patient;
import app.myomap.model.PatientDetails;
import app.myomap.model.Side;
import app.myomap.model.Visit;
import app.myomap.model.VisitUnlock;
import app.myomap.model.record.SigningState;
import app.myomap.session.AuditRows;
import app.myomap.session.AuditTrail;
import app.myomap.session.ClinicalRecord;
import app.myomap.session.CommitQueue;
import app.myomap.session.FollowUpVisits;
import app.myomap.session.RecordChecks;
import app.myomap.session.UnsavedEdits;
import app.myomap.session.VisitRecords;
import app.myomap.store.ChartStore;
import app.myomap.store.Database;
import app.myomap.store.DatabaseException;
import app.myomap.store.MetaStore;
import app.myomap.store.PatientMergeStore;
import app.myomap.store.PatientStore;
import app.myomap.store.PractitionerStore;
import app.myomap.store.VisitStore;
import java.awt.BorderLayout;
import java.awt.geom.Point2D;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.BorderFactory;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSeparator;
import javax.swing.SwingUtilities;

/**
 * Connects the window to the stores: the patient list opens visits, each open visit gets its own
 * editor, inspector and saver, and every completed edit is committed at once.
 */
public final class Workspace {
  private static final Logger LOG = Logger.getLogger(Workspace.class.getName());
  private final MainWindow window;
  private final Settings settings;
  private final Clock clock;
  private final MetaStore meta;
  private final ChartStore charts;
  private final VisitStore visits;
  private final SaveProblemBanner saveBanner;
  private final UnsavedEditsPrompts unsavedPrompts;
  private final RecordIntegrity records;
  private final AuditTrail audit;

  /** The needling-safety table every muscle's risk is read from. */
  private final SafetyTable safety = SafetyTable.load(SafetyTable.CURRENT_VERSION);

  /** Whether the database file can only be read: every chart is shown, none can be changed. */
  private final boolean readOnlyDatabase;

  private final PatientsPanel patientsPanel;
  private final VisitHeader header;
  private final BackupActions backups;
  private final VisitRecords visitRecords;
  private final RecordActions recordActions;
  private final PractitionerActions practitioner;

  /** The open patient's alerts, in the strip above the chart's and the record's tabs. */
  private final AlertsBanner alerts = new AlertsBanner("alertsBanner");

  /** The patient whose alerts show, kept current when their details are edited. */
  private Patient alertsOf;

  /**
   * The atlas the window shows: the current version, or the one an open old visit was charted on.
   */
  private Atlas atlas;

  private Session session;

  /** Counts visits opened and closed, so a chart read in the background is shown only if wanted. */
  private int openRequests;

  /** What runs once the visit being opened is shown (or could not be), if anything. */
  private Runnable afterOpen;

  private Patient pendingPatient;

  private Visit pendingVisit;

  /** An open visit: what it charts with, and the saver that commits its edits. */
  private record Session(
      Patient patient,
      Visit visit,
      ChartEditor editor,
      InspectorPanel inspector,
      CommitQueue queue,
      ZoneStatusLine zoneStatus,
      VisitMetricsLine metrics) {}

  /** How long after a failed save MyoMap tries again by itself (10 s unless set otherwise). */
  private static Duration retryAfter() {
    return Duration.ofSeconds(Long.getLong("myomap.saveRetrySeconds", 10));
  }

  /**
   * Connects {@code window} to {@code database}, whose records {@code checks} has checked at open
   * (the whole check follows in the background from {@link #start}).
   */
  public Workspace(
      MainWindow window, Database database, RecordChecks checks, Settings settings, Clock clock) {
    this.window = window;
    this.settings = settings;
    this.clock = clock;
    this.unsavedPrompts = new UnsavedEditsPrompts(window, clock);
    this.meta = new MetaStore(database);
    this.charts = new ChartStore(database);
    PatientStore patients = new PatientStore(database);
    this.visits = new VisitStore(database);
    this.audit =
        AuditTrail.inBackground(
            database,
            clock,
            () -> meta.practitioner().orElse(Messages.get("ReadOnlyDatabase.viewer")));
    patientsPanel =
        new PatientsPanel(
            patients,
            new PatientMergeStore(database, clock),
            visits,
            new FollowUpVisits(visits, charts, clock),
            meta,
            clock);
    header =
        new VisitHeader(
            clock,
            this::unlockVisit,
            patientsPanel.newVisitAction(),
            patientsPanel.followUpAction());
    window.setChartHeader(header);
    patientsPanel.addListener(
        new PatientsPanel.Listener() {
          @Override
          public void onPatientOpened(Patient patient) {
            if (!closeSession()) {
              return;
            }
            settings.put(UiSettings.LAST_PATIENT, patient.id());
            settings.put(UiSettings.LAST_VISIT, "");
          }

          @Override
          public void onVisitOpened(Patient patient, Visit visit) {
            openVisit(patient, visit);
          }

          @Override
          public void onPatientEdited(Patient patient) {
            if (alertsOf != null && alertsOf.id().equals(patient.id())) {
              showAlerts(patient);
            }
          }
        });
    window.setSidePanel(patientsPanel);
    window.addFileActions(
        patientsPanel.newPatientAction(),
        patientsPanel.newVisitAction(),
        patientsPanel.followUpAction(),
        importUnsavedEditsAction(),
        patientsPanel.visitDetailsAction(),
        patientsPanel.archiveAction(),
        patientsPanel.mergeAction());
    patientsPanel.allowMerging(new app.myomap.session.PatientMerges(database, clock));
    window.addBanner(alerts);
    saveBanner = new SaveProblemBanner(this::retrySaving, this::saveUnsavedEditsElsewhere);
    window.addBanner(saveBanner);
    readOnlyDatabase = database.isReadOnly();
    if (readOnlyDatabase) {
      patientsPanel.setReadOnly(true);
      window.addBanner(readOnlyDatabaseBanner());
    }
    records = new RecordIntegrity(window, checks, audit, this::showAlteredChart);
    window.addBanner(records.banner());
    window.addToolsAction(records.verifyAction(), "menu.tools.verify");
    AuditRows auditRows = new AuditRows(database);
    window.addToolsAction(
        auditLogAction(
            () -> AuditLogDialog.show(window.frame(), audit, auditRows, settings, zone())),
        "menu.tools.auditLog");
    window.beforeClose(this::closeSession);
    window.onImageCopied(
        view ->
            currentVisit()
                .ifPresent(
                    open ->
                        audit.note(
                            AuditAction.IMAGE_COPIED,
                            open.patient().id(),
                            open.visit().id(),
                            view.id())));
    window.setChart(null, null);
    visitRecords = new VisitRecords(database, visitId -> records.isAltered(visitId));
    ExportActions exports =
        new ExportActions(
            window, visitRecords, audit, settings, clock, this::currentVisit, this::flush);
    window.addFileGroup(exports.actions().toArray(javax.swing.Action[]::new));
    CompareActions compare =
        new CompareActions(
            window, visitRecords, settings, clock, patientsPanel::openPatient, this::openAtPoint);
    window.addViewAction(compare.action(patientsPanel::openVisit), "menu.view.compare");
    patientsPanel.onCompare(visit -> compare.open(Optional.of(visit)));
    backups =
        new BackupActions(
            window, database, audit, settings, clock, this::closeSession, this::reloadThen);
    recordActions = new RecordActions(window, database, settings, clock, safety);
    practitioner =
        new PractitionerActions(
            window,
            new PractitionerStore(database, clock),
            meta,
            settings,
            readOnlyDatabase,
            this::practitionerChosen);
    patientsPanel.setAuthor(practitioner::ensure);
  }

  /**
   * The medical alerts of the patient whose visit is open, to tick in the screening; empty when no
   * visit is open.
   */
  public Set<MedicalAlert> openPatientAlerts() {
    return alertsOf == null ? Set.of() : alertsOf.details().alerts();
  }

  /** Shows {@code patient}'s alerts above the chart and the record, or hides them when null. */
  private void showAlerts(Patient patient) {
    alertsOf = patient;
    alerts.show(patient == null ? PatientDetails.NONE : patient.details());
  }

  /** A practitioner was chosen: an open visit is opened again, so that its new edits name them. */
  private void practitionerChosen(app.myomap.model.Practitioner chosen) {
    Session open = session;
    if (open != null) {
      openVisit(open.patient(), open.visit());
    }
    window.showMessage(Messages.format("Workspace.practitioner", chosen.name()));
  }

  /**
   * Opens {@code visitId} of {@code patient} in the window with the trigger point {@code markId}
   * selected on its view, as a click in the timeline asks.
   */
  private void openAtPoint(Patient patient, String visitId, app.myomap.model.MarkId markId) {
    afterOpening(
        () -> patientsPanel.reopen(patient.id(), visitId),
        () ->
            editor()
                .filter(editor -> editor.chart().contains(markId))
                .ifPresent(
                    editor -> {
                      window.switchView(editor.chart().get(markId).view());
                      editor.select(List.of(markId));
                      window.frame().toFront();
                    }));
  }

  /** Starts the daily backup while MyoMap is open (one now when the newest is a day old). */
  public void startBackups() {
    backups.startSchedule();
  }

  /**
   * Makes the backup at close: after the window closed the visit (every edit saved), before the
   * database is closed; then writes the audit log's last rows.
   */
  public void backUpAtClose() {
    backups.backUpAtClose();
    // The last rows (this backup's among them) are written before the database closes.
    audit.close();
  }

  /** The folder backups go into now. */
  public java.nio.file.Path backupFolder() {
    return backups.folder();
  }

  public PatientsPanel patientsPanel() {
    return patientsPanel;
  }

  /** The editor of the open visit, if one is open. */
  public Optional<ChartEditor> editor() {
    return Optional.ofNullable(session).map(Session::editor);
  }

  /** The patient and visit being charted, if one is open. */
  private Optional<ExportActions.Current> currentVisit() {
    return Optional.ofNullable(session)
        .map(open -> new ExportActions.Current(open.patient(), open.visit()));
  }

  /** The id of the visit being charted, if one is open. */
  public Optional<String> openVisitId() {
    return Optional.ofNullable(session).map(open -> open.visit().id());
  }

  /** Tools › Audit Log…. */
  private static javax.swing.Action auditLogAction(Runnable open) {
    javax.swing.Action action =
        new javax.swing.AbstractAction(Messages.get("Audit.menu")) {
          private static final long serialVersionUID = 1L;

          @Override
          public void actionPerformed(java.awt.event.ActionEvent e) {
            open.run();
          }
        };
    action.putValue(javax.swing.Action.SHORT_DESCRIPTION, Messages.get("Audit.menu.tooltip"));
    action.putValue(javax.swing.Action.MNEMONIC_KEY, java.awt.event.KeyEvent.VK_L);
    return action;
  }

  /** Waits until every edit made so far is committed; for a clean exit and for tests. */
  public boolean flush() {
    return session == null || session.queue().flush(Duration.ofSeconds(30));
  }

  /** Settles who is charting (asking when it must), then reopens the last patient and visit. */
  public void start() {
    records.checkInBackground();
    practitioner.start();
    String patientId = settings.get(UiSettings.LAST_PATIENT);
    if (!patientId.isEmpty()) {
      patientsPanel.reopen(patientId, settings.get(UiSettings.LAST_VISIT));
    }
  }

  /** The atlas has loaded; a visit opened while it loaded is shown now. */
  public void setAtlas(Atlas loaded) {
    atlas = loaded;
    visitRecords.remember(loaded);
    if (session == null) {
      window.setChart(null, legendPanel());
    }
    if (pendingVisit != null) {
      Patient patient = pendingPatient;
      Visit visit = pendingVisit;
      pendingPatient = null;
      pendingVisit = null;
      openVisit(patient, visit);
    }
  }

  private void openVisit(Patient patient, Visit visit) {
    if (!closeSession()) {
      return;
    }
    settings.put(UiSettings.LAST_PATIENT, patient.id());
    settings.put(UiSettings.LAST_VISIT, visit.id());
    if (atlas == null) {
      pendingPatient = patient;
      pendingVisit = visit;
      return;
    }
    if (!showAtlasOf(visit)) {
      runAfterOpen();
      return;
    }
    Optional<String> charting =
        readOnlyDatabase
            ? Optional.of(meta.practitioner().orElse(Messages.get("ReadOnlyDatabase.viewer")))
            : practitioner.ensure();
    if (charting.isEmpty()) {
      window.showMessage(Messages.get("Workspace.noPractitioner"));
      runAfterOpen();
      return;
    }
    // The chart is read off the event thread, so a long history never freezes the window; a visit
    // opened meanwhile, or a closed one, makes this reading moot.
    int request = ++openRequests;
    String author = charting.get();
    ClinicalRecord clinical = recordActions.recordOf(visit.id());
    new javax.swing.SwingWorker<OpenedChart, Void>() {
      @Override
      protected OpenedChart doInBackground() {
        return new OpenedChart(charts.load(visit.id()), clinical, clinical.read());
      }

      @Override
      protected void done() {
        if (request != openRequests) {
          return;
        }
        try {
          showChart(patient, visit, get(), author);
          audit.note(AuditAction.CHART_OPENED, patient.id(), visit.id(), "");
          runAfterOpen();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
          if (!(e.getCause() instanceof DatabaseException unreadable)) {
            throw new IllegalStateException(
                "Opening visit " + visit.id() + " failed", e.getCause());
          }
          // Never an empty chart in place of one that cannot be read.
          String words = StorageWords.reading(unreadable, "the chart of visit " + visit.id());
          window.showMessage(words);
          JOptionPane.showMessageDialog(
              window.frame(),
              Messages.format("Workspace.unreadable", when(visit), words),
              Messages.get("Workspace.unreadableTitle"),
              JOptionPane.ERROR_MESSAGE);
          runAfterOpen();
        }
      }
    }.execute();
  }

  private void runAfterOpen() {
    Runnable then = afterOpen;
    afterOpen = null;
    if (then != null) {
      then.run();
    }
  }

  /**
   * Shows the patients again (after a restore put another file in place) and reopens the visit that
   * was open; {@code then} runs once it is shown, so a message it shows is not replaced by the
   * visit's own.
   */
  private void reloadThen(Runnable then) {
    afterOpening(patientsPanel::reload, then);
  }

  /** Runs {@code opening}, then {@code then} once the visit it opens is shown (at once if none). */
  private void afterOpening(Runnable opening, Runnable then) {
    int before = openRequests;
    opening.run();
    if (openRequests != before && session == null) {
      afterOpen = then;
    } else {
      then.run();
    }
  }

  /**
   * Shows {@code chart} of {@code visit}, read for {@link #openVisit}, for charting by {@code
   * practitioner}.
   */
  /** A visit's chart and clinical record, read together off the event thread. */
  private record OpenedChart(Chart chart, ClinicalRecord clinical, ClinicalRecord.State record) {}

  private void showChart(Patient patient, Visit visit, OpenedChart opened, String practitioner) {
    Chart chart = opened.chart();
    ChartEditor editor =
        new ChartEditor(
            chart,
            atlas.regions(),
            practitioner,
            MusclePicker.chooser(window.canvas(), atlas.muscles(), safety, this::likelySide),
            notePrompt());
    CommitQueue[] queued = new CommitQueue[1];
    CommitQueue queue =
        new CommitQueue(
            charts,
            visit.id(),
            practitioner,
            chart,
            retryAfter(),
            status -> SwingUtilities.invokeLater(() -> saveStatusChanged(queued[0])));
    queued[0] = queue;
    editor.addCommitListener(queue::submit);
    Atlas charted = atlas;
    OwnerText ownerText =
        new OwnerText(
            charted.muscles(), new OwnerCandidates(charted.regions(), charted.landmarks()));
    editor.zones().setOwnerChooser(new OwnerDialog(window.frame(), ownerText));
    ZoneChecks checks =
        new ZoneChecks(
            editor, v -> charted.view(v).silhouette(), v -> charted.view(v).viewBox().getCenterX());
    editor.zones().setOwnershipPrompt(new OwnershipDialog(window.frame()));
    InspectorPanel inspector =
        new InspectorPanel(editor, atlas.muscles(), safety, atlas.regions(), window.frame());
    inspector.setNeedlingGuard(recordActions::clearToNeedle);
    // A visit of an earlier day is a record of the past: it opens read-only.
    boolean past = visit.startedBeforeToday(clock);
    // A chart that no longer matches its recorded history is never edited further.
    boolean altered = records.isAltered(visit.id());
    editor.setReadOnly(lockedBy(opened.record().signing(), past) || readOnlyDatabase || altered);
    editor.addRefusalListener(this::refused);
    window.setChart(editor, sidePanel(editor, inspector, new ZoneOwnerPanel(editor, ownerText)));
    session =
        new Session(
            patient,
            visit,
            editor,
            inspector,
            queue,
            new ZoneStatusLine(window, editor, checks, ownerText),
            new VisitMetricsLine(window, editor, charted));
    recordActions.open(
        opened.clinical(),
        opened.record(),
        editor,
        queue,
        practitioner,
        charted.muscles(),
        signing -> signingChanged(editor, signing));
    // The patient's medical alerts tick their screening items, where none is answered yet.
    recordActions.preTickScreening(
        patient.details().alerts().stream()
            .map(MedicalAlert::id)
            .collect(java.util.stream.Collectors.toSet()));
    if (altered) {
      header.showAltered(patient, visit);
    } else {
      header.showVisit(patient, visit, past && !opened.record().signing().signed(), false);
      header.showUnlocks(unlocksOf(visit));
      header.showSigning(opened.record().signing(), readOnlyDatabase);
    }
    showAlerts(patient);
    window.showMessage(
        Messages.format(
            past ? "Workspace.viewing" : "Workspace.charting",
            patient.name(),
            when(visit),
            visit.practitioner()));
  }

  /**
   * Whether signing keeps a visit from being charted: a signed visit only through an open addendum;
   * an unsigned one of an earlier day until it is made editable.
   */
  private static boolean lockedBy(SigningState signing, boolean past) {
    return signing.signed() ? !signing.editable() : past;
  }

  /**
   * A signature locks the chart; an addendum opens it again, unless it is read-only otherwise. A
   * signature is never taken back, so the visit is signed from here on.
   */
  private void signingChanged(ChartEditor editor, SigningState signing) {
    if (session == null || session.editor() != editor) {
      return;
    }
    boolean otherwise = readOnlyDatabase || records.isAltered(session.visit().id());
    editor.setReadOnly(otherwise || !signing.editable());
    if (!records.isAltered(session.visit().id())) {
      header.showSigning(signing, otherwise);
    }
    window.showMessage(
        Messages.get(signing.editable() ? "Workspace.addendumOpen" : "Workspace.visitSigned"));
  }

  /**
   * Makes the open past visit editable for as long as it stays open ("Edit this visit…"), once the
   * practitioner gave a reason, which is kept in the visit's history.
   */
  private void unlockVisit() {
    Session open = session;
    if (open == null || !open.editor().isReadOnly()) {
      return;
    }
    if (records.isAltered(open.visit().id())) {
      window.showMessage(Messages.get("Records.alteredRefused"));
      return;
    }
    if (recordActions.signed()) {
      window.showMessage(Messages.get("Workspace.signedNotUnlocked"));
      return;
    }
    if (readOnlyDatabase) {
      window.showMessage(Messages.get("ReadOnlyDatabase.refused"));
      return;
    }
    Optional<String> author = practitioner.ensure();
    Optional<String> reason =
        author.isEmpty() ? Optional.empty() : UnlockDialog.ask(window.frame(), when(open.visit()));
    if (reason.isEmpty() || open != session) {
      return;
    }
    try {
      visits.recordUnlock(
          new VisitUnlock(open.visit().id(), clock.instant(), author.get(), reason.get()));
    } catch (DatabaseException | IllegalArgumentException e) {
      window.showMessage(Messages.format("VisitHeader.unlockNotSaved", problemWords(e)));
      return;
    }
    open.editor().setReadOnly(false);
    patientsPanel.visitUnlocked(open.visit().id());
    header.showVisit(open.patient(), open.visit(), false, true);
    header.showUnlocks(unlocksOf(open.visit()));
    // Only an unsigned visit is made editable this way.
    header.showSigning(SigningState.unsigned(), false);
    window.showMessage(Messages.format("VisitHeader.unlockedMessage", when(open.visit())));
  }

  /** A change was refused because the visit is read-only: say so where the eye is. */
  private void refused() {
    header.flash();
    String words;
    if (session != null && records.isAltered(session.visit().id())) {
      words = "Records.alteredRefused";
    } else {
      words = readOnlyDatabase ? "ReadOnlyDatabase.refused" : "VisitHeader.refused";
    }
    window.showMessage(Messages.get(words));
  }

  /** When a visit was made editable after its day; none when that cannot be read now. */
  private List<VisitUnlock> unlocksOf(Visit visit) {
    try {
      return visits.unlocks(visit.id());
    } catch (DatabaseException e) {
      LOG.log(Level.WARNING, "Could not read the unlocks of visit " + visit.id(), e);
      return List.of();
    }
  }

  /** A check found records changed: the open chart, if among them, turns read-only at once. */
  private void showAlteredChart() {
    Session open = session;
    if (open != null && records.isAltered(open.visit().id())) {
      open.editor().setReadOnly(true);
      header.showAltered(open.patient(), open.visit());
    }
  }

  /** The strip above the chart that says, for the whole session, that nothing can be changed. */
  private static JPanel readOnlyDatabaseBanner() {
    JPanel banner = new JPanel(new BorderLayout());
    banner.setName("readOnlyDatabaseBanner");
    javax.swing.JLabel text = new javax.swing.JLabel(Messages.get("ReadOnlyDatabase.banner"));
    text.setName("readOnlyDatabaseBanner.text");
    banner.add(text, BorderLayout.CENTER);
    banner.setBorder(BorderFactory.createEmptyBorder(6, 10, 6, 10));
    java.awt.Color background = javax.swing.UIManager.getColor("MyoMap.readOnlyBanner.background");
    if (background != null) {
      banner.setBackground(background);
    }
    return banner;
  }

  private String when(Visit visit) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
        .withZone(zone())
        .format(visit.startedAt());
  }

  /**
   * Shows the atlas version the visit was charted on, so its marks stay where they were placed;
   * false (with a message) when this build does not have that version.
   */
  private boolean showAtlasOf(Visit visit) {
    Atlas wanted;
    try {
      wanted = visitRecords.atlas(visit.atlasVersion());
    } catch (app.myomap.atlas.AtlasException e) {
      window.showMessage(Messages.format("Workspace.unknownAtlas", visit.atlasVersion()));
      return false;
    }
    if (wanted != atlas) {
      atlas = wanted;
      window.setAtlas(wanted);
    }
    return true;
  }

  /** The right side: what the zone tools paint, the inspector, and the foldable legend below. */
  private JPanel sidePanel(
      ChartEditor editor, InspectorPanel inspector, ZoneOwnerPanel ownerPanel) {
    JPanel top = new WidthTrackingPanel(new BorderLayout());
    JPanel zones = new JPanel(new BorderLayout());
    zones.add(new ZonePalette(editor), BorderLayout.NORTH);
    zones.add(ownerPanel, BorderLayout.SOUTH);
    top.add(zones, BorderLayout.NORTH);
    top.add(inspector, BorderLayout.CENTER);
    JScrollPane scroll = new JScrollPane(top);
    scroll.setBorder(BorderFactory.createEmptyBorder());
    scroll.getVerticalScrollBar().setUnitIncrement(16);
    scroll.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
    JPanel side = new JPanel(new BorderLayout());
    side.add(new JSeparator(JSeparator.VERTICAL), BorderLayout.WEST);
    side.add(scroll, BorderLayout.CENTER);
    side.add(new CollapsibleLegend(legendScroll(), settings), BorderLayout.SOUTH);
    return side;
  }

  /** The legend alone, shown while no visit is open: every symbol stays explained. */
  private JPanel legendPanel() {
    JPanel side = new JPanel(new BorderLayout());
    side.add(new JSeparator(JSeparator.VERTICAL), BorderLayout.WEST);
    side.add(legendScroll(), BorderLayout.CENTER);
    return side;
  }

  private JScrollPane legendScroll() {
    LegendPanel legend = new LegendPanel(window.canvas().renderer(), atlas.muscles());
    JScrollPane scroll = new JScrollPane(legend);
    scroll.setBorder(BorderFactory.createEmptyBorder());
    scroll.getVerticalScrollBar().setUnitIncrement(16);
    return scroll;
  }

  /**
   * Closes the open visit once its edits are saved. Edits that cannot be saved are never dropped
   * silently: the practitioner saves them to a file, loses them knowingly, or stays (false).
   */
  private boolean closeSession() {
    openRequests++;
    if (session == null) {
      return true;
    }
    // Text still being typed in the inspector is committed before the queue stops.
    session.inspector().commitTyping();
    recordActions.close();
    CommitQueue queue = session.queue();
    if (!queue.flush(Duration.ofSeconds(10))) {
      CommitQueue.Status status = queue.status();
      if (status.unsaved() > 0
          && !unsavedPrompts.resolveAtClose(status, session.patient(), session.visit(), queue)) {
        return false;
      }
    }
    session.inspector().detach();
    session.zoneStatus().detach();
    session.metrics().detach();
    queue.close(Duration.ofSeconds(1));
    session = null;
    showAlerts(null);
    saveBanner.show(new CommitQueue.Status(CommitQueue.State.SAVED, null, 0, Set.of()));
    window.canvas().setUnsavedMarks(Set.of());
    header.showNone();
    window.setChart(null, atlas == null ? null : legendPanel());
    return true;
  }

  private void saveStatusChanged(CommitQueue queue) {
    if (session == null || session.queue() != queue) {
      return;
    }
    // Read again now: notifications from the queue's thread and this one may cross.
    CommitQueue.Status status = queue.status();
    boolean wasFailing = saveBanner.isVisible();
    saveBanner.show(status);
    boolean failed = status.state() == CommitQueue.State.FAILED;
    window.canvas().setUnsavedMarks(failed ? status.unsavedMarks() : Set.of());
    if (failed) {
      window.showMessage(
          Messages.format(
              "SaveProblem.status", Messages.format("SaveProblem.count", status.unsaved())));
    } else if (wasFailing && status.state() == CommitQueue.State.SAVED) {
      window.showMessage(Messages.get("SaveProblem.recovered"));
    }
  }

  /** A storage failure in plain words. */
  private static String problemWords(RuntimeException e) {
    app.myomap.store.StorageProblem problem =
        e instanceof DatabaseException failure
            ? failure.problem()
            : app.myomap.store.StorageProblem.OTHER;
    return Messages.get("SaveProblem." + problem.name());
  }

  private void retrySaving() {
    if (session != null) {
      session.queue().retry();
    }
  }

  /** Writes the edits that could not be saved to a new file the practitioner chooses. */
  private boolean saveUnsavedEditsElsewhere() {
    return session != null
        && unsavedPrompts.saveElsewhere(session.patient(), session.visit(), session.queue());
  }

  private javax.swing.Action importUnsavedEditsAction() {
    javax.swing.Action action =
        new javax.swing.AbstractAction(Messages.get("UnsavedEdits.import")) {
          private static final long serialVersionUID = 1L;

          @Override
          public void actionPerformed(java.awt.event.ActionEvent e) {
            importUnsavedEdits();
          }
        };
    action.putValue(
        javax.swing.Action.SHORT_DESCRIPTION, Messages.get("UnsavedEdits.import.tooltip"));
    return action;
  }

  /** File › Import Unsaved Edits: brings edits saved to a file back into their visit, in order. */
  private void importUnsavedEdits() {
    Optional<UnsavedEditsPrompts.Chosen> chosen = unsavedPrompts.chooseImport();
    if (chosen.isEmpty() || !closeSession()) {
      return;
    }
    UnsavedEdits.Contents contents = chosen.get().contents();
    try {
      int count = UnsavedEdits.importInto(contents, visits, charts);
      afterOpening(
          () -> patientsPanel.reopen(contents.patient().id(), contents.visit().id()),
          () ->
              window.showMessage(
                  Messages.format("UnsavedEdits.imported", count, contents.patient().name())));
    } catch (UnsavedEdits.ImportRefused e) {
      unsavedPrompts.importRefused(e);
    } catch (RuntimeException e) {
      unsavedPrompts.importFailed(chosen.get().file(), e);
    }
  }

  private ZoneId zone() {
    return clock.getZone();
  }

  /** The side a point most likely belongs to, preselected in the muscle picker. */
  private Side likelySide(BodyView view, Point2D point) {
    double midline = atlas.view(view).viewBox().getCenterX();
    return switch (view) {
      case ANTERIOR -> point.getX() < midline ? Side.RIGHT : Side.LEFT;
      case POSTERIOR -> point.getX() > midline ? Side.RIGHT : Side.LEFT;
      case LATERAL_LEFT, HEAD_LEFT -> Side.LEFT;
      case LATERAL_RIGHT, HEAD_RIGHT -> Side.RIGHT;
      // Hand and foot show both sides in panels the drawing lays out: trust the region there.
      case HAND, FOOT ->
          atlas.regions().at(view, point).stream()
              .findFirst()
              .map(app.myomap.atlas.MuscleRegion::side)
              .orElse(point.getX() < midline ? Side.RIGHT : Side.LEFT);
    };
  }

  private NoteTextPrompt notePrompt() {
    return (view, point) -> {
      javax.swing.JTextField field = new javax.swing.JTextField(30);
      field.setName("notePin.text");
      JPanel panel = new JPanel(new java.awt.GridLayout(0, 1, 0, 4));
      panel.add(new javax.swing.JLabel(Messages.get("NotePrompt.message")));
      panel.add(field);
      panel.add(TextLimit.install(field, NotePin.MAX_TEXT_LENGTH, "notePin.count"));
      JOptionPane pane =
          new JOptionPane(panel, JOptionPane.PLAIN_MESSAGE, JOptionPane.OK_CANCEL_OPTION);
      javax.swing.JDialog dialog =
          pane.createDialog(window.frame(), Messages.get("NotePrompt.title"));
      dialog.setName("notePinDialog");
      // The text is typed at once: the field, not the OK button, takes the focus.
      dialog.addWindowFocusListener(
          new java.awt.event.WindowAdapter() {
            @Override
            public void windowGainedFocus(java.awt.event.WindowEvent e) {
              field.requestFocusInWindow();
            }
          });
      field.addActionListener(e -> pane.setValue(JOptionPane.OK_OPTION));
      dialog.setVisible(true);
      dialog.dispose();
      Object answer = pane.getValue();
      String text = field.getText().strip();
      return !Integer.valueOf(JOptionPane.OK_OPTION).equals(answer) || text.isEmpty()
          ? Optional.empty()
          : Optional.of(text);
    };
  }
}
