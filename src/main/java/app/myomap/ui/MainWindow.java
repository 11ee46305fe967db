package app.myomap.ui;

import app.myomap.atlas.Atlas;
import app.myomap.atlas.AtlasView;
import app.myomap.atlas.MuscleRegion;
import app.myomap.chart.MuscleWords;
import app.myomap.edit.ChartEditor;
import app.myomap.model.BodyView;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Frame;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.geom.Point2D;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.swing.AbstractAction;
import javax.swing.AbstractButton;
import javax.swing.JButton;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JToolBar;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;

/** The main window: menus, toolbar, the side panels, the chart canvas and the status bar. */
public final class MainWindow {
  private static final int SHORTCUT = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();

  /** The first frame's note that the user asked to close it before the rest was built. */
  private static final String CLOSE_ASKED = "myomap.closeAsked";

  private final JFrame frame;
  private final ChartCanvas canvas;
  private final StatusBar statusBar = new StatusBar();
  private final JPanel west = new JPanel(new BorderLayout());
  private final JPanel east = new JPanel(new BorderLayout());
  private final JPanel chartHeader = new JPanel(new BorderLayout());

  /** The chart, and beside it on its own tab the visit's clinical record. */
  private final javax.swing.JTabbedPane centreTabs = new javax.swing.JTabbedPane();

  private JMenuBar menuBar;
  private final Settings settings;
  private final AppInfo info;
  private final Runnable onClosed;
  private final ChartActions actions;
  private final Runnable editorListener;
  private JMenu fileMenu;
  private JMenu toolsMenu;
  private JMenu viewMenu;
  private JCheckBoxMenuItem regionsItem;
  private Atlas atlas;

  /** The atlas version of the drawing on the canvas, once the whole atlas is known. */
  private String shownVersion;

  private BodyView view;
  private java.util.function.BooleanSupplier beforeClose = () -> true;
  private final JPanel banners = new JPanel();

  /**
   * Builds the window; {@code onClosed} runs after it was closed and its settings were saved (the
   * app closes the database and exits there).
   */
  public MainWindow(AppInfo info, Settings settings, Runnable onClosed) {
    this(info, settings, onClosed, new JFrame(), new ChartCanvas());
  }

  /**
   * Builds the window around {@code canvas} in {@code frame}; a frame shown already as {@link
   * #firstFrame} keeps its bounds, and its canvas comes to the place it had there when the window
   * is built as when the margins were remembered.
   */
  public MainWindow(
      AppInfo info, Settings settings, Runnable onClosed, JFrame frame, ChartCanvas canvas) {
    this.frame = frame;
    this.canvas = canvas;
    boolean shown = frame.isDisplayable();
    this.info = info;
    this.settings = settings;
    this.onClosed = onClosed;
    List<BodyView> currentViews = Atlas.viewsOf(Atlas.CURRENT_VERSION);
    this.view = rememberedView(settings, currentViews);
    this.actions = new ChartActions(canvas, currentViews, this::switchView, this::showMessage);
    this.editorListener = this::editorChanged;
    actions.showingView(view);
    frameBasics(frame, info);
    frame.getContentPane().removeAll();
    frame.getContentPane().setLayout(new BorderLayout());
    if (frame.getContentPane() instanceof JComponent content) {
      content.setBorder(null);
    }
    frame.addWindowListener(
        new WindowAdapter() {
          @Override
          public void windowClosing(WindowEvent e) {
            close();
          }
        });
    frame.setJMenuBar(menuBar());
    frame.getContentPane().add(toolBar(), BorderLayout.NORTH);
    frame.getContentPane().add(west, BorderLayout.WEST);
    banners.setLayout(new javax.swing.BoxLayout(banners, javax.swing.BoxLayout.Y_AXIS));
    JPanel north = new JPanel(new BorderLayout());
    north.add(chartHeader, BorderLayout.NORTH);
    north.add(banners, BorderLayout.CENTER);
    JPanel centre = new JPanel(new BorderLayout());
    centre.add(north, BorderLayout.NORTH);
    centreTabs.setName("centreTabs");
    centreTabs.addTab(Messages.get("Record.tab.chart"), canvas);
    centre.add(centreTabs, BorderLayout.CENTER);
    frame.getContentPane().add(centre, BorderLayout.CENTER);
    frame.getContentPane().add(east, BorderLayout.EAST);
    frame.getContentPane().add(statusBar, BorderLayout.SOUTH);
    // Wide enough for the inspector's two-column rows without truncating their labels.
    east.setPreferredSize(new Dimension(350, 600));
    canvas.addViewListener(this::updateStatus);
    CanvasKeys.install(canvas, actions::selectTool);
    ChartContextMenu.install(canvas, actions::selectTool, this::useInspectorControl);
    bindWindowKeys();
    statusBar.showMessage(Messages.format("StatusBar.ready", info.databaseFile()));
    if (!shown) {
      frame.pack();
      WindowPlaces.restore(frame, settings);
    }
    updateStatus();
    if (Boolean.TRUE.equals(frame.getRootPane().getClientProperty(CLOSE_ASKED))) {
      javax.swing.SwingUtilities.invokeLater(this::close);
    }
  }

  private static void frameBasics(JFrame frame, AppInfo info) {
    frame.setName("main");
    frame.setTitle(Messages.format("MainWindow.title", info.databaseFile()));
    frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
  }

  /**
   * The window as it first shows, before its menus, panels and database: at its remembered bounds,
   * with nothing but {@code canvas}, at {@code chartMargins} (null: none) from the window's edges
   * (inside its decorations), where the whole window had its chart when the margins were
   * remembered. Nothing in it can be clicked; closing it is done once the window is built ({@link
   * #MainWindow(AppInfo, Settings, Runnable, JFrame, ChartCanvas)}). Call on the event thread; not
   * yet shown.
   */
  public static JFrame firstFrame(
      AppInfo info, Settings settings, ChartCanvas canvas, java.awt.Insets chartMargins) {
    JFrame frame = new JFrame();
    frameBasics(frame, info);
    frame.addWindowListener(
        new WindowAdapter() {
          @Override
          public void windowClosing(WindowEvent e) {
            frame.getRootPane().putClientProperty(CLOSE_ASKED, Boolean.TRUE);
          }
        });
    JPanel content = new JPanel(new BorderLayout());
    if (chartMargins != null) {
      content.setBorder(
          javax.swing.BorderFactory.createEmptyBorder(
              chartMargins.top, chartMargins.left, chartMargins.bottom, chartMargins.right));
    }
    content.add(canvas, BorderLayout.CENTER);
    frame.setContentPane(content);
    frame.pack();
    WindowPlaces.restore(frame, settings);
    return frame;
  }

  /**
   * Where the chart canvas is in the window now: its distances from the edges of the window's
   * inside (the root pane), which stay the same when the window is resized.
   */
  public java.awt.Insets chartMargins() {
    Rectangle r =
        javax.swing.SwingUtilities.convertRectangle(
            canvas.getParent(), canvas.getBounds(), frame.getRootPane());
    return new java.awt.Insets(
        r.y,
        r.x,
        frame.getRootPane().getHeight() - r.y - r.height,
        frame.getRootPane().getWidth() - r.x - r.width);
  }

  public JFrame frame() {
    return frame;
  }

  /** Shows who is charting in the title bar, beside the database file. */
  void showPractitioner(String name) {
    frame.setTitle(Messages.format("MainWindow.titleWith", name, info.databaseFile()));
  }

  /** The running app's version, database and log folder. */
  public AppInfo info() {
    return info;
  }

  public ChartCanvas canvas() {
    return canvas;
  }

  public void show() {
    frame.setVisible(true);
    canvas.requestFocusInWindow();
  }

  /** The view shown now (or about to be shown while the atlas loads). */
  public BodyView view() {
    return view;
  }

  /** Shows the first loaded view before the whole atlas is there. */
  public void showAtlasView(AtlasView first) {
    if (atlas == null && first.view() == view) {
      canvas.showView(first);
      updateStatus();
    }
  }

  /** The whole atlas has loaded: every view can be shown and regions looked up. */
  public void setAtlas(Atlas loaded) {
    this.atlas = loaded;
    actions.showViewsOf(loaded.views());
    if (!loaded.hasView(view)) {
      // A visit on a version without the view shown (a hand on v1) opens on its first view.
      view = loaded.views().get(0);
      actions.showingView(view);
      canvas.editor().ifPresent(e -> e.setView(view));
    }
    canvas.setAtlasLookups(
        MuscleWords.abbreviations(loaded.muscles()),
        p -> loaded.regions().at(view, p).stream().findFirst());
    canvas.setMarkDescriptions(new MarkDescriptions(MuscleWords.names(loaded.muscles())));
    // The first view shown came from a quick load of its own; keep it when it is the same drawing.
    boolean sameDrawing =
        canvas.atlasView().map(v -> v.view() == view && sameVersion(loaded)).orElse(false);
    if (!sameDrawing) {
      canvas.showView(loaded.view(view));
    }
    shownVersion = loaded.version();
    updateRegionLayer();
    updateStatus();
  }

  private boolean sameVersion(Atlas loaded) {
    return shownVersion == null || shownVersion.equals(loaded.version());
  }

  public Optional<Atlas> atlas() {
    return Optional.ofNullable(atlas);
  }

  /** Tells the user that the outline could not be loaded; the rest of the app keeps working. */
  public void showOutlineFailure(String reason) {
    statusBar.showMessage(Messages.format("StatusBar.outlineFailed", reason));
  }

  public void showMessage(String text) {
    statusBar.showMessage(text);
  }

  /** Shows the record check's progress or outcome in a word, with the details as a tooltip. */
  /** The open visit's measures (pain extent, WPI score), details in the tooltip; empty for none. */
  public void showMetrics(String text, String details) {
    statusBar.showMetrics(text, details);
  }

  public void showRecords(String text, String details) {
    statusBar.showRecords(text, details);
  }

  /** Shows the warning about the zones being looked at, or clears it with an empty text. */
  public void showZoneWarning(String text) {
    statusBar.showWarning(text);
  }

  /** Shows whose referral zones are painted next, or nothing with an empty text. */
  public void showZoneOwner(String text) {
    statusBar.showOwner(text);
  }

  /** Puts {@code panel} (patients and visits) on the left side of the window. */
  public void setSidePanel(JComponent panel) {
    west.removeAll();
    west.add(panel, BorderLayout.CENTER);
    west.revalidate();
    west.repaint();
  }

  /**
   * Charts with {@code editor} (null closes the chart); {@code inspector} goes on the right side.
   */
  public void setChart(ChartEditor editor, JComponent inspector) {
    canvas.editor().ifPresent(e -> e.removeChangeListener(editorListener));
    if (editor != null) {
      editor.setView(view);
      editor.setTool(actions.tool());
      editor.setHiddenKinds(actions.hiddenKinds());
      editor.addChangeListener(editorListener);
    }
    canvas.setEditor(editor);
    east.removeAll();
    if (inspector != null) {
      east.add(inspector, BorderLayout.CENTER);
    }
    east.revalidate();
    east.repaint();
    actions.update();
    if (editor == null) {
      statusBar.showMessage(Messages.get("StatusBar.noVisit"));
    } else {
      // The chart is what the practitioner works on next, not the button that opened the visit.
      canvas.requestFocusInWindow();
    }
    statusBar.showWarning("");
    statusBar.showOwner("");
  }

  /** Puts the visit record on the tab beside the chart. */
  public void setRecordPanel(JComponent record) {
    centreTabs.addTab(Messages.get("Record.tab"), record);
    centreTabs.setToolTipTextAt(1, Messages.get("Record.tab.tooltip"));
    centreTabs.setToolTipTextAt(0, Messages.get("Record.tab.chart.tooltip"));
    record.addPropertyChangeListener(
        ASKING,
        e -> {
          boolean asking = Boolean.TRUE.equals(e.getNewValue());
          centreTabs.setTitleAt(1, Messages.get(asking ? "Record.tab.asking" : "Record.tab"));
          centreTabs.setToolTipTextAt(
              1, Messages.get(asking ? "Record.tab.asking.tooltip" : "Record.tab.tooltip"));
        });
  }

  /**
   * The property a record panel fires, {@code true} while it has a question for the patient that
   * should be asked first (how they fared since the last visit's needling).
   */
  public static final String ASKING = "asking";

  /** Shows the visit record ({@code true}) or the chart. */
  public void showRecord(boolean record) {
    if (centreTabs.getTabCount() > 1) {
      centreTabs.setSelectedIndex(record ? 1 : 0);
    }
    if (!record) {
      canvas.requestFocusInWindow();
    }
  }

  /** Whether the visit record is shown rather than the chart. */
  public boolean recordShown() {
    return centreTabs.getSelectedIndex() == 1;
  }

  /** Adds {@code menu} to the menu bar before the Tools menu. */
  public void addMenu(JMenu menu) {
    menuBar.add(menu, menuBar.getComponentIndex(toolsMenu));
    menuBar.revalidate();
  }

  /** Puts {@code header} (which visit is being charted) above the chart canvas. */
  public void setChartHeader(JComponent header) {
    chartHeader.removeAll();
    chartHeader.add(header, BorderLayout.CENTER);
    chartHeader.revalidate();
  }

  /** Adds actions (new patient, new visit, ...) at the top of the File menu. */
  public void addFileActions(javax.swing.Action... fileActions) {
    int index = 0;
    for (javax.swing.Action a : fileActions) {
      JMenuItem item = new JMenuItem(a);
      item.setName("menu.file." + index);
      fileMenu.insert(item, index++);
    }
    fileMenu.insertSeparator(index);
  }

  /** Adds {@code action} at the end of the View menu, after a separator, named {@code name}. */
  public void addViewAction(javax.swing.Action action, String name) {
    viewMenu.addSeparator();
    JMenuItem item = new JMenuItem(action);
    item.setName(name);
    viewMenu.add(item);
  }

  /** Adds {@code action} at the end of the Tools menu, after a separator, named {@code name}. */
  public void addToolsAction(javax.swing.Action action, String name) {
    toolsMenu.addSeparator();
    JMenuItem item = new JMenuItem(action);
    item.setName(name);
    toolsMenu.add(item);
  }

  /**
   * Adds a group of items (Export…, Print…; Back Up Now, Restore from Backup…) to the File menu, in
   * a group of their own just above Quit, after the groups added before; each item is named after
   * its message key.
   */
  void addFileGroup(javax.swing.Action... groupActions) {
    int index = fileMenu.getMenuComponentCount() - 1;
    for (javax.swing.Action a : groupActions) {
      JMenuItem item = new JMenuItem(a);
      item.setName(keyOf(a));
      fileMenu.insert(item, index++);
    }
    fileMenu.insertSeparator(index);
  }

  private static String keyOf(javax.swing.Action action) {
    return (String) action.getValue(javax.swing.Action.ACTION_COMMAND_KEY);
  }

  /** Puts {@code banner} in a strip above the chart; it shows and hides itself. */
  public void addBanner(JComponent banner) {
    banner.setAlignmentX(0f);
    banners.add(banner);
    banners.revalidate();
  }

  /** Tells {@code listener} of each view put on the clipboard by Copy Image. */
  public void onImageCopied(java.util.function.Consumer<app.myomap.model.BodyView> listener) {
    actions.onCopied(listener);
  }

  /**
   * Asks {@code mayClose} when the window is about to close, before settings are saved; closing
   * stops when it answers false (the user chose to stay).
   */
  public void beforeClose(java.util.function.BooleanSupplier mayClose) {
    this.beforeClose = mayClose;
  }

  /** Saves the window's settings, disposes it and runs the close callback. */
  public void close() {
    if (!beforeClose.getAsBoolean()) {
      return;
    }
    saveBounds();
    frame.dispose();
    onClosed.run();
  }

  /** Shows another view of the shown atlas version; remembered for the next start. */
  public void switchView(BodyView next) {
    view = next;
    settings.put(UiSettings.CURRENT_VIEW, next.id());
    actions.showingView(next);
    canvas.editor().ifPresent(e -> e.setView(next));
    if (atlas != null) {
      canvas.showView(atlas.view(next));
    }
    updateRegionLayer();
    updateStatus();
  }

  /** Shows or hides the muscle regions of the current view, as the View menu says. */
  public void setRegionLayerVisible(boolean visible) {
    regionsItem.setSelected(visible);
    updateRegionLayer();
  }

  /** Clicks the inspector's button, or focuses its field, of that name; for the chart's menu. */
  private void useInspectorControl(String name) {
    findNamed(east, name)
        .ifPresent(
            c -> {
              if (c instanceof AbstractButton button) {
                button.doClick();
              } else {
                c.requestFocusInWindow();
              }
            });
  }

  private static Optional<Component> findNamed(Container in, String name) {
    for (Component c : in.getComponents()) {
      if (name.equals(c.getName())) {
        return Optional.of(c);
      }
      if (c instanceof Container inner) {
        Optional<Component> found = findNamed(inner, name);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private void updateRegionLayer() {
    canvas.showRegions(
        regionsItem.isSelected() && atlas != null ? atlas.view(view).regions() : List.of());
  }

  private void editorChanged() {
    actions.update();
    // The editor may show another view itself (Go to point); the window follows it.
    canvas.editor().filter(e -> e.view() != view).ifPresent(e -> switchView(e.view()));
  }

  private void updateStatus() {
    Optional<Point2D> pointer = canvas.pointerOutline();
    statusBar.showView(canvas.transform().zoomPercent(), pointer);
    if (atlas != null && pointer.isPresent()) {
      statusBar.showRegion(regionText(atlas.regions().at(view, pointer.get())));
    } else {
      statusBar.showRegion("");
    }
  }

  /** "Upper trapezius (R) + deeper: Levator scapulae (R)" for the regions under the pointer. */
  private String regionText(List<MuscleRegion> ranked) {
    if (ranked.isEmpty()) {
      return "";
    }
    MuscleRegion top = ranked.get(0);
    String name = muscleName(top);
    if (ranked.size() == 1) {
      return Messages.format("StatusBar.region", name, top.side().code());
    }
    String deeper =
        ranked.subList(1, ranked.size()).stream()
            .map(r -> muscleName(r) + " (" + r.side().code() + ")")
            .collect(Collectors.joining(", "));
    return Messages.format("StatusBar.regionDeeper", name, top.side().code(), deeper);
  }

  private String muscleName(MuscleRegion region) {
    return atlas.muscles().byId(region.muscleId()).map(m -> m.name()).orElse(region.muscleId());
  }

  private JMenuBar menuBar() {
    JMenuBar bar = new JMenuBar();
    menuBar = bar;
    JMenu file = menu("menu.file", KeyEvent.VK_F);
    fileMenu = file;
    file.add(item("menu.file.quit", KeyStroke.getKeyStroke(KeyEvent.VK_Q, SHORTCUT), this::close));
    bar.add(file);
    bar.add(actions.editMenu());

    viewMenu = menu("menu.view", KeyEvent.VK_V);
    actions.addViewItems(viewMenu);
    viewMenu.addSeparator();
    viewMenu.add(
        item(
            "menu.view.zoomIn",
            KeyStroke.getKeyStroke(KeyEvent.VK_EQUALS, SHORTCUT),
            canvas::zoomIn));
    viewMenu.add(
        item(
            "menu.view.zoomOut",
            KeyStroke.getKeyStroke(KeyEvent.VK_MINUS, SHORTCUT),
            canvas::zoomOut));
    viewMenu.add(
        item(
            "menu.view.fit", KeyStroke.getKeyStroke(KeyEvent.VK_0, SHORTCUT), canvas::fitToWindow));
    viewMenu.addSeparator();
    regionsItem = new JCheckBoxMenuItem(Messages.get("menu.view.regions"));
    regionsItem.setName("menu.view.regions");
    regionsItem.setAccelerator(
        KeyStroke.getKeyStroke(KeyEvent.VK_M, SHORTCUT | KeyEvent.SHIFT_DOWN_MASK));
    regionsItem.setToolTipText(Messages.get("menu.view.regions.tooltip"));
    regionsItem.addActionListener(e -> updateRegionLayer());
    viewMenu.add(regionsItem);
    viewMenu.add(labelsItem());
    JCheckBoxMenuItem dark = new JCheckBoxMenuItem(Messages.get("menu.view.dark"));
    dark.setName("menu.view.dark");
    dark.setSelected(settings.get(UiSettings.DARK_MODE));
    dark.addActionListener(
        e -> {
          settings.put(UiSettings.DARK_MODE, dark.isSelected());
          Themes.switchTo(dark.isSelected());
        });
    viewMenu.add(dark);
    bar.add(viewMenu);
    toolsMenu = actions.toolsMenu();
    bar.add(toolsMenu);

    JMenu help = menu("menu.help", KeyEvent.VK_H);
    help.add(
        item(
            "menu.help.shortcuts",
            KeyStroke.getKeyStroke(KeyEvent.VK_F1, 0),
            () -> new ShortcutsDialog(frame).setVisible(true)));
    help.add(item("menu.help.logFolder", null, this::openLogFolder));
    help.add(item("menu.help.about", null, () -> new AboutDialog(frame, info).setVisible(true)));
    bar.add(help);
    return bar;
  }

  private JCheckBoxMenuItem labelsItem() {
    JCheckBoxMenuItem labels = new JCheckBoxMenuItem(Messages.get("menu.view.labels"));
    labels.setName("menu.view.labels");
    labels.setAccelerator(
        KeyStroke.getKeyStroke(KeyEvent.VK_L, SHORTCUT | KeyEvent.SHIFT_DOWN_MASK));
    labels.setToolTipText(Messages.get("menu.view.labels.tooltip"));
    labels.setSelected(settings.get(UiSettings.SHOW_LABELS));
    canvas.setLabelsShown(labels.isSelected());
    labels.addActionListener(
        e -> {
          settings.put(UiSettings.SHOW_LABELS, labels.isSelected());
          canvas.setLabelsShown(labels.isSelected());
        });
    return labels;
  }

  private void bindWindowKeys() {
    // Keypad and shifted variants of the zoom keys, and Ctrl+Y for redo, work too.
    bindKey(KeyStroke.getKeyStroke(KeyEvent.VK_ADD, SHORTCUT), "zoomIn", canvas::zoomIn);
    bindKey(KeyStroke.getKeyStroke(KeyEvent.VK_PLUS, SHORTCUT), "zoomIn", canvas::zoomIn);
    bindKey(
        KeyStroke.getKeyStroke(KeyEvent.VK_EQUALS, SHORTCUT | KeyEvent.SHIFT_DOWN_MASK),
        "zoomIn",
        canvas::zoomIn);
    bindKey(KeyStroke.getKeyStroke(KeyEvent.VK_SUBTRACT, SHORTCUT), "zoomOut", canvas::zoomOut);
    bindKey(KeyStroke.getKeyStroke(KeyEvent.VK_NUMPAD0, SHORTCUT), "fit", canvas::fitToWindow);
    bindKey(
        KeyStroke.getKeyStroke(KeyEvent.VK_Y, SHORTCUT),
        "redo",
        () -> actions.redoAction().actionPerformed(null));
  }

  /** Help › Open Log Folder: shows the folder in the file manager, or names it where it cannot. */
  private void openLogFolder() {
    java.nio.file.Path folder = info.logFolder();
    try {
      java.nio.file.Files.createDirectories(folder);
      if (java.awt.Desktop.isDesktopSupported()
          && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
        java.awt.Desktop.getDesktop().open(folder.toFile());
        statusBar.showMessage(Messages.format("StatusBar.logFolder", folder));
        return;
      }
    } catch (java.io.IOException | RuntimeException e) {
      java.util.logging.Logger.getLogger(MainWindow.class.getName())
          .log(java.util.logging.Level.WARNING, "Could not open the log folder " + folder, e);
    }
    javax.swing.JOptionPane.showMessageDialog(
        frame,
        Messages.format("MainWindow.logFolder", folder),
        Messages.get("menu.help.logFolder"),
        javax.swing.JOptionPane.INFORMATION_MESSAGE);
  }

  private JToolBar toolBar() {
    JToolBar bar = new JToolBar();
    bar.setFloatable(false);
    actions.addToToolBar(bar);
    bar.addSeparator();
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
    frame.getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(stroke, name);
    frame
        .getRootPane()
        .getActionMap()
        .put(
            name,
            new AbstractAction() {
              private static final long serialVersionUID = 1L;

              @Override
              public void actionPerformed(ActionEvent e) {
                run.run();
              }
            });
  }

  private static BodyView rememberedView(Settings settings, List<BodyView> currentViews) {
    try {
      BodyView remembered = BodyView.ofId(settings.get(UiSettings.CURRENT_VIEW));
      return currentViews.contains(remembered) ? remembered : currentViews.get(0);
    } catch (IllegalArgumentException e) {
      return currentViews.get(0);
    }
  }

  private void saveBounds() {
    boolean maximized = (frame.getExtendedState() & Frame.MAXIMIZED_BOTH) == Frame.MAXIMIZED_BOTH;
    settings.put(UiSettings.WINDOW_MAXIMIZED, maximized);
    if (!maximized) {
      Rectangle b = frame.getBounds();
      settings.put(UiSettings.WINDOW_BOUNDS, WindowPlaces.boundsText(b));
    }
  }
}
