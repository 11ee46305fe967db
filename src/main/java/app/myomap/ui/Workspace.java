package app.myomap.ui;

import app.myomap.atlas.Atlas;
import app.myomap.edit.ChartEditor;
import app.myomap.edit.NoteTextPrompt;
import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.NotePin;
import app.myomap.model.Patient;
import app.myomap.model.Side;
import app.myomap.model.Visit;
import app.myomap.model.VisitUnlock;
import app.myomap.store.ChartStore;
import app.myomap.store.Database;
import app.myomap.store.DatabaseException;
import app.myomap.store.MetaStore;
import app.myomap.store.PatientStore;
import app.myomap.store.VisitStore;
import java.awt.BorderLayout;
import java.awt.geom.Point2D;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSeparator;

/**
 * Connects the window to the stores: the patient list opens visits, each open visit gets its own
 * editor, inspector and saver, and every completed edit is committed at once.
 */
public final class Workspace {
  private final MainWindow window;
  private final Settings settings;
  private final Clock clock;
  private final MetaStore meta;
  private final ChartStore charts;
  private final VisitStore visits;
  private final PatientsPanel patientsPanel;
  private final VisitHeader header;

  /**
   * The atlas the window shows: the current version, or the one an open old visit was charted on.
   */
  private Atlas atlas;

  private final java.util.Map<String, Atlas> atlases = new java.util.HashMap<>();
  private Session session;
  private Patient pendingPatient;
  private Visit pendingVisit;

  /** An open visit: what it charts with, and the saver that commits its edits. */
  private record Session(
      Patient patient,
      Visit visit,
      ChartEditor editor,
      InspectorPanel inspector,
      ChartSaver saver) {}

  public Workspace(MainWindow window, Database database, Settings settings, Clock clock) {
    this.window = window;
    this.settings = settings;
    this.clock = clock;
    this.meta = new MetaStore(database);
    this.charts = new ChartStore(database);
    PatientStore patients = new PatientStore(database);
    this.visits = new VisitStore(database);
    patientsPanel = new PatientsPanel(patients, visits, meta, clock);
    header = new VisitHeader(clock, this::unlockVisit, patientsPanel.newVisitAction());
    window.setChartHeader(header);
    patientsPanel.addListener(
        new PatientsPanel.Listener() {
          @Override
          public void onPatientOpened(Patient patient) {
            closeSession();
            settings.put(UiSettings.LAST_PATIENT, patient.id());
            settings.put(UiSettings.LAST_VISIT, "");
          }

          @Override
          public void onVisitOpened(Patient patient, Visit visit) {
            openVisit(patient, visit);
          }
        });
    window.setSidePanel(patientsPanel);
    window.addFileActions(patientsPanel.newPatientAction(), patientsPanel.newVisitAction());
    window.beforeClose(this::closeSession);
    window.setChart(null, null);
  }

  public PatientsPanel patientsPanel() {
    return patientsPanel;
  }

  /** The editor of the open visit, if one is open. */
  public Optional<ChartEditor> editor() {
    return Optional.ofNullable(session).map(Session::editor);
  }

  /** Waits until every edit made so far is committed; for a clean exit and for tests. */
  public boolean flush() {
    return session == null || session.saver().flush(30);
  }

  /** Asks for the practitioner's name on the first run, then reopens the last patient and visit. */
  public void start() {
    PractitionerDialog.ensure(window.frame(), meta);
    String patientId = settings.get(UiSettings.LAST_PATIENT);
    if (!patientId.isEmpty()) {
      patientsPanel.reopen(patientId, settings.get(UiSettings.LAST_VISIT));
    }
  }

  /** The atlas has loaded; a visit opened while it loaded is shown now. */
  public void setAtlas(Atlas loaded) {
    atlas = loaded;
    atlases.put(loaded.version(), loaded);
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
    closeSession();
    settings.put(UiSettings.LAST_PATIENT, patient.id());
    settings.put(UiSettings.LAST_VISIT, visit.id());
    if (atlas == null) {
      pendingPatient = patient;
      pendingVisit = visit;
      return;
    }
    if (!showAtlasOf(visit)) {
      return;
    }
    Optional<String> practitioner = PractitionerDialog.ensure(window.frame(), meta);
    if (practitioner.isEmpty()) {
      window.showMessage(Messages.get("Workspace.noPractitioner"));
      return;
    }
    Chart chart = charts.load(visit.id());
    ChartEditor editor =
        new ChartEditor(
            chart,
            atlas.regions(),
            practitioner.get(),
            MusclePicker.chooser(window.canvas(), atlas.muscles(), this::likelySide),
            notePrompt());
    ChartSaver saver =
        new ChartSaver(
            charts,
            visit.id(),
            practitioner.get(),
            error ->
                window.showMessage(Messages.format("StatusBar.saveFailed", error.getMessage())));
    editor.addCommitListener(saver::save);
    editor.addCommitListener(change -> warnAboutZones(editor, change));
    editor.zones().setOwnerChooser(new OwnerDialog(window.frame(), atlas.muscles()));
    editor.zones().setOwnershipPrompt(new OwnershipDialog(window.frame()));
    InspectorPanel inspector =
        new InspectorPanel(editor, atlas.muscles(), atlas.regions(), window.frame());
    // A visit of an earlier day is a record of the past: it opens read-only.
    boolean past = visit.startedBeforeToday(clock);
    editor.setReadOnly(past);
    editor.addRefusalListener(this::refused);
    session = new Session(patient, visit, editor, inspector, saver);
    window.setChart(editor, sidePanel(editor, inspector));
    header.showVisit(patient, visit, past, false);
    window.showMessage(
        Messages.format(
            past ? "Workspace.viewing" : "Workspace.charting",
            patient.name(),
            when(visit),
            visit.practitioner()));
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
    Optional<String> practitioner = PractitionerDialog.ensure(window.frame(), meta);
    Optional<String> reason =
        practitioner.isEmpty()
            ? Optional.empty()
            : UnlockDialog.ask(window.frame(), when(open.visit()));
    if (reason.isEmpty() || open != session) {
      return;
    }
    try {
      visits.recordUnlock(
          new VisitUnlock(open.visit().id(), clock.instant(), practitioner.get(), reason.get()));
    } catch (DatabaseException | IllegalArgumentException e) {
      window.showMessage(Messages.format("StatusBar.saveFailed", e.getMessage()));
      return;
    }
    open.editor().setReadOnly(false);
    header.showVisit(open.patient(), open.visit(), false, true);
    window.showMessage(Messages.format("VisitHeader.unlockedMessage", when(open.visit())));
  }

  /** A change was refused because the visit is read-only: say so where the eye is. */
  private void refused() {
    header.flash();
    window.showMessage(Messages.get("VisitHeader.refused"));
  }

  private String when(Visit visit) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
        .withZone(zone())
        .format(visit.startedAt());
  }

  /** The right side: what the zone tools paint, the inspector, and the legend below them. */
  /**
   * Shows the atlas version the visit was charted on, so its marks stay where they were placed;
   * false (with a message) when this build does not have that version.
   */
  private boolean showAtlasOf(Visit visit) {
    Atlas wanted = atlases.get(visit.atlasVersion());
    if (wanted == null) {
      try {
        wanted = Atlas.load(visit.atlasVersion());
      } catch (app.myomap.atlas.AtlasException e) {
        window.showMessage(Messages.format("Workspace.unknownAtlas", visit.atlasVersion()));
        return false;
      }
      atlases.put(wanted.version(), wanted);
    }
    if (wanted != atlas) {
      atlas = wanted;
      window.setAtlas(wanted);
    }
    return true;
  }

  private JPanel sidePanel(ChartEditor editor, InspectorPanel inspector) {
    JPanel top = new WidthTrackingPanel(new BorderLayout());
    top.add(new ZonePalette(editor), BorderLayout.NORTH);
    top.add(inspector, BorderLayout.CENTER);
    JScrollPane scroll = new JScrollPane(top);
    scroll.setBorder(BorderFactory.createEmptyBorder());
    scroll.getVerticalScrollBar().setUnitIncrement(16);
    JScrollPane legendScroll = legendScroll();
    // The legend scrolls; the inspector above it gets most of the height.
    legendScroll.setPreferredSize(new java.awt.Dimension(280, 260));
    scroll.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
    javax.swing.JSplitPane split =
        new javax.swing.JSplitPane(
            javax.swing.JSplitPane.VERTICAL_SPLIT, true, scroll, legendScroll);
    split.setResizeWeight(0.72);
    // The inspector gets most of the height once the panel has one; the legend scrolls below.
    split.addComponentListener(
        new java.awt.event.ComponentAdapter() {
          @Override
          public void componentResized(java.awt.event.ComponentEvent e) {
            if (split.getHeight() > 0) {
              split.setDividerLocation(0.72);
              split.removeComponentListener(this);
            }
          }
        });
    split.setBorder(BorderFactory.createEmptyBorder());
    JPanel side = new JPanel(new BorderLayout());
    side.add(new JSeparator(JSeparator.VERTICAL), BorderLayout.WEST);
    side.add(split, BorderLayout.CENTER);
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

  /** Tells, without blocking, when a zone just painted crosses the midline or lies outside. */
  private void warnAboutZones(ChartEditor editor, app.myomap.model.ChartChange change) {
    if (atlas == null) {
      return;
    }
    java.util.Set<app.myomap.model.MarkId> changed = new java.util.HashSet<>();
    change.upserted().forEach(m -> changed.add(m.id()));
    BodyView view = editor.view();
    var atlasView = atlas.view(view);
    app.myomap.edit.ZoneWarnings.of(
            editor.chart(), view, atlasView.viewBox().getCenterX(), atlasView.silhouette())
        .stream()
        .filter(w -> changed.contains(w.zone()))
        .filter(
            w ->
                w.reason() != app.myomap.edit.ZoneWarning.Reason.CROSSES_MIDLINE
                    || view == BodyView.ANTERIOR
                    || view == BodyView.POSTERIOR)
        .findFirst()
        .ifPresent(w -> window.showMessage(Messages.get(w.reason().key())));
  }

  private void closeSession() {
    if (session != null) {
      // Text still being typed in the inspector is committed before the saver stops.
      session.inspector().detach();
      session.saver().close();
      session = null;
      header.showNone();
      window.setChart(null, atlas == null ? null : legendPanel());
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
    };
  }

  private NoteTextPrompt notePrompt() {
    return (view, point) -> {
      Object answer =
          JOptionPane.showInputDialog(
              window.frame(),
              Messages.get("NotePrompt.message"),
              Messages.get("NotePrompt.title"),
              JOptionPane.PLAIN_MESSAGE);
      if (answer == null || answer.toString().isBlank()) {
        return Optional.empty();
      }
      String text = answer.toString().strip();
      return Optional.of(
          text.length() > NotePin.MAX_TEXT_LENGTH
              ? text.substring(0, NotePin.MAX_TEXT_LENGTH)
              : text);
    };
  }
}
