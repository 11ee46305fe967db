package app.myomap.model.record;

import java.time.Instant;
import java.util.Objects;

/**
 * A record entry as kept: its id (the same for all its versions), which version it is, who wrote it
 * and when.
 */
public record StoredEntry(
    String entryId, int version, RecordEntry entry, String author, Instant writtenAt) {
  public StoredEntry {
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(writtenAt, "writtenAt");
    if (version < 1) {
      throw new IllegalArgumentException("Entry versions count from 1, got " + version);
    }
  }

  public RecordSection section() {
    return entry.section();
  }
}
