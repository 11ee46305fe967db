package app.myomap.ui;

import app.myomap.atlas.SafetyTable;
import java.util.Optional;

/**
 * The words of the needling-safety table shown beside a muscle: its note and the table's version.
 */
final class SafetyWords {
  private SafetyWords() {}

  /** A tooltip with the muscle's needling-safety note and the table version it comes from. */
  static Optional<String> tooltip(SafetyTable safety, String muscleId) {
    return safety
        .of(muscleId)
        .map(s -> Messages.format("Safety.tooltip", escape(s.note()), escape(safety.version())));
  }

  /**
   * The risk in a line the inspector keeps short: the structures at risk ("lung, nerve"), the whole
   * note being in the tooltip; the note itself for a muscle whose hazards are not named.
   */
  static String shortRisk(app.myomap.atlas.NeedlingSafety safety) {
    if (safety.hazards().isEmpty()) {
      return Messages.format("Inspector.risk", safety.note());
    }
    return Messages.format(
        "Inspector.riskShort",
        safety.hazards().stream()
            .sorted()
            .map(h -> Messages.get("Safety.hazard." + h.name()))
            .collect(java.util.stream.Collectors.joining(", ")));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
