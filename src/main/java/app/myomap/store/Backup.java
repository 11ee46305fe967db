package app.myomap.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** One complete backup of a database: its file and the manifest written beside it. */
public record Backup(Path file, BackupManifest manifest) {
  public Instant createdAt() {
    return manifest.createdAt();
  }

  /**
   * Whether the file is still byte for byte what was verified: its size and SHA-256 match the
   * manifest's.
   */
  public boolean matchesManifest() throws IOException {
    return Files.size(file) == manifest.sizeBytes()
        && BackupWriter.sha256(file).equals(manifest.sha256());
  }

  /** Refuses a backup whose file is no longer what was verified (changed or damaged since). */
  public void requireMatchesManifest() throws DatabaseRefusedException, IOException {
    if (!matchesManifest()) {
      throw new DatabaseRefusedException(
          DatabaseRefusedException.Reason.DAMAGED,
          file,
          "it is no longer the file that was verified when the backup was made");
    }
  }
}
