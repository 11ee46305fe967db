package app.myomap.atlas;

import java.util.Locale;

/** How deep a muscle lies under the skin, which decides the ranking of overlapping regions. */
public enum Depth {
  SUPERFICIAL,
  DEEP;

  /** The lower-case id used in the muscle catalogue ("superficial" or "deep"). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a catalogue id.
   *
   * @throws IllegalArgumentException if the id is neither "superficial" nor "deep"
   */
  public static Depth ofId(String id) {
    for (Depth depth : values()) {
      if (depth.id().equals(id)) {
        return depth;
      }
    }
    throw new IllegalArgumentException("Unknown depth: " + id);
  }
}
