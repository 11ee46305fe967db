package app.myomap.ui;

import app.myomap.model.Practitioner;
import app.myomap.store.MetaStore;
import app.myomap.store.PractitionerStore;
import java.awt.Toolkit;
import java.awt.event.KeyEvent;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.KeyStroke;

/**
 * Who is charting in the window, and the File menu's items for it: Switch Practitioner…
 * (Ctrl+Shift+W), Edit Profile…, Lock Now and Idle Lock…, with the lock that covers the window
 * after the idle minutes. On a read-only database no profile is chosen and no item is added.
 */
final class PractitionerActions {
  private final MainWindow window;
  private final CurrentPractitioner practitioner;
  private final IdleLock idleLock;

  /** Adds the items to {@code window}; {@code chosen} hears of each practitioner chosen. */
  PractitionerActions(
      MainWindow window,
      PractitionerStore store,
      MetaStore meta,
      Settings settings,
      boolean readOnly,
      Consumer<Practitioner> chosen) {
    this.window = window;
    practitioner = new CurrentPractitioner(store, meta, readOnly);
    practitioner.addListener(
        p -> {
          window.showPractitioner(p.name());
          chosen.accept(p);
        });
    if (readOnly) {
      idleLock = null;
      return;
    }
    IdleLock lock =
        new IdleLock(
            window.frame(),
            () -> settings.get(UiSettings.IDLE_LOCK_SECONDS),
            () -> practitioner.switchPractitioner(window.frame()));
    idleLock = lock;
    window.addFileGroup(
        action(
            "menu.file.switchPractitioner",
            KeyStroke.getKeyStroke(
                KeyEvent.VK_W,
                Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx() | KeyEvent.SHIFT_DOWN_MASK),
            KeyEvent.VK_W,
            () -> practitioner.switchPractitioner(window.frame())),
        action(
            "menu.file.editProfile",
            null,
            KeyEvent.VK_O,
            () -> practitioner.editProfile(window.frame())),
        action("menu.file.lock", null, KeyEvent.VK_K, lock::lock),
        action(
            "menu.file.idleLock",
            null,
            KeyEvent.VK_I,
            () -> IdleLock.askMinutes(window.frame(), settings)));
    window
        .frame()
        .addWindowListener(
            new java.awt.event.WindowAdapter() {
              @Override
              public void windowClosed(java.awt.event.WindowEvent e) {
                lock.stop();
              }
            });
  }

  /** Settles who is charting as the window starts, asking when it must, and starts the lock. */
  void start() {
    if (idleLock != null) {
      practitioner.start(window.frame());
      idleLock.start();
    }
  }

  /** The name of the practitioner charting, asked for when none is chosen yet; empty: cancelled. */
  Optional<String> ensure() {
    return practitioner.ensure(window.frame());
  }

  private static Action action(String key, KeyStroke keys, int mnemonic, Runnable run) {
    Action a =
        new AbstractAction(Messages.get(key)) {
          private static final long serialVersionUID = 1L;

          @Override
          public void actionPerformed(java.awt.event.ActionEvent e) {
            run.run();
          }
        };
    a.putValue(Action.ACTION_COMMAND_KEY, key);
    a.putValue(Action.SHORT_DESCRIPTION, Messages.get(key + ".tooltip"));
    a.putValue(Action.MNEMONIC_KEY, mnemonic);
    if (keys != null) {
      a.putValue(Action.ACCELERATOR_KEY, keys);
    }
    return a;
  }
}
