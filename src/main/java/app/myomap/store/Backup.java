package app.myomap.store;

import java.nio.file.Path;
import java.time.Instant;

/** One complete backup of a database: its file and the manifest written beside it. */
public record Backup(Path file, BackupManifest manifest) {
  public Instant createdAt() {
    return manifest.createdAt();
  }
}
