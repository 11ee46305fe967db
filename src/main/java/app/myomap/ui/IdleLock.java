package app.myomap.ui;

import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.GridBagLayout;
import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.AWTEventListener;
import java.awt.event.KeyEvent;
import java.util.function.BooleanSupplier;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

/**
 * Covers the window after a while without keyboard or mouse use (a treatment-room computer left
 * alone): the menus and every panel are hidden behind a lock panel that shows no patient data, its
 * other windows are hidden and an open modal dialog is covered in place, and keys reach nothing
 * else, until a practitioner is chosen again (with their PIN when one is set). This keeps a
 * passer-by from reading a chart on the screen; it encrypts nothing.
 */
final class IdleLock {
  /** How often the idle time is checked: a lock comes at most this late. */
  private static final int CHECK_MS = 1000;

  private final JFrame frame;
  private final BooleanSupplier chooseAgain;
  private final JPanel panel = new JPanel(new GridBagLayout());
  private final JButton frameUnlock;
  private final Timer timer;
  private final AWTEventListener activity = this::activity;
  private final KeyEventDispatcher keys = this::swallow;
  private final java.util.function.IntSupplier idleSeconds;
  private long lastActivity = System.nanoTime();
  private boolean locked;

  /** The other windows of the frame (such as a comparison) hidden while locked. */
  private final java.util.List<Window> hidden = new java.util.ArrayList<>();

  /** The modal dialogs open when the lock came, each with its own glass pane before the cover. */
  private final java.util.Map<javax.swing.JDialog, Component> covered =
      new java.util.LinkedHashMap<>();

  /**
   * A lock for {@code frame} after {@code idleSeconds} without use, read at each check so a changed
   * setting applies at once (0: only Lock Now); {@code chooseAgain} asks who is charting and says
   * whether someone was chosen.
   */
  IdleLock(JFrame frame, java.util.function.IntSupplier idleSeconds, BooleanSupplier chooseAgain) {
    this.frame = frame;
    this.chooseAgain = chooseAgain;
    this.idleSeconds = idleSeconds;
    panel.setName("idleLock");
    frameUnlock = fillCover(panel, true);
    timer = new Timer(CHECK_MS, e -> check());
  }

  /**
   * Lays out a cover: the words, with the explanation where there is room for it, and the Unlock
   * button; it takes every click, so nothing under it is reached.
   */
  private JButton fillCover(JPanel cover, boolean explained) {
    JPanel middle = new JPanel();
    middle.setLayout(new BoxLayout(middle, BoxLayout.Y_AXIS));
    middle.setOpaque(false);
    JLabel heading = new JLabel(Messages.get("Lock.heading"));
    heading.putClientProperty("FlatLaf.styleClass", explained ? "h2" : "h3");
    JButton unlock = new JButton(Messages.get("Lock.unlock"));
    unlock.setName("lock.unlock");
    unlock.addActionListener(e -> unlock());
    // Enter presses it as Space does: the keyboard's one use while locked (see swallow).
    javax.swing.InputMap keys = unlock.getInputMap(JComponent.WHEN_FOCUSED);
    keys.put(javax.swing.KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0, false), "pressed");
    keys.put(javax.swing.KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0, true), "released");
    java.util.List<JComponent> parts = new java.util.ArrayList<>();
    parts.add(heading);
    if (explained) {
      parts.add(new JLabel(Messages.get("Lock.text")));
    }
    parts.add(unlock);
    for (JComponent part : parts) {
      part.setAlignmentX(Component.CENTER_ALIGNMENT);
      middle.add(part);
      middle.add(javax.swing.Box.createVerticalStrut(12));
    }
    middle.setBorder(BorderFactory.createEmptyBorder(24, 24, 24, 24));
    cover.add(middle);
    cover.setOpaque(true);
    cover.addMouseListener(new java.awt.event.MouseAdapter() {});
    return unlock;
  }

  /**
   * File › Idle Lock…: asks after how many minutes without use the window locks (0: never) and
   * keeps the answer in {@code settings}, where a running lock reads it at once.
   */
  static void askMinutes(Component owner, Settings settings) {
    int minutes = settings.get(UiSettings.IDLE_LOCK_SECONDS) / 60;
    javax.swing.JSpinner spinner =
        new javax.swing.JSpinner(new javax.swing.SpinnerNumberModel(minutes, 0, 240, 1));
    spinner.setName("idleLock.minutes");
    int answer =
        javax.swing.JOptionPane.showConfirmDialog(
            owner,
            new Object[] {Messages.get("IdleLock.prompt"), spinner},
            Messages.get("IdleLock.title"),
            javax.swing.JOptionPane.OK_CANCEL_OPTION,
            javax.swing.JOptionPane.PLAIN_MESSAGE);
    if (answer == javax.swing.JOptionPane.OK_OPTION) {
      settings.put(UiSettings.IDLE_LOCK_SECONDS, ((Number) spinner.getValue()).intValue() * 60);
    }
  }

  /** Starts watching for use of the window. */
  void start() {
    Toolkit.getDefaultToolkit()
        .addAWTEventListener(
            activity,
            AWTEvent.KEY_EVENT_MASK
                | AWTEvent.MOUSE_EVENT_MASK
                | AWTEvent.MOUSE_MOTION_EVENT_MASK
                | AWTEvent.MOUSE_WHEEL_EVENT_MASK);
    KeyboardFocusManager.getCurrentKeyboardFocusManager().addKeyEventDispatcher(keys);
    // A closed window leaves no timer firing and no listener behind.
    frame.addWindowListener(
        new java.awt.event.WindowAdapter() {
          @Override
          public void windowClosed(java.awt.event.WindowEvent e) {
            stop();
          }
        });
    timer.start();
  }

  /** Stops watching, as the window closes. */
  void stop() {
    timer.stop();
    Toolkit.getDefaultToolkit().removeAWTEventListener(activity);
    KeyboardFocusManager.getCurrentKeyboardFocusManager().removeKeyEventDispatcher(keys);
  }

  /** Whether the window is covered now. */
  boolean isLocked() {
    return locked;
  }

  /** Covers the window now (File › Lock Now, or after the idle time). */
  void lock() {
    if (locked) {
      return;
    }
    locked = true;
    // Modeless windows of the frame show patient data too; they come back on unlock. A modal
    // dialog cannot be hidden (that would end it as if cancelled, losing what was typed), so it
    // is covered in place, with an Unlock of its own, as the frame under it takes no clicks.
    for (Window window : Window.getWindows()) {
      if (window == frame || !window.isShowing() || !belongsHere(window)) {
        continue;
      }
      if (window instanceof javax.swing.JDialog dialog && dialog.isModal()) {
        cover(dialog);
      } else if (!(window instanceof java.awt.Dialog dialog && dialog.isModal())) {
        hidden.add(window);
        window.setVisible(false);
      }
    }
    frame.setGlassPane(panel);
    frame.getContentPane().setVisible(false);
    if (frame.getJMenuBar() != null) {
      frame.getJMenuBar().setVisible(false);
    }
    panel.setVisible(true);
    frameUnlock.requestFocusInWindow();
    frame.getRootPane().revalidate();
    frame.repaint();
  }

  private void unlock() {
    if (!chooseAgain.getAsBoolean()) {
      return;
    }
    locked = false;
    lastActivity = System.nanoTime();
    panel.setVisible(false);
    frame.getContentPane().setVisible(true);
    if (frame.getJMenuBar() != null) {
      frame.getJMenuBar().setVisible(true);
    }
    frame.getRootPane().revalidate();
    frame.repaint();
    hidden.forEach(window -> window.setVisible(true));
    hidden.clear();
    covered.forEach(
        (dialog, glass) -> {
          dialog.setGlassPane(glass);
          glass.setVisible(false);
          dialog.getContentPane().setVisible(true);
          dialog.getRootPane().revalidate();
          dialog.repaint();
        });
    covered.clear();
  }

  /** Covers an open modal dialog's content until unlocked; it stays open, its typing kept. */
  private void cover(javax.swing.JDialog dialog) {
    JPanel cover = new JPanel(new GridBagLayout());
    cover.setName("idleLock.dialog");
    JButton unlock = fillCover(cover, false);
    covered.put(dialog, dialog.getGlassPane());
    dialog.setGlassPane(cover);
    dialog.getContentPane().setVisible(false);
    cover.setVisible(true);
    unlock.requestFocusInWindow();
    dialog.getRootPane().revalidate();
    dialog.repaint();
  }

  private void check() {
    long idleLimitMs = Math.max(0, idleSeconds.getAsInt()) * 1000L;
    if (!locked
        && idleLimitMs > 0
        && (System.nanoTime() - lastActivity) / 1_000_000 >= idleLimitMs) {
      lock();
    }
  }

  private void activity(AWTEvent event) {
    if (event.getSource() instanceof Component c && belongsHere(c)) {
      lastActivity = System.nanoTime();
    }
  }

  /**
   * While locked, keys for the window or a covered dialog reach nothing but an Unlock button, and
   * only as Space or Enter: no typing, no menu shortcut, no mnemonic of a hidden button, no
   * dialog's default button or Escape.
   */
  private boolean swallow(KeyEvent event) {
    if (!locked) {
      return false;
    }
    Component target = event.getComponent();
    if (target == null) {
      return false;
    }
    Window window = target instanceof Window w ? w : SwingUtilities.getWindowAncestor(target);
    boolean lockedWindow = window == frame || covered.containsKey(window);
    return lockedWindow && !pressesUnlock(event, target);
  }

  private static boolean pressesUnlock(KeyEvent event, Component target) {
    return "lock.unlock".equals(target.getName())
        && event.getModifiersEx() == 0
        && (event.getKeyCode() == KeyEvent.VK_SPACE
            || event.getKeyCode() == KeyEvent.VK_ENTER
            || event.getKeyChar() == ' '
            || event.getKeyChar() == '\n');
  }

  private boolean belongsHere(Component c) {
    Window window = c instanceof Window w ? w : SwingUtilities.getWindowAncestor(c);
    while (window != null) {
      if (window == frame) {
        return true;
      }
      window = window.getOwner();
    }
    return false;
  }
}
