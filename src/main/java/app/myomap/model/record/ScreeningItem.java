package app.myomap.model.record;

import java.util.Optional;

/**
 * One question of the screening checklist before needling: a stable id, the words asked, whether it
 * is an absolute contraindication or a precaution, and the patient's medical alert (e.g.
 * "PREGNANCY") that ticks it, if any. A visit's screening keeps the item as it was asked.
 */
public record ScreeningItem(
    String id, String words, ScreeningCategory category, Optional<String> alertId) {

  /** The longest words of one item. */
  public static final int MAX_WORDS = 200;

  public ScreeningItem {
    if (id == null || !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("A screening item id is lower-case words joined by '-'");
    }
    words = RecordFields.note(words, "A screening item's words");
    if (words.isEmpty() || words.contains("\n") || words.length() > MAX_WORDS) {
      throw new IllegalArgumentException(
          "A screening item's words are one line of at most " + MAX_WORDS + " characters");
    }
    if (category == null) {
      throw new IllegalArgumentException("A screening item is absolute or a precaution");
    }
    if (alertId == null || alertId.isPresent() && !alertId.get().matches("[A-Z][A-Z_]*[A-Z]")) {
      throw new IllegalArgumentException(
          "A medical alert id is an upper-case name, e.g. PREGNANCY");
    }
  }
}
