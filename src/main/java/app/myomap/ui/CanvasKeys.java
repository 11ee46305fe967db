package app.myomap.ui;

import app.myomap.edit.ChartEditor;
import app.myomap.edit.ToolKind;
import app.myomap.model.MarkId;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointStatus;
import java.awt.KeyboardFocusManager;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import javax.swing.text.JTextComponent;

/**
 * The single-key shortcuts of the chart, active anywhere in the window except while a text field
 * has the focus (so typing a note never triggers them, but a click on a button or a list does not
 * switch them off): tools (V, T, N, R, S, E), brush size ([ and ]), delete, nudge, the twitch count
 * (digits), active/latent (L), Enter to close a polygon and space-to-pan. A focused component that
 * binds the same key itself (a list's arrows, a button's space) keeps it.
 */
final class CanvasKeys {
  /** A nudge moves the selection by this many screen pixels; with Shift, ten times as far. */
  private static final double NUDGE_PX = 1;

  /** One press of [ or ] changes the brush diameter by this factor. */
  private static final double BRUSH_STEP = 1.25;

  private final ChartCanvas canvas;
  private final Consumer<ToolKind> toolSwitch;

  private CanvasKeys(ChartCanvas canvas, Consumer<ToolKind> toolSwitch) {
    this.canvas = canvas;
    this.toolSwitch = toolSwitch;
  }

  /** Installs the shortcuts on {@code canvas}; {@code toolSwitch} selects a tool in the window. */
  static void install(ChartCanvas canvas, Consumer<ToolKind> toolSwitch) {
    new CanvasKeys(canvas, toolSwitch).bindAll();
  }

  private void bindAll() {
    bind(
        KeyStroke.getKeyStroke(KeyEvent.VK_T, 0),
        "tool.triggerPoint",
        () -> toolSwitch.accept(ToolKind.TRIGGER_POINT));
    bind(
        KeyStroke.getKeyStroke(KeyEvent.VK_N, 0),
        "tool.notePin",
        () -> toolSwitch.accept(ToolKind.NOTE_PIN));
    bind(
        KeyStroke.getKeyStroke(KeyEvent.VK_V, 0),
        "tool.select",
        () -> toolSwitch.accept(ToolKind.SELECT));
    bind(
        KeyStroke.getKeyStroke(KeyEvent.VK_R, 0),
        "tool.referralZone",
        () -> toolSwitch.accept(ToolKind.REFERRAL_ZONE));
    bind(
        KeyStroke.getKeyStroke(KeyEvent.VK_S, 0),
        "tool.symptomArea",
        () -> toolSwitch.accept(ToolKind.SYMPTOM_AREA));
    bind(
        KeyStroke.getKeyStroke(KeyEvent.VK_E, 0),
        "tool.eraser",
        () -> toolSwitch.accept(ToolKind.ERASER));
    bind(
        KeyStroke.getKeyStroke(KeyEvent.VK_OPEN_BRACKET, 0),
        "brushSmaller",
        () -> resizeBrush(1 / BRUSH_STEP));
    bind(
        KeyStroke.getKeyStroke(KeyEvent.VK_CLOSE_BRACKET, 0),
        "brushLarger",
        () -> resizeBrush(BRUSH_STEP));
    bind(
        KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0),
        "finishPolygon",
        () -> withEditor(e -> e.zones().finishPolygon()));
    bind(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "cancel", this::cancel);
    bind(KeyStroke.getKeyStroke(KeyEvent.VK_L, 0), "toggleLatent", this::toggleLatent);
    bind(
        KeyStroke.getKeyStroke(KeyEvent.VK_C, 0),
        "confirm",
        () -> withEditor(ChartEditor::confirmSelection));
    bind(
        KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0),
        "delete",
        () -> withEditor(ChartEditor::deleteSelection));
    bind(
        KeyStroke.getKeyStroke(KeyEvent.VK_BACK_SPACE, 0),
        "delete",
        () -> withEditor(ChartEditor::deleteSelection));
    nudge(KeyEvent.VK_LEFT, -1, 0);
    nudge(KeyEvent.VK_RIGHT, 1, 0);
    nudge(KeyEvent.VK_UP, 0, -1);
    nudge(KeyEvent.VK_DOWN, 0, 1);
    for (int digit = 0; digit <= 9; digit++) {
      int count = digit;
      bind(
          KeyStroke.getKeyStroke(KeyEvent.VK_0 + digit, 0),
          "twitch" + digit,
          () -> setTwitchCount(count));
      bind(
          KeyStroke.getKeyStroke(KeyEvent.VK_NUMPAD0 + digit, 0),
          "twitch" + digit,
          () -> setTwitchCount(count));
    }
    bind(
        KeyStroke.getKeyStroke(KeyEvent.VK_SPACE, 0, false),
        "panOn",
        () -> canvas.setSpaceHeld(true));
    bind(
        KeyStroke.getKeyStroke(KeyEvent.VK_SPACE, 0, true),
        "panOff",
        () -> canvas.setSpaceHeld(false));
  }

  private void cancel() {
    canvas
        .editor()
        .ifPresent(
            editor -> {
              if (!editor.cancel()) {
                editor.clearSelection();
              }
            });
  }

  private void resizeBrush(double factor) {
    withEditor(
        editor -> {
          editor.zones().setBrushRadius(editor.zones().brushRadius() * factor);
          canvas.repaint();
        });
  }

  /** L switches the selected trigger points between active and latent. */
  private void toggleLatent() {
    withEditor(
        editor ->
            editor.updateSelectedTriggerPoints(
                tp ->
                    tp.withStatus(
                        tp.status() == TriggerPointStatus.ACTIVE
                            ? TriggerPointStatus.LATENT
                            : TriggerPointStatus.ACTIVE)));
  }

  private void nudge(int keyCode, int dx, int dy) {
    bind(
        KeyStroke.getKeyStroke(keyCode, 0),
        "nudge" + keyCode,
        () -> nudgeBy(dx * NUDGE_PX, dy * NUDGE_PX));
    bind(
        KeyStroke.getKeyStroke(keyCode, InputEvent.SHIFT_DOWN_MASK),
        "nudgeFar" + keyCode,
        () -> nudgeBy(dx * NUDGE_PX * 10, dy * NUDGE_PX * 10));
  }

  private void nudgeBy(double dxPx, double dyPx) {
    double scale = canvas.transform().scale();
    withEditor(editor -> editor.nudge(dxPx / scale, dyPx / scale));
  }

  /** Digits set the twitch count of the one selected trigger point (and mark the LTR present). */
  private void setTwitchCount(int count) {
    withEditor(
        editor -> {
          if (editor.selection().size() != 1) {
            return;
          }
          MarkId id = editor.selection().ids().iterator().next();
          if (editor.chart().find(id).filter(TriggerPoint.class::isInstance).isPresent()) {
            editor.setTwitchCount(id, count);
          }
        });
  }

  private void withEditor(Consumer<ChartEditor> action) {
    canvas.editor().ifPresent(action);
  }

  /** Whether the keyboard focus is in a text component, where single keys are typed text. */
  static boolean typingText() {
    return KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner()
        instanceof JTextComponent;
  }

  private void bind(KeyStroke stroke, String name, Runnable run) {
    InputMap keys = canvas.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW);
    keys.put(stroke, name);
    canvas
        .getActionMap()
        .put(
            name,
            new AbstractAction() {
              private static final long serialVersionUID = 1L;

              // A disabled binding leaves the key event to the text field that has the focus.
              @Override
              public boolean isEnabled() {
                return !typingText();
              }

              @Override
              public void actionPerformed(ActionEvent e) {
                run.run();
              }
            });
  }
}
