package app.myomap.ui;

import app.myomap.atlas.MuscleCatalogue;
import app.myomap.atlas.SafetyTable;
import app.myomap.atlas.ScreeningDefaults;
import app.myomap.edit.ChartEditor;
import app.myomap.model.MarkId;
import app.myomap.model.record.ScreeningChecklist;
import app.myomap.model.record.SigningState;
import app.myomap.session.ClinicalRecord;
import app.myomap.session.CommitQueue;
import app.myomap.store.Database;
import app.myomap.store.MetaStore;
import app.myomap.store.ScreeningChecklistStore;
import app.myomap.ui.record.RecordPanel;
import app.myomap.ui.record.ScreeningChecklistDialog;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;
import javax.swing.SwingWorker;

/**
 * The Record menu and the Record tab beside the chart: switching between chart and record, the
 * needling entry of the selected trigger point, signing and amending the open visit.
 */
final class RecordActions {
  private static final int SHORTCUT =
      java.awt.Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();

  private final MainWindow window;
  private final Database database;
  private final Clock clock;
  private final RecordPanel panel;
  private final Action toggle;
  private final Action needling;
  private final Action sign;
  private final Action amend;
  private final Action checklist;
  private final Action correction;
  private ChartEditor editor;

  RecordActions(
      MainWindow window, Database database, Settings settings, Clock clock, SafetyTable safety) {
    this.window = window;
    this.database = database;
    this.clock = clock;
    this.panel = new RecordPanel(settings, clock, safety, clinicChecklist());
    window.setRecordPanel(panel);
    toggle =
        action(
            "menu.record.toggle",
            KeyStroke.getKeyStroke(KeyEvent.VK_R, SHORTCUT),
            () -> window.showRecord(!window.recordShown()));
    needling =
        action(
            "menu.record.needling",
            KeyStroke.getKeyStroke(KeyEvent.VK_E, SHORTCUT | KeyEvent.SHIFT_DOWN_MASK),
            this::needlingOfSelection);
    sign =
        action(
            "menu.record.sign",
            KeyStroke.getKeyStroke(KeyEvent.VK_G, SHORTCUT | KeyEvent.SHIFT_DOWN_MASK),
            () -> {
              window.showRecord(true);
              panel.signVisit();
            });
    amend =
        action(
            "menu.record.amend",
            null,
            () -> {
              window.showRecord(true);
              panel.amendVisit();
            });
    correction = action("menu.record.correction", null, this::attachCorrection);
    correction.putValue(Action.MNEMONIC_KEY, KeyEvent.VK_C);
    checklist = action("menu.record.checklist", null, this::editChecklist);
    checklist.putValue(Action.MNEMONIC_KEY, KeyEvent.VK_K);
    JMenu menu = new JMenu(Messages.get("menu.record"));
    menu.setName("menu.record");
    menu.setMnemonic(KeyEvent.VK_R);
    menu.add(item(toggle, "menu.record.toggle"));
    menu.addSeparator();
    menu.add(item(needling, "menu.record.needling"));
    menu.add(item(checklist, "menu.record.checklist"));
    menu.addSeparator();
    menu.add(item(sign, "menu.record.sign"));
    menu.add(item(amend, "menu.record.amend"));
    menu.add(item(correction, "menu.record.correction"));
    window.addMenu(menu);
    follow();
  }

  /** The clinic's screening checklist, or the bundled default until the clinic saves its own. */
  private ScreeningChecklist clinicChecklist() {
    return new ScreeningChecklistStore(database, clock)
        .current()
        .orElseGet(ScreeningDefaults::load);
  }

  /** Edits the clinic's screening checklist and stores it as a new version. */
  private void editChecklist() {
    Set<String> alertIds = new TreeSet<>();
    for (ScreeningChecklist known : List.of(ScreeningDefaults.load(), panel.checklist())) {
      known.items().forEach(i -> i.alertId().ifPresent(alertIds::add));
      known.retired().forEach(i -> i.alertId().ifPresent(alertIds::add));
    }
    ScreeningChecklistDialog.edit(window.frame(), panel.checklist(), alertIds)
        .ifPresent(
            edited ->
                new SwingWorker<ScreeningChecklist, Void>() {
                  @Override
                  protected ScreeningChecklist doInBackground() {
                    String author =
                        new MetaStore(database).practitioner().orElse(Messages.get("menu.record"));
                    return new ScreeningChecklistStore(database, clock).save(edited, author);
                  }

                  @Override
                  protected void done() {
                    try {
                      ScreeningChecklist saved = get();
                      panel.setChecklist(saved);
                      window.showMessage(
                          Messages.format("menu.record.checklist.saved", saved.version()));
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    } catch (ExecutionException e) {
                      RuntimeException failure =
                          e.getCause() instanceof RuntimeException r
                              ? r
                              : new IllegalStateException(e.getCause());
                      window.showMessage(
                          Messages.format(
                              "menu.record.checklist.failed",
                              StorageWords.reading(failure, "the screening checklist")));
                    }
                  }
                }.execute());
  }

  /** The record of {@code visitId}, to read off the event thread before the visit is shown. */
  ClinicalRecord recordOf(String visitId) {
    return new ClinicalRecord(database, clock, visitId);
  }

  /** Shows the record of the open visit beside its chart. */
  void open(
      ClinicalRecord record,
      ClinicalRecord.State state,
      ChartEditor editor,
      CommitQueue queue,
      String author,
      MuscleCatalogue muscles,
      Consumer<SigningState> signingChanged) {
    this.editor = editor;
    panel.open(
        record,
        state,
        editor,
        queue,
        author,
        muscles,
        signing -> {
          follow();
          signingChanged.accept(signing);
        });
    follow();
  }

  /** Stores what is being typed in the record and waits for its writes; then shows no visit. */
  void close() {
    panel.flush();
    panel.close();
    editor = null;
    window.showRecord(false);
    follow();
  }

  /** Stores what is being typed and waits for the record's writes. */
  void flush() {
    panel.flush();
  }

  /**
   * Ticks the open visit's screening items that come from the patient's medical alerts (ids such as
   * "PREGNANCY") and stores the screening.
   */
  void preTickScreening(Set<String> alertIds) {
    panel.preTickScreening(alertIds);
  }

  /** Whether a point may be marked needled now, after the screening's block and its override. */
  boolean clearToNeedle() {
    return panel.clearToNeedle();
  }

  /** Whether the open visit was ever signed: it is then amended, never unlocked. */
  boolean signed() {
    return editor != null && panel.signing().signed();
  }

  /** Asks for the patient's correction statement and attaches it to the open visit. */
  private void attachCorrection() {
    if (!panel.visitOpen()) {
      return;
    }
    CorrectionDialog.ask(window.frame(), java.time.LocalDate.now(clock))
        .ifPresent(
            answer -> {
              window.showRecord(true);
              panel.attachCorrection(
                  answer.statement(),
                  answer.receivedOn(),
                  answer.response(),
                  attached ->
                      window.showMessage(Messages.format("Correction.attached", attached.n())));
            });
  }

  private void needlingOfSelection() {
    if (editor == null || editor.selection().size() != 1) {
      window.showMessage(Messages.get("menu.record.needling.select"));
      return;
    }
    MarkId id = editor.selection().ids().iterator().next();
    panel.openNeedling(id);
  }

  private void follow() {
    boolean open = editor != null;
    SigningState signing = panel.signing();
    needling.setEnabled(open);
    correction.setEnabled(open && !database.isReadOnly());
    sign.setEnabled(open && signing.editable());
    amend.setEnabled(open && signing.signed() && !signing.editable());
  }

  private static Action action(String key, KeyStroke keys, Runnable run) {
    Action action =
        new AbstractAction(Messages.get(key)) {
          private static final long serialVersionUID = 1L;

          @Override
          public void actionPerformed(ActionEvent e) {
            run.run();
          }
        };
    action.putValue(Action.ACCELERATOR_KEY, keys);
    action.putValue(Action.SHORT_DESCRIPTION, Messages.get(key + ".tooltip"));
    return action;
  }

  private static JMenuItem item(Action action, String name) {
    JMenuItem item = new JMenuItem(action);
    item.setName(name);
    return item;
  }
}
