package app.myomap.ui;

import app.myomap.edit.ChartEditor;
import app.myomap.edit.Hover;
import app.myomap.edit.Modifiers;
import app.myomap.edit.ToolKind;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.ReferralZone;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointStatus;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Point2D;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;

/**
 * The chart's right-click menu, offering what a desktop user looks for at the spot clicked: on a
 * trigger point its note, muscle, status, a referral zone and deletion; on a zone deletion and its
 * trigger point; on empty space a trigger point placed there, select all and fit to the window. A
 * right click on a mark outside the selection selects it first, so the menu acts on what was
 * clicked.
 */
final class ChartContextMenu extends MouseAdapter {
  private final ChartCanvas canvas;
  private final Consumer<ToolKind> toolSwitch;
  private final Consumer<String> inspectorControl;

  private ChartContextMenu(
      ChartCanvas canvas, Consumer<ToolKind> toolSwitch, Consumer<String> inspectorControl) {
    this.canvas = canvas;
    this.toolSwitch = toolSwitch;
    this.inspectorControl = inspectorControl;
  }

  /**
   * Shows the menu on right clicks on {@code canvas}; {@code toolSwitch} selects a tool and {@code
   * inspectorControl} uses the inspector's control of that name (clicks a button, focuses a field).
   */
  static void install(
      ChartCanvas canvas, Consumer<ToolKind> toolSwitch, Consumer<String> inspectorControl) {
    canvas.addMouseListener(new ChartContextMenu(canvas, toolSwitch, inspectorControl));
  }

  @Override
  public void mousePressed(MouseEvent e) {
    showIfTrigger(e);
  }

  @Override
  public void mouseReleased(MouseEvent e) {
    showIfTrigger(e);
  }

  private void showIfTrigger(MouseEvent e) {
    Optional<ChartEditor> open = canvas.editor();
    if (!e.isPopupTrigger() || open.isEmpty()) {
      return;
    }
    ChartEditor editor = open.get();
    Point2D at = canvas.transform().toOutline(e.getPoint());
    editor.move(at);
    Optional<Mark> mark =
        editor.hover().flatMap(Hover::mark).flatMap(id -> editor.chart().find(id));
    JPopupMenu menu = mark.map(m -> markMenu(editor, m)).orElseGet(() -> canvasMenu(editor, at));
    menu.show(canvas, e.getX(), e.getY());
  }

  private JPopupMenu markMenu(ChartEditor editor, Mark mark) {
    if (!editor.selection().contains(mark.id())) {
      editor.select(List.of(mark.id()));
    }
    JPopupMenu menu = new JPopupMenu();
    menu.setName("chartMenu.mark");
    if (mark instanceof TriggerPoint tp) {
      menu.add(
          item(
              "ChartMenu.editNote",
              "chartMenu.editNote",
              () -> inspectorControl.accept("inspector.note")));
      menu.add(
          item(
              "ChartMenu.changeMuscle",
              "chartMenu.changeMuscle",
              () -> inspectorControl.accept("inspector.changeMuscle")));
      boolean active = tp.status() == TriggerPointStatus.ACTIVE;
      TriggerPointStatus other = active ? TriggerPointStatus.LATENT : TriggerPointStatus.ACTIVE;
      menu.add(
          item(
              active ? "ChartMenu.makeLatent" : "ChartMenu.makeActive",
              "chartMenu.status",
              () -> editor.updateSelectedTriggerPoints(p -> p.withStatus(other))));
      menu.add(
          item(
              "ChartMenu.addReferralZone",
              "chartMenu.addReferralZone",
              () -> {
                editor.select(List.of(tp.id()));
                toolSwitch.accept(ToolKind.REFERRAL_ZONE);
              }));
    }
    if (mark instanceof ReferralZone zone) {
      Optional<MarkId> owner =
          zone.owner()
              .filter(id -> editor.chart().find(id).isPresent())
              .filter(id -> editor.chart().get(id).view() == editor.view());
      JMenuItem select =
          item(
              "ChartMenu.selectOwner",
              "chartMenu.selectOwner",
              () -> owner.ifPresent(id -> editor.select(List.of(id))));
      select.setEnabled(owner.isPresent());
      menu.add(select);
    }
    menu.addSeparator();
    menu.add(item("ChartMenu.delete", "chartMenu.delete", editor::deleteSelection));
    return menu;
  }

  private JPopupMenu canvasMenu(ChartEditor editor, Point2D at) {
    JPopupMenu menu = new JPopupMenu();
    menu.setName("chartMenu.canvas");
    menu.add(
        item(
            "ChartMenu.addTriggerPoint",
            "chartMenu.addTriggerPoint",
            () -> {
              ToolKind before = editor.tool();
              toolSwitch.accept(ToolKind.TRIGGER_POINT);
              editor.press(at, Modifiers.NONE);
              editor.release(at, Modifiers.NONE);
              toolSwitch.accept(before);
            }));
    menu.addSeparator();
    menu.add(item("ChartMenu.selectAll", "chartMenu.selectAll", editor::selectAll));
    menu.add(item("ChartMenu.fit", "chartMenu.fit", canvas::fitToWindow));
    return menu;
  }

  private static JMenuItem item(String key, String name, Runnable run) {
    JMenuItem item = new JMenuItem(Messages.get(key));
    item.setName(name);
    item.addActionListener(e -> run.run());
    return item;
  }
}
