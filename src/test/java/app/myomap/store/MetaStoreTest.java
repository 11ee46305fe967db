package app.myomap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.myomap.model.Visit;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetaStoreTest {
  @TempDir Path folder;

  @Test
  void practitionerIsStoredOnceAndKeptAcrossReopening() throws Exception {
    Path file = folder.resolve("myomap.db");
    try (Database database = Database.open(file)) {
      MetaStore meta = new MetaStore(database);
      assertThat(meta.practitioner()).isEmpty();

      meta.setPractitioner("  Dr Jane Smith ");
      meta.setPractitioner("Dr Jane Smith-Brown");
    }

    try (Database database = Database.open(file)) {
      assertThat(new MetaStore(database).practitioner()).contains("Dr Jane Smith-Brown");
    }
  }

  @Test
  void blankOrOverlongNamesAreRefused() throws Exception {
    try (Database database = Database.open(folder.resolve("myomap.db"))) {
      MetaStore meta = new MetaStore(database);
      meta.setPractitioner("Dr Kept");

      assertThatThrownBy(() -> meta.setPractitioner(" \t"))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> meta.setPractitioner(null))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> meta.setPractitioner("x".repeat(Visit.MAX_PRACTITIONER_LENGTH + 1)))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(meta.practitioner()).contains("Dr Kept");
    }
  }
}
