package app.myomap.ui;

import app.myomap.edit.ChartEditor;
import app.myomap.edit.CommandLabel;
import app.myomap.edit.ToolKind;
import app.myomap.model.BodyView;
import app.myomap.model.MarkKind;
import java.awt.Component;
import java.awt.Toolkit;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;
import javax.swing.AbstractAction;
import javax.swing.AbstractButton;
import javax.swing.Action;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.JToggleButton;
import javax.swing.JToolBar;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;

/**
 * The chart's commands as Swing actions shared by menus and toolbar: undo and redo (labelled with
 * what they will undo), delete, select all, the tools and the views of the shown atlas version
 * (Ctrl+1 for its first view, and so on). Their enabled and selected states follow the current
 * editor.
 */
final class ChartActions {
  private static final int SHORTCUT = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();

  private final ChartCanvas canvas;
  private final Consumer<BodyView> viewSwitch;
  private final Action undo;
  private final Action redo;
  private final Action delete;
  private final Action selectAll;
  private final Action confirm;
  private final Action confirmAll;
  private final Action copyImage;
  private final Consumer<String> status;
  private final Map<ToolKind, Action> tools = new EnumMap<>(ToolKind.class);
  private final Map<BodyView, Action> views = new EnumMap<>(BodyView.class);
  private final Map<BodyView, JRadioButtonMenuItem> viewItems = new EnumMap<>(BodyView.class);
  private final Map<BodyView, AbstractButton> viewButtons = new EnumMap<>(BodyView.class);
  private final ButtonGroup viewItemGroup = new ButtonGroup();
  private final ButtonGroup viewButtonGroup = new ButtonGroup();
  private List<BodyView> shownViews;
  private JMenu viewMenu;
  private JToolBar toolBar;
  private final Action findingsLayer;
  private final Action symptomsLayer;
  private ToolKind tool = ToolKind.SELECT;
  private BodyView view = BodyView.ANTERIOR;

  /** Told of each view copied, once the window knows whose chart it is (the audit log). */
  private Consumer<BodyView> copied = v -> {};

  /** How much sharper than the screen a copied picture is, for a letter that gets printed. */
  private static final double COPY_DENSITY = 2;

  /**
   * @param shownViews the views of the atlas version shown first, in display order
   */
  ChartActions(
      ChartCanvas canvas,
      List<BodyView> shownViews,
      Consumer<BodyView> viewSwitch,
      Consumer<String> status) {
    this.canvas = canvas;
    this.shownViews = List.copyOf(shownViews);
    this.viewSwitch = viewSwitch;
    this.status = status;
    undo =
        action(
            "menu.edit.undo",
            KeyStroke.getKeyStroke(KeyEvent.VK_Z, SHORTCUT),
            () -> editor().ifPresent(ChartEditor::undo));
    redo =
        action(
            "menu.edit.redo",
            KeyStroke.getKeyStroke(KeyEvent.VK_Z, SHORTCUT | KeyEvent.SHIFT_DOWN_MASK),
            () -> editor().ifPresent(ChartEditor::redo));
    delete =
        action(
            "menu.edit.delete",
            KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0),
            () -> editor().ifPresent(ChartEditor::deleteSelection));
    selectAll =
        action(
            "menu.edit.selectAll",
            KeyStroke.getKeyStroke(KeyEvent.VK_A, SHORTCUT),
            () -> editor().ifPresent(ChartEditor::selectAll));
    confirm =
        action(
            "menu.edit.confirm",
            KeyStroke.getKeyStroke(KeyEvent.VK_C, 0),
            () -> editor().ifPresent(ChartEditor::confirmSelection));
    confirmAll = action("menu.edit.confirmAll", null, this::confirmAllRemaining);
    copyImage =
        action(
            "menu.edit.copyImage",
            KeyStroke.getKeyStroke(KeyEvent.VK_C, SHORTCUT | KeyEvent.SHIFT_DOWN_MASK),
            this::copyImage);
    copyImage.putValue(Action.SHORT_DESCRIPTION, Messages.get("menu.edit.copyImage.tooltip"));
    tools.put(ToolKind.SELECT, toolAction("tool.select", ToolKind.SELECT, KeyEvent.VK_V));
    tools.put(
        ToolKind.TRIGGER_POINT,
        toolAction("tool.triggerPoint", ToolKind.TRIGGER_POINT, KeyEvent.VK_T));
    tools.put(ToolKind.NOTE_PIN, toolAction("tool.notePin", ToolKind.NOTE_PIN, KeyEvent.VK_N));
    tools.put(
        ToolKind.REFERRAL_ZONE,
        toolAction("tool.referralZone", ToolKind.REFERRAL_ZONE, KeyEvent.VK_R));
    tools.put(
        ToolKind.SYMPTOM_AREA,
        toolAction("tool.symptomArea", ToolKind.SYMPTOM_AREA, KeyEvent.VK_S));
    tools.put(ToolKind.ERASER, toolAction("tool.eraser", ToolKind.ERASER, KeyEvent.VK_E));
    findingsLayer = layerAction("layer.findings");
    symptomsLayer = layerAction("layer.symptoms");
    for (BodyView v : BodyView.values()) {
      views.put(v, action("view." + v.id(), null, () -> viewSwitch.accept(v)));
    }
    numberViews();
    update();
  }

  /**
   * Offers the views of another atlas version: menus and toolbar list only them, in its order, and
   * Ctrl+1, Ctrl+2... switch to them; the views it lacks are hidden and their actions disabled.
   */
  void showViewsOf(List<BodyView> versionViews) {
    if (versionViews.equals(shownViews)) {
      return;
    }
    shownViews = List.copyOf(versionViews);
    numberViews();
    if (viewMenu != null) {
      viewItems.values().forEach(viewMenu::remove);
      placeViews(viewItems, (item, i) -> viewMenu.add(item, i));
      viewMenu.revalidate();
    }
    if (toolBar != null) {
      viewButtons.values().forEach(toolBar::remove);
      placeViews(viewButtons, (button, i) -> toolBar.add(button, i));
      toolBar.revalidate();
      toolBar.repaint();
    }
  }

  /** The views offered now, in display order. */
  List<BodyView> shownViews() {
    return shownViews;
  }

  private void numberViews() {
    for (BodyView v : BodyView.values()) {
      Action a = views.get(v);
      int number = shownViews.indexOf(v) + 1;
      a.setEnabled(number > 0);
      a.putValue(
          Action.ACCELERATOR_KEY,
          number > 0 && number <= 9
              ? KeyStroke.getKeyStroke(KeyEvent.VK_0 + number, SHORTCUT)
              : null);
      a.putValue(
          Action.SHORT_DESCRIPTION,
          Messages.format("view.tooltip", Messages.get("view." + v.id()), number));
    }
  }

  /** Inserts the shown views' components at the start of a menu or toolbar, in display order. */
  private <C extends Component> void placeViews(
      Map<BodyView, C> components, ObjIntConsumer<C> insert) {
    int index = 0;
    for (BodyView v : shownViews) {
      C component = components.get(v);
      if (component != null) {
        insert.accept(component, index++);
      }
    }
  }

  /** Selects {@code kind} as the active tool, in the editor and in menus and toolbar. */
  void selectTool(ToolKind kind) {
    tool = kind;
    editor().ifPresent(e -> e.setTool(kind));
    canvas.requestFocusInWindow();
    update();
  }

  ToolKind tool() {
    return tool;
  }

  /** The kinds of mark the layer toggles hide now. */
  Set<MarkKind> hiddenKinds() {
    Set<MarkKind> hidden = EnumSet.noneOf(MarkKind.class);
    if (!Boolean.TRUE.equals(findingsLayer.getValue(Action.SELECTED_KEY))) {
      hidden.addAll(EnumSet.of(MarkKind.TRIGGER_POINT, MarkKind.REFERRAL_ZONE, MarkKind.NOTE_PIN));
    }
    if (!Boolean.TRUE.equals(symptomsLayer.getValue(Action.SELECTED_KEY))) {
      hidden.add(MarkKind.SYMPTOM_AREA);
    }
    return hidden;
  }

  private Action layerAction(String key) {
    Action a =
        new AbstractAction(Messages.get(key)) {
          private static final long serialVersionUID = 1L;

          @Override
          public void actionPerformed(ActionEvent e) {
            editor().ifPresent(ed -> ed.setHiddenKinds(hiddenKinds()));
            canvas.repaint();
          }
        };
    a.putValue(Action.SHORT_DESCRIPTION, Messages.get(key + ".tooltip"));
    a.putValue(Action.SELECTED_KEY, true);
    return a;
  }

  /** Marks {@code shown} as the current view in menus and toolbar. */
  void showingView(BodyView shown) {
    view = shown;
    update();
  }

  /** Refreshes enabled states, selections and the undo/redo labels from the current editor. */
  void update() {
    Optional<ChartEditor> editor = editor();
    boolean open = editor.isPresent();
    undo.setEnabled(open && editor.get().canUndo());
    redo.setEnabled(open && editor.get().canRedo());
    undo.putValue(Action.NAME, label("menu.edit.undo", editor.flatMap(ChartEditor::undoLabel)));
    redo.putValue(Action.NAME, label("menu.edit.redo", editor.flatMap(ChartEditor::redoLabel)));
    delete.setEnabled(open && !editor.get().selection().isEmpty());
    selectAll.setEnabled(open);
    confirm.setEnabled(
        open
            && editor.get().selection().ids().stream()
                .anyMatch(id -> editor.get().chart().get(id).awaitsReexamination()));
    confirmAll.setEnabled(open && !editor.get().chart().awaitingReexamination().isEmpty());
    tools.forEach(
        (kind, a) -> {
          a.setEnabled(open);
          a.putValue(Action.SELECTED_KEY, kind == tool);
        });
    views.forEach((v, a) -> a.putValue(Action.SELECTED_KEY, v == view));
  }

  /** The text of a command label, e.g. "Move 3 trigger points". */
  static String describe(CommandLabel label) {
    return Messages.format(label.key(), label.count());
  }

  private static String label(String key, Optional<CommandLabel> what) {
    return what.map(l -> Messages.format(key + "What", describe(l))).orElse(Messages.get(key));
  }

  JMenu editMenu() {
    JMenu menu = new JMenu(Messages.get("menu.edit"));
    menu.setName("menu.edit");
    menu.setMnemonic(KeyEvent.VK_E);
    menu.add(item(undo, "menu.edit.undo"));
    menu.add(item(redo, "menu.edit.redo"));
    menu.addSeparator();
    menu.add(item(delete, "menu.edit.delete"));
    menu.add(item(selectAll, "menu.edit.selectAll"));
    menu.addSeparator();
    JMenuItem confirmItem = new KeyShownCommand(confirm);
    confirmItem.setName("menu.edit.confirm");
    menu.add(confirmItem);
    menu.add(item(confirmAll, "menu.edit.confirmAll"));
    menu.addSeparator();
    menu.add(item(copyImage, "menu.edit.copyImage"));
    return menu;
  }

  /**
   * Confirms every carried finding not re-examined yet as still present, after the practitioner
   * says so in a dialog that counts them: never a side effect of anything else.
   */
  private void confirmAllRemaining() {
    Optional<ChartEditor> editor = editor();
    int count = editor.map(e -> e.chart().awaitingReexamination().size()).orElse(0);
    if (count == 0) {
      return;
    }
    int answer =
        JOptionPane.showConfirmDialog(
            SwingUtilities.getWindowAncestor(canvas),
            Messages.format("confirmAll.question", count),
            Messages.get("confirmAll.title"),
            JOptionPane.OK_CANCEL_OPTION,
            JOptionPane.QUESTION_MESSAGE);
    if (answer == JOptionPane.OK_OPTION) {
      editor.get().confirmAllRemaining();
    }
  }

  /** Tells {@code listener} of each view put on the clipboard by Copy Image. */
  void onCopied(Consumer<BodyView> listener) {
    copied = listener;
  }

  /** Puts the view as shown on the system clipboard as a picture, and says so. */
  private void copyImage() {
    Optional<BufferedImage> picture = canvas.pictureAsShown(COPY_DENSITY);
    if (picture.isEmpty()) {
      status.accept(Messages.get("copyImage.nothing"));
      return;
    }
    try {
      Toolkit.getDefaultToolkit()
          .getSystemClipboard()
          .setContents(new ImageTransfer(picture.get()), null);
      status.accept(Messages.format("copyImage.done", Messages.get("view." + view.id())));
      copied.accept(view);
    } catch (IllegalStateException e) {
      // Another program holds the clipboard for a moment.
      status.accept(Messages.get("copyImage.busy"));
    }
  }

  JMenu toolsMenu() {
    JMenu menu = new JMenu(Messages.get("menu.tools"));
    menu.setName("menu.tools");
    menu.setMnemonic(KeyEvent.VK_T);
    ButtonGroup group = new ButtonGroup();
    tools.forEach(
        (kind, a) -> {
          JRadioButtonMenuItem item = new KeyShownItem(a);
          item.setName("menu." + a.getValue(Action.ACTION_COMMAND_KEY));
          group.add(item);
          menu.add(item);
        });
    return menu;
  }

  /** The view items for the View menu. */
  void addViewItems(JMenu menu) {
    viewMenu = menu;
    views.forEach(
        (v, a) -> {
          JRadioButtonMenuItem item = new JRadioButtonMenuItem(a);
          item.setName("menu.view." + v.id());
          viewItemGroup.add(item);
          viewItems.put(v, item);
        });
    placeViews(viewItems, (item, i) -> menu.add(item, i));
  }

  void addToToolBar(JToolBar bar) {
    toolBar = bar;
    views.forEach(
        (v, a) -> viewButtons.put(v, toggle(a, "toolbar.view." + v.id(), viewButtonGroup)));
    placeViews(viewButtons, (button, i) -> bar.add(button, i));
    bar.addSeparator();
    ButtonGroup toolGroup = new ButtonGroup();
    tools.forEach(
        (kind, a) ->
            bar.add(toggle(a, "toolbar." + a.getValue(Action.ACTION_COMMAND_KEY), toolGroup)));
    bar.addSeparator();
    JToggleButton findings = new JToggleButton(findingsLayer);
    findings.setName("toolbar.layer.findings");
    findings.setFocusable(false);
    bar.add(findings);
    JToggleButton symptoms = new JToggleButton(symptomsLayer);
    symptoms.setName("toolbar.layer.symptoms");
    symptoms.setFocusable(false);
    bar.add(symptoms);
    bar.addSeparator();
    bar.add(button(undo, "toolbar.undo", "\u21B6"));
    bar.add(button(redo, "toolbar.redo", "\u21B7"));
  }

  /** Binds the redo alternative Ctrl+Y in the window. */
  Action redoAction() {
    return redo;
  }

  private Optional<ChartEditor> editor() {
    return canvas.editor();
  }

  private Action toolAction(String key, ToolKind kind, int keyCode) {
    Action a = action(key, null, () -> selectTool(kind));
    a.putValue(Action.SHORT_DESCRIPTION, Messages.get(key + ".tooltip"));
    a.putValue(Action.ACTION_COMMAND_KEY, key);
    a.putValue(Action.MNEMONIC_KEY, keyCode);
    a.putValue(Action.ACCELERATOR_KEY, KeyStroke.getKeyStroke(keyCode, 0));
    return a;
  }

  /**
   * A tool's menu item that shows its single key; the key itself is the chart's ({@link
   * CanvasKeys}), so that it is typed text, not a tool switch, while a text field has the focus.
   */
  private static final class KeyShownItem extends JRadioButtonMenuItem {
    private static final long serialVersionUID = 1L;

    KeyShownItem(Action a) {
      super(a);
    }

    @Override
    protected boolean processKeyBinding(KeyStroke ks, KeyEvent e, int condition, boolean pressed) {
      return condition != WHEN_IN_FOCUSED_WINDOW
          && super.processKeyBinding(ks, e, condition, pressed);
    }
  }

  /** A command's menu item that shows its single key, the chart's as for {@link KeyShownItem}. */
  private static final class KeyShownCommand extends JMenuItem {
    private static final long serialVersionUID = 1L;

    KeyShownCommand(Action a) {
      super(a);
    }

    @Override
    protected boolean processKeyBinding(KeyStroke ks, KeyEvent e, int condition, boolean pressed) {
      return condition != WHEN_IN_FOCUSED_WINDOW
          && super.processKeyBinding(ks, e, condition, pressed);
    }
  }

  private static Action action(String key, KeyStroke accelerator, Runnable run) {
    Action a =
        new AbstractAction(Messages.get(key)) {
          private static final long serialVersionUID = 1L;

          @Override
          public void actionPerformed(ActionEvent e) {
            run.run();
          }
        };
    if (accelerator != null) {
      a.putValue(Action.ACCELERATOR_KEY, accelerator);
    }
    return a;
  }

  private static JMenuItem item(Action a, String name) {
    JMenuItem item = new JMenuItem(a);
    item.setName(name);
    return item;
  }

  private static AbstractButton toggle(Action a, String name, ButtonGroup group) {
    JToggleButton button = new JToggleButton(a);
    button.setName(name);
    button.setFocusable(false);
    group.add(button);
    return button;
  }

  private static JButton button(Action a, String name, String glyph) {
    JButton button = new JButton(a);
    button.setName(name);
    button.setText(glyph);
    button.setToolTipText(null);
    button.setFocusable(false);
    a.addPropertyChangeListener(
        e -> {
          if (Action.NAME.equals(e.getPropertyName())) {
            button.setText(glyph);
            button.setToolTipText(String.valueOf(e.getNewValue()));
          }
        });
    button.setToolTipText(String.valueOf(a.getValue(Action.NAME)));
    return button;
  }
}
