package app.myomap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.myomap.model.Patient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database this user can only read opens as a viewer: every record can be read, every write is
 * refused as read-only, and neither the file nor its folder gains or changes a byte.
 */
class DatabaseReadOnlyTest {
  @TempDir Path folder;

  @Test
  void aReadOnlyFileIsReadLikeAnyOtherRefusesWritesAndLeavesNoSideFile() throws Exception {
    Path file = folder.resolve("clinic.db");
    Patient anna = Patient.create("Anna Müller", LocalDate.of(1980, 3, 1), "MRN-7");
    try (Database database = Database.open(file)) {
      new PatientStore(database).create(anna, "Dr Lee");
    }
    Map<String, String> before = FolderSnapshot.of(folder);

    try (Database viewer = Database.openForViewing(file)) {
      assertThat(viewer.isReadOnly()).isTrue();
      assertThat(new PatientStore(viewer).get(anna.id())).contains(anna);
      DatabaseException refused =
          catchThrowableOfType(
              DatabaseException.class,
              () ->
                  new PatientStore(viewer)
                      .create(Patient.create("Ben Ode", LocalDate.of(1990, 1, 1), ""), "Dr Lee"));
      assertThat(refused.problem()).isEqualTo(StorageProblem.READ_ONLY);
      assertThat(FolderSnapshot.of(folder)).as("no lock, no -wal, no -shm").isEqualTo(before);
    }
    assertThat(FolderSnapshot.of(folder)).isEqualTo(before);
  }

  @Test
  void aReadOnlyFileWithChangesStillInItsLogIsRefusedUntouched() throws Exception {
    Path live = folder.resolve("live.db");
    Database.open(live).close();
    Path copy = folder.resolve("copy").resolve("clinic.db");
    Files.createDirectories(copy.getParent());
    try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + live);
        Statement statement = writer.createStatement()) {
      statement.execute("PRAGMA wal_autocheckpoint = 0");
      statement.execute("INSERT INTO meta (key, value) VALUES ('probe', 'in the log only')");
      // A copy taken while the change is only in the log, as a crash leaves it.
      Files.copy(live, copy);
      Files.copy(folder.resolve("live.db-wal"), copy.resolveSibling("clinic.db-wal"));
    }
    Map<String, String> before = FolderSnapshot.of(copy.getParent());

    DatabaseRefusedException refused =
        catchThrowableOfType(DatabaseRefusedException.class, () -> Database.openForViewing(copy));

    assertThat(refused.reason()).isEqualTo(DatabaseRefusedException.Reason.READ_ONLY_NEEDS_WRITE);
    assertThat(refused).hasMessageContaining("-wal");
    assertThat(FolderSnapshot.of(copy.getParent())).isEqualTo(before);
  }
}
