package app.myomap.ui;

import app.myomap.edit.ChartEditor;
import app.myomap.edit.OwnerCandidates.OwnerCandidate;
import app.myomap.edit.ToolKind;
import app.myomap.edit.ZoneChecks;
import app.myomap.edit.ZoneWarning;
import java.util.Optional;
import java.util.function.Function;

/**
 * Keeps the window's zone feedback true for one open visit: the warning about the zones being
 * looked at (cleared as soon as it stops holding) and, while the referral-zone tool is active,
 * whose zones the next stroke paints, in the status bar and beside the brush ring.
 */
final class ZoneStatusLine {
  private final MainWindow window;
  private final ChartEditor editor;
  private final ZoneChecks checks;
  private final OwnerText text;
  private final Runnable listener = this::showOwner;

  ZoneStatusLine(MainWindow window, ChartEditor editor, ZoneChecks checks, OwnerText text) {
    this.window = window;
    this.editor = editor;
    this.checks = checks;
    this.text = text;
    checks.addListener(this::showWarning);
    editor.addChangeListener(listener);
    window.canvas().setRingLabel(e -> e == editor ? nextOwner(text::shortLabel) : Optional.empty());
    showWarning(checks.current());
    showOwner();
  }

  /** Stops following the visit's editor and clears what it showed. */
  void detach() {
    checks.detach();
    editor.removeChangeListener(listener);
    window.canvas().setRingLabel(e -> Optional.empty());
    window.showZoneWarning("");
    window.showZoneOwner("");
  }

  private void showWarning(Optional<ZoneWarning> warning) {
    window.showZoneWarning(warning.map(w -> Messages.get(w.reason().key())).orElse(""));
  }

  private void showOwner() {
    window.showZoneOwner(
        nextOwner(c -> Messages.format("StatusBar.zoneOwner", text.brief(c))).orElse(""));
  }

  private Optional<String> nextOwner(Function<OwnerCandidate, String> words) {
    if (editor.tool() != ToolKind.REFERRAL_ZONE) {
      return Optional.empty();
    }
    return editor.zones().nextOwner().flatMap(id -> text.candidate(editor.chart(), id)).map(words);
  }
}
