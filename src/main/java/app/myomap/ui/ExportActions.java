package app.myomap.ui;

import app.myomap.compare.VisitComparer;
import app.myomap.export.BatchExport;
import app.myomap.export.ExportChoice;
import app.myomap.export.ExportFiles;
import app.myomap.export.ExportFormat;
import app.myomap.export.ExportNames;
import app.myomap.export.ExportPlan;
import app.myomap.export.Paper;
import app.myomap.export.PatientRecordReport;
import app.myomap.export.PdfReport;
import app.myomap.export.ReportSettings;
import app.myomap.export.WriteProblem;
import app.myomap.model.BodyView;
import app.myomap.model.Patient;
import app.myomap.model.Visit;
import app.myomap.session.AuditTrail;
import app.myomap.session.ComparedVisits;
import app.myomap.session.OpenedVisit;
import app.myomap.session.VisitRecords;
import java.awt.Toolkit;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JOptionPane;
import javax.swing.KeyStroke;
import javax.swing.SwingWorker;

/**
 * File › Export…, Export All Visits… and Print…: the open visit (or all its patient's visits) read
 * from the database as last saved, written in the background through the same exporter as {@code
 * myomap export}, with progress and Cancel for many files, and never over a file without asking.
 */
final class ExportActions {
  private static final Logger LOG = Logger.getLogger(ExportActions.class.getName());
  private static final int SHORTCUT = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();

  /** The visit open in the window. */
  record Current(Patient patient, Visit visit) {}

  /** The open visit as read for an export, and how many visits its patient has. */
  private record Loaded(OpenedVisit visit, int visitCount) {}

  private final MainWindow window;
  private final VisitRecords records;
  private final AuditTrail audit;
  private final Settings settings;
  private final Clock clock;
  private final Supplier<Optional<Current>> current;
  private final BooleanSupplier flush;
  private final Action export;
  private final Action exportAll;
  private final Action print;
  private final Action patientRecord;

  ExportActions(
      MainWindow window,
      VisitRecords records,
      AuditTrail audit,
      Settings settings,
      Clock clock,
      Supplier<Optional<Current>> current,
      BooleanSupplier flush) {
    this.window = window;
    this.records = records;
    this.audit = audit;
    this.settings = settings;
    this.clock = clock;
    this.current = current;
    this.flush = flush;
    export =
        action(
            "menu.file.export",
            KeyStroke.getKeyStroke(KeyEvent.VK_E, SHORTCUT),
            () -> exportVisits(false));
    export.putValue(Action.SHORT_DESCRIPTION, Messages.get("menu.file.export.tooltip"));
    exportAll = action("menu.file.exportAll", null, () -> exportVisits(true));
    print = action("menu.file.print", KeyStroke.getKeyStroke(KeyEvent.VK_P, SHORTCUT), this::print);
    print.putValue(Action.SHORT_DESCRIPTION, Messages.get("menu.file.print.tooltip"));
    patientRecord = action("menu.file.patientRecord", null, this::patientRecord);
    patientRecord.putValue(
        Action.SHORT_DESCRIPTION, Messages.get("menu.file.patientRecord.tooltip"));
  }

  /** The actions for the File menu, in order. */
  List<Action> actions() {
    return List.of(export, exportAll, patientRecord, print);
  }

  private static Action action(String key, KeyStroke keys, Runnable run) {
    Action a =
        new AbstractAction(Messages.get(key)) {
          private static final long serialVersionUID = 1L;

          @Override
          public void actionPerformed(ActionEvent e) {
            run.run();
          }
        };
    a.putValue(Action.ACTION_COMMAND_KEY, key);
    if (keys != null) {
      a.putValue(Action.ACCELERATOR_KEY, keys);
    }
    return a;
  }

  private ZoneId zone() {
    return clock.getZone();
  }

  private String generator() {
    return "MyoMap " + window.info().version();
  }

  /**
   * Waits for every edit to be saved, then reads the open visit in the background and hands it to
   * {@code then} on the event thread.
   */
  private void withOpenVisit(java.util.function.Consumer<Loaded> then) {
    Optional<Current> open = current.get();
    if (open.isEmpty()) {
      window.showMessage(Messages.get("Export.noVisit"));
      return;
    }
    if (!flush.getAsBoolean()) {
      window.showMessage(Messages.get("Export.unsaved"));
    }
    Current visit = open.get();
    new SwingWorker<Loaded, Void>() {
      @Override
      protected Loaded doInBackground() {
        return new Loaded(
            records.open(visit.patient(), visit.visit()), records.visits(visit.patient()).size());
      }

      @Override
      protected void done() {
        try {
          then.accept(get());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
          failed(e.getCause());
        }
      }
    }.execute();
  }

  private void exportVisits(boolean all) {
    withOpenVisit(loaded -> choose(loaded, all));
  }

  private void choose(Loaded loaded, boolean all) {
    OpenedVisit visit = loaded.visit();
    List<BodyView> charted = visit.markedViews();
    DateTimeFormatter day =
        DateTimeFormatter.ofPattern(Messages.get("VisitHeader.datePattern")).withZone(zone());
    Optional<ExportDialog.Request> asked =
        ExportDialog.ask(
            window.frame(),
            Messages.format("Export.thisVisit", day.format(visit.visit().startedAt())),
            Messages.format("Export.allVisits", loaded.visitCount(), visit.patient().name()),
            all,
            remembered(),
            settings.get(UiSettings.EXPORT_COMPARE_PREVIOUS),
            visit.atlas().views(),
            charted.isEmpty() ? List.of(window.view()) : charted,
            choice -> ExportFiles.preview(visit, choice, zone(), generator(), clock));
    if (asked.isEmpty()) {
      return;
    }
    ExportDialog.Request request = asked.get();
    remember(request.choice());
    if (request.choice().format() == ExportFormat.PDF) {
      settings.put(UiSettings.EXPORT_COMPARE_PREVIOUS, request.comparePrevious());
    }
    Optional<Path> target =
        request.oneFile()
            ? ExportTargets.chooseFile(
                window.frame(), settings, suggestedName(visit, request.choice()))
            : ExportTargets.chooseFolder(window.frame(), settings);
    target.ifPresent(path -> plan(visit, request, path));
  }

  private String suggestedName(OpenedVisit visit, ExportChoice choice) {
    return choice.format().perView()
        ? ExportNames.of(visit, choice.views().get(0), choice.format(), zone())
        : ExportNames.report(visit, zone());
  }

  private ExportChoice remembered() {
    ExportFormat format;
    Paper paper;
    try {
      format = ExportFormat.named(settings.get(UiSettings.EXPORT_FORMAT));
      paper = Paper.named(settings.get(UiSettings.EXPORT_PAPER));
    } catch (IllegalArgumentException e) {
      format = ExportFormat.PDF;
      paper = Paper.A4;
    }
    int dpi = settings.get(UiSettings.EXPORT_DPI);
    return new ExportChoice(
        format,
        List.of(),
        paper,
        ExportChoice.OFFERED_DPI.contains(dpi) ? dpi : 300,
        Optional.empty(),
        settings.get(UiSettings.EXPORT_CAPTION),
        settings.get(UiSettings.EXPORT_LEGEND),
        false);
  }

  private void remember(ExportChoice choice) {
    settings.put(UiSettings.EXPORT_FORMAT, choice.format().extension());
    settings.put(UiSettings.EXPORT_PAPER, choice.paper().name().toLowerCase(java.util.Locale.ROOT));
    settings.put(UiSettings.EXPORT_DPI, choice.dpi());
    settings.put(UiSettings.EXPORT_CAPTION, choice.caption());
    settings.put(UiSettings.EXPORT_LEGEND, choice.legend());
  }

  /** Names every file in the background, then asks about files that exist, then writes. */
  private void plan(OpenedVisit visit, ExportDialog.Request request, Path target) {
    VisitComparer comparer =
        new VisitComparer(app.myomap.ui.compare.CompareThresholds.from(settings));
    BatchExport batch =
        new BatchExport(
            records,
            ExportFiles.of(
                request.choice(),
                generator(),
                clock,
                zone(),
                opened ->
                    request.comparePrevious()
                        ? records
                            .before(opened.patient(), opened.visit())
                            .map(
                                earlier ->
                                    ComparedVisits.of(
                                        records.open(opened.patient(), earlier), opened, comparer))
                        : Optional.empty()),
            audit);
    new SwingWorker<ExportPlan, Void>() {
      @Override
      protected ExportPlan doInBackground() {
        List<Visit> visits =
            request.allVisits()
                ? oldestFirst(records.visits(visit.patient()))
                : List.of(visit.visit());
        Path folder = request.oneFile() ? target.toAbsolutePath().getParent() : target;
        ExportPlan plan = batch.plan(visit.patient(), visits, folder);
        return request.oneFile() ? plan.to(target.toAbsolutePath()) : plan;
      }

      @Override
      protected void done() {
        try {
          ExportPlan plan = get();
          if (ExportTargets.replaceAllowed(window.frame(), plan.existing())) {
            write(batch, plan, request.oneFile() ? null : target);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
          failed(e.getCause());
        }
      }
    }.execute();
  }

  private static List<Visit> oldestFirst(List<Visit> latestFirst) {
    List<Visit> visits = new ArrayList<>(latestFirst);
    Collections.reverse(visits);
    return visits;
  }

  /** Writes {@code plan}'s files in the background; into {@code folder} when there are many. */
  private void write(BatchExport batch, ExportPlan plan, Path folder) {
    AtomicBoolean cancelled = new AtomicBoolean();
    boolean many = plan.files().size() > 1;
    ExportProgressDialog progress =
        many ? new ExportProgressDialog(window.frame(), () -> cancelled.set(true)) : null;
    SwingWorker<List<Path>, Object[]> worker =
        new SwingWorker<>() {
          @Override
          protected List<Path> doInBackground() throws IOException {
            Files.createDirectories(plan.files().get(0).target().toAbsolutePath().getParent());
            return batch.write(
                plan,
                (done, total, file) ->
                    publish(new Object[] {done, total, file.getFileName().toString()}),
                cancelled::get);
          }

          @Override
          protected void process(List<Object[]> chunks) {
            Object[] last = chunks.get(chunks.size() - 1);
            if (progress != null) {
              progress.written((Integer) last[0], (Integer) last[1], (String) last[2]);
            }
          }

          @Override
          protected void done() {
            if (progress != null) {
              progress.dispose();
            }
            try {
              List<Path> written = get();
              window.showMessage(
                  written.size() == 1
                      ? Messages.format("Export.done.one", written.get(0))
                      : Messages.format("Export.done.many", written.size(), folder));
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
              if (e.getCause() instanceof CancellationException) {
                window.showMessage(Messages.get("Export.cancelled"));
              } else {
                failed(e.getCause());
              }
            }
          }
        };
    if (progress != null) {
      progress.setVisible(true);
    }
    worker.execute();
  }

  private void failed(Throwable cause) {
    LOG.log(Level.WARNING, "Export failed", cause);
    String words =
        cause instanceof IOException io
            ? WriteProblem.describe(io)
            : cause instanceof RuntimeException failure
                ? StorageWords.reading(failure, "an export")
                : Messages.get("ReadProblem.OTHER");
    window.showMessage(Messages.format("Export.failed", words));
    JOptionPane.showMessageDialog(
        window.frame(),
        Messages.format("Export.failed", words),
        Messages.get("Export.failed.title"),
        JOptionPane.ERROR_MESSAGE);
  }

  /**
   * Writes the open patient's whole record, every visit with its chart, record and addenda, as one
   * PDF: the copy a patient may ask for.
   */
  private void patientRecord() {
    withOpenVisit(
        loaded -> {
          String name =
              ExportNames.patientRecord(loaded.visit(), LocalDate.now(clock.withZone(zone())));
          Optional<Path> chosen = ExportTargets.chooseFile(window.frame(), settings, name);
          if (chosen.isEmpty()
              || !ExportTargets.replaceAllowed(
                  window.frame(), Files.exists(chosen.get()) ? List.of(chosen.get()) : List.of())) {
            return;
          }
          Path target = chosen.get();
          Paper paper = remembered().paper();
          window.showMessage(Messages.get("PatientRecord.writing"));
          new SwingWorker<PatientRecordReport, Void>() {
            @Override
            protected PatientRecordReport doInBackground() throws IOException {
              PatientRecordReport report =
                  PatientRecordReport.of(
                      records.openAll(loaded.visit().patient()),
                      new ReportSettings(
                          paper, zone(), generator(), clock.instant(), Locale.ENGLISH));
              PdfReport.write(report, target);
              audit.note(
                  app.myomap.model.AuditAction.PATIENT_RECORD_EXPORTED,
                  loaded.visit().patient().id(),
                  null,
                  target.getFileName() + ", " + report.visitCount() + " visits");
              return report;
            }

            @Override
            protected void done() {
              try {
                PatientRecordReport report = get();
                window.showMessage(
                    Messages.format(
                        "PatientRecord.written",
                        target.getFileName(),
                        report.visitCount(),
                        report.pageCount()));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } catch (ExecutionException e) {
                failed(e.getCause());
              }
            }
          }.execute();
        });
  }

  private void print() {
    withOpenVisit(
        loaded -> ReportPrinting.print(window, loaded.visit(), generator(), clock, audit));
  }
}
