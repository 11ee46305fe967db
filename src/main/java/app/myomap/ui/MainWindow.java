package app.myomap.ui;

import app.myomap.atlas.AtlasView;
import java.awt.BorderLayout;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JToolBar;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;

/** The main window: menus, toolbar, the chart canvas and the status bar. */
public final class MainWindow {
  private static final int SHORTCUT = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();

  private final JFrame frame = new JFrame();
  private final ChartCanvas canvas = new ChartCanvas();
  private final StatusBar statusBar = new StatusBar();
  private final Settings settings;
  private final AppInfo info;
  private final Runnable onClosed;

  /**
   * Builds the window; {@code onClosed} runs after it was closed and its settings were saved (the
   * app closes the database and exits there).
   */
  public MainWindow(AppInfo info, Settings settings, Runnable onClosed) {
    this.info = info;
    this.settings = settings;
    this.onClosed = onClosed;
    frame.setName("main");
    frame.setTitle(Messages.format("MainWindow.title", info.databaseFile()));
    frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
    frame.addWindowListener(
        new WindowAdapter() {
          @Override
          public void windowClosing(WindowEvent e) {
            close();
          }
        });
    frame.setJMenuBar(menuBar());
    frame.getContentPane().add(toolBar(), BorderLayout.NORTH);
    frame.getContentPane().add(canvas, BorderLayout.CENTER);
    frame.getContentPane().add(statusBar, BorderLayout.SOUTH);
    canvas.addViewListener(this::updateStatus);
    statusBar.showMessage(Messages.format("StatusBar.ready", info.databaseFile()));
    restoreBounds();
    updateStatus();
  }

  public JFrame frame() {
    return frame;
  }

  public ChartCanvas canvas() {
    return canvas;
  }

  public void show() {
    frame.setVisible(true);
    canvas.requestFocusInWindow();
  }

  /** Shows a loaded atlas view on the canvas. */
  public void showAtlasView(AtlasView view) {
    canvas.showView(view);
    updateStatus();
  }

  /** Tells the user that the outline could not be loaded; the rest of the app keeps working. */
  public void showOutlineFailure(String reason) {
    statusBar.showMessage(Messages.format("StatusBar.outlineFailed", reason));
  }

  /** Saves the window's settings, disposes it and runs the close callback. */
  public void close() {
    saveBounds();
    frame.dispose();
    onClosed.run();
  }

  private void updateStatus() {
    statusBar.showView(canvas.transform().zoomPercent(), canvas.pointerOutline());
  }

  private JMenuBar menuBar() {
    JMenuBar bar = new JMenuBar();
    JMenu file = menu("menu.file", KeyEvent.VK_F);
    file.add(item("menu.file.quit", KeyStroke.getKeyStroke(KeyEvent.VK_Q, SHORTCUT), this::close));
    bar.add(file);

    JMenu view = menu("menu.view", KeyEvent.VK_V);
    view.add(item("menu.view.zoomIn", KeyStroke.getKeyStroke(KeyEvent.VK_EQUALS, SHORTCUT), canvas::zoomIn));
    view.add(item("menu.view.zoomOut", KeyStroke.getKeyStroke(KeyEvent.VK_MINUS, SHORTCUT), canvas::zoomOut));
    view.add(item("menu.view.fit", KeyStroke.getKeyStroke(KeyEvent.VK_0, SHORTCUT), canvas::fitToWindow));
    view.addSeparator();
    JCheckBoxMenuItem dark = new JCheckBoxMenuItem(Messages.get("menu.view.dark"));
    dark.setName("menu.view.dark");
    dark.setSelected(settings.get(UiSettings.DARK_MODE));
    dark.addActionListener(
        e -> {
          settings.put(UiSettings.DARK_MODE, dark.isSelected());
          Themes.switchTo(dark.isSelected());
        });
    view.add(dark);
    bar.add(view);
    // Keypad and shifted variants of the zoom keys work too.
    bindKey(KeyStroke.getKeyStroke(KeyEvent.VK_ADD, SHORTCUT), "zoomIn", canvas::zoomIn);
    bindKey(KeyStroke.getKeyStroke(KeyEvent.VK_PLUS, SHORTCUT), "zoomIn", canvas::zoomIn);
    bindKey(KeyStroke.getKeyStroke(KeyEvent.VK_EQUALS, SHORTCUT | KeyEvent.SHIFT_DOWN_MASK), "zoomIn", canvas::zoomIn);
    bindKey(KeyStroke.getKeyStroke(KeyEvent.VK_SUBTRACT, SHORTCUT), "zoomOut", canvas::zoomOut);
    bindKey(KeyStroke.getKeyStroke(KeyEvent.VK_NUMPAD0, SHORTCUT), "fit", canvas::fitToWindow);

    JMenu help = menu("menu.help", KeyEvent.VK_H);
    help.add(item("menu.help.about", null, () -> new AboutDialog(frame, info).setVisible(true)));
    bar.add(help);
    return bar;
  }

  private JToolBar toolBar() {
    JToolBar bar = new JToolBar();
    bar.setFloatable(false);
    bar.add(toolButton("toolbar.zoomOut", "\u2212", canvas::zoomOut));
    bar.add(toolButton("toolbar.zoomIn", "+", canvas::zoomIn));
    bar.add(toolButton("toolbar.fit", "Fit", canvas::fitToWindow));
    return bar;
  }

  private static JButton toolButton(String key, String text, Runnable run) {
    JButton button = new JButton(text);
    button.setName(key);
    button.setToolTipText(Messages.get(key + ".tooltip"));
    button.setFocusable(false);
    button.addActionListener(e -> run.run());
    return button;
  }

  private static JMenu menu(String key, int mnemonic) {
    JMenu menu = new JMenu(Messages.get(key));
    menu.setName(key);
    menu.setMnemonic(mnemonic);
    return menu;
  }

  private static JMenuItem item(String key, KeyStroke accelerator, Runnable run) {
    JMenuItem item = new JMenuItem(Messages.get(key));
    item.setName(key);
    if (accelerator != null) {
      item.setAccelerator(accelerator);
    }
    item.addActionListener(e -> run.run());
    return item;
  }

  private void bindKey(KeyStroke stroke, String name, Runnable run) {
    frame.getRootPane().getInputMap(javax.swing.JComponent.WHEN_IN_FOCUSED_WINDOW).put(stroke, name);
    frame.getRootPane().getActionMap().put(name, action(run));
  }

  private static Action action(Runnable run) {
    return new AbstractAction() {
      private static final long serialVersionUID = 1L;

      @Override
      public void actionPerformed(ActionEvent e) {
        run.run();
      }
    };
  }

  private void restoreBounds() {
    frame.pack();
    Rectangle saved = parseBounds(settings.get(UiSettings.WINDOW_BOUNDS));
    if (saved != null && onSomeScreen(saved)) {
      frame.setBounds(saved);
    } else {
      frame.setSize(1200, 860);
      frame.setLocationRelativeTo(null);
    }
    if (settings.get(UiSettings.WINDOW_MAXIMIZED)) {
      frame.setExtendedState(Frame.MAXIMIZED_BOTH);
    }
  }

  private void saveBounds() {
    boolean maximized = (frame.getExtendedState() & Frame.MAXIMIZED_BOTH) == Frame.MAXIMIZED_BOTH;
    settings.put(UiSettings.WINDOW_MAXIMIZED, maximized);
    if (!maximized) {
      Rectangle b = frame.getBounds();
      settings.put(UiSettings.WINDOW_BOUNDS, b.x + "," + b.y + "," + b.width + "," + b.height);
    }
  }

  static Rectangle parseBounds(String text) {
    String[] parts = text.split(",");
    if (parts.length != 4) {
      return null;
    }
    try {
      Rectangle r =
          new Rectangle(
              Integer.parseInt(parts[0].trim()),
              Integer.parseInt(parts[1].trim()),
              Integer.parseInt(parts[2].trim()),
              Integer.parseInt(parts[3].trim()));
      return r.width >= 400 && r.height >= 300 ? r : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean onSomeScreen(Rectangle bounds) {
    for (var device : GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices()) {
      Rectangle screen = device.getDefaultConfiguration().getBounds();
      Rectangle overlap = screen.intersection(bounds);
      if (!overlap.isEmpty() && overlap.width >= 200 && overlap.height >= 100) {
        return true;
      }
    }
    return false;
  }
}
