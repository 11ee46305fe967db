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

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
