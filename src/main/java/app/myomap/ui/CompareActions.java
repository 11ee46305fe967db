package app.myomap.ui;

import app.myomap.model.MarkId;
import app.myomap.model.Patient;
import app.myomap.model.Visit;
import app.myomap.session.PatientHistory;
import app.myomap.session.VisitRecords;
import app.myomap.ui.compare.CompareWindow;
import java.awt.Toolkit;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.KeyStroke;
import javax.swing.SwingWorker;

/**
 * View › Compare Visits… (Ctrl+K, or a visit's right-click menu): opens the Compare window for the
 * open patient, with the trigger-point timeline and the trends of all their visits, read in the
 * background, as its last two tabs.
 */
final class CompareActions {

  /** Opens a visit of the patient in the window with one of its trigger points selected. */
  @FunctionalInterface
  interface PointOpener {
    void open(Patient patient, String visitId, MarkId markId);
  }

  private final MainWindow window;
  private final VisitRecords records;
  private final Settings settings;
  private final Clock clock;
  private final Supplier<Optional<Patient>> openPatient;
  private final PointOpener pointOpener;
  private CompareWindow compareWindow;

  CompareActions(
      MainWindow window,
      VisitRecords records,
      Settings settings,
      Clock clock,
      Supplier<Optional<Patient>> openPatient,
      PointOpener pointOpener) {
    this.window = window;
    this.records = records;
    this.settings = settings;
    this.clock = clock;
    this.openPatient = openPatient;
    this.pointOpener = pointOpener;
  }

  /** The menu action: compares {@code openVisit}'s visit with the one before it. */
  Action action(Supplier<Optional<Visit>> openVisit) {
    Action action =
        new AbstractAction(Messages.get("Compare.menu")) {
          private static final long serialVersionUID = 1L;

          @Override
          public void actionPerformed(ActionEvent e) {
            open(openVisit.get());
          }
        };
    action.putValue(
        Action.ACCELERATOR_KEY,
        KeyStroke.getKeyStroke(
            KeyEvent.VK_K, Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx()));
    action.putValue(Action.SHORT_DESCRIPTION, Messages.get("Compare.menu.tooltip"));
    action.putValue(Action.ACTION_COMMAND_KEY, "menu.view.compare");
    return action;
  }

  /**
   * Opens the Compare Visits window for the open patient, {@code visit} and the one before it
   * chosen (else the latest two); it replaces a compare window already open.
   */
  void open(Optional<Visit> visit) {
    Optional<Patient> patient = openPatient.get();
    if (patient.isEmpty()) {
      window.showMessage(Messages.get("Compare.noPatient"));
      return;
    }
    if (compareWindow != null) {
      compareWindow.dispose();
    }
    Patient whose = patient.get();
    compareWindow =
        new CompareWindow(
            window.frame(),
            records,
            settings,
            clock,
            "MyoMap " + window.info().version(),
            whose,
            visit);
    TimelinePanel timeline = new TimelinePanel(clock.getZone());
    TrendsPanel trends = new TrendsPanel(clock.getZone());
    timeline.setPointOpener((visitId, markId) -> pointOpener.open(whose, visitId, markId));
    compareWindow.addHistoryTab("Compare.tab.timeline", timeline);
    compareWindow.addHistoryTab("Compare.tab.trends", trends);
    compareWindow.start();
    new SwingWorker<PatientHistory, Void>() {
      @Override
      protected PatientHistory doInBackground() {
        return PatientHistory.load(records, whose);
      }

      @Override
      protected void done() {
        try {
          PatientHistory history = get();
          timeline.setHistory(history);
          trends.setHistory(history);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
          window.showMessage(
              StorageWords.reading(
                  e.getCause() instanceof RuntimeException failure
                      ? failure
                      : new IllegalStateException(e.getCause()),
                  "the visits of " + whose.id()));
        }
      }
    }.execute();
  }
}
