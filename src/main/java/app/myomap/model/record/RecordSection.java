package app.myomap.model.record;

/**
 * The parts of a visit's clinical record beside its chart (DOMAIN.md §3, §7, §8). A single section
 * holds at most one current entry per visit; needling entries (one per treated trigger point) and
 * adverse events may be many.
 */
public enum RecordSection {
  SUBJECTIVE("subjective", true),
  INTAKE("intake", true),
  SINCE_LAST_VISIT("since-last-visit", true),
  SCREENING("screening", true),
  CONSENT("consent", true),
  NEEDLING("needling", false),
  RETEST("retest", true),
  ADVERSE_EVENT("adverse-event", false),
  AFTER_CARE("after-care", true);

  private final String id;
  private final boolean single;

  RecordSection(String id, boolean single) {
    this.id = id;
    this.single = single;
  }

  /** The stable name stored in the database. */
  public String id() {
    return id;
  }

  /** Whether a visit has at most one current entry of this section. */
  public boolean single() {
    return single;
  }

  /**
   * The section stored as {@code id}.
   *
   * @throws IllegalArgumentException if no section has that name
   */
  public static RecordSection ofId(String id) {
    for (RecordSection section : values()) {
      if (section.id.equals(id)) {
        return section;
      }
    }
    throw new IllegalArgumentException("Unknown record section: " + id);
  }
}
