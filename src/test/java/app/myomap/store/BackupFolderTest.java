package app.myomap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What counts as a backup in a folder, and what rotation and clean-up may touch. */
class BackupFolderTest {
  @TempDir Path dir;

  private BackupFolder folder;

  @org.junit.jupiter.api.BeforeEach
  void folder() {
    folder = new BackupFolder(dir, Path.of("/data/clinic.db"));
  }

  @Test
  void onlyANamedFileWithItsManifestCountsAsABackup() throws Exception {
    Path complete = backup("clinic-20261201-080000Z.db", "2026-12-01T08:00:00Z");
    Files.writeString(dir.resolve(".clinic-20261202-080000Z.db.partial"), "half");
    Files.writeString(dir.resolve("clinic-20261203-080000Z.db"), "no manifest yet");
    backup("other-20261201-080000Z.db", "2026-12-01T08:00:00Z");

    assertThat(folder.list()).extracting(Backup::file).containsExactly(complete);
  }

  @Test
  void leftoversOfAnInterruptedBackupAreRemovedAndNothingElse() throws Exception {
    Path complete = backup("clinic-20261201-080000Z.db", "2026-12-01T08:00:00Z");
    Files.writeString(dir.resolve(".clinic-20261202-080000Z.db.partial"), "half");
    Files.writeString(dir.resolve(".clinic-20261202-080000Z.db.partial-journal"), "journal");
    Files.writeString(dir.resolve("clinic-20261202-080000Z.manifest.properties"), "orphan");
    Files.writeString(dir.resolve(".other-20261202-080000Z.db.partial"), "another database's");
    Files.writeString(dir.resolve("notes.txt"), "the user's");

    folder.removeLeftovers();

    assertThat(names())
        .containsExactlyInAnyOrder(
            complete.getFileName().toString(),
            "clinic-20261201-080000Z.manifest.properties",
            ".other-20261202-080000Z.db.partial",
            "notes.txt");
  }

  @Test
  void rotationDeletesOnlyThisDatabasesBackupsItDoesNotKeep() throws Exception {
    backup("clinic-20261201-080000Z.db", "2026-12-01T08:00:00Z");
    Path newer = backup("clinic-20261201-200000Z.db", "2026-12-01T20:00:00Z");
    Path other = backup("other-20261201-080000Z.db", "2026-12-01T08:00:00Z");

    assertThat(folder.rotate(BackupRotation.DEFAULT, ZoneOffset.UTC))
        .containsExactly(dir.resolve("clinic-20261201-080000Z.db"));

    assertThat(folder.list()).extracting(Backup::file).containsExactly(newer);
    assertThat(other).exists();
    assertThat(dir.resolve("clinic-20261201-080000Z.manifest.properties")).doesNotExist();
  }

  @Test
  void aSecondBackupInTheSameSecondTakesTheNextName() throws Exception {
    backup("clinic-20261201-080000Z.db", "2026-12-01T08:00:00Z");
    assertThat(folder.fileFor(Instant.parse("2026-12-01T08:00:00.500Z")).getFileName())
        .hasToString("clinic-20261201-080001Z.db");
  }

  private Path backup(String name, String createdAt) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, "backup");
    new BackupManifest(Instant.parse(createdAt), "test", 6, 6, "00", ChainHead.EMPTY, true)
        .write(BackupFolder.manifestOf(file));
    return file;
  }

  private Stream<String> names() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).toList().stream();
    }
  }
}
