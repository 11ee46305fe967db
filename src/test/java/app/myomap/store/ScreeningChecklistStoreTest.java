package app.myomap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.myomap.model.record.ScreeningCategory;
import app.myomap.model.record.ScreeningChecklist;
import app.myomap.model.record.ScreeningItem;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clinic's screening checklist as the database file keeps it: versions, append-only. */
class ScreeningChecklistStoreTest {
  private static final ScreeningItem PHOBIA =
      new ScreeningItem(
          "needle-phobia",
          "Strong fear of needles",
          ScreeningCategory.ABSOLUTE,
          Optional.of("NEEDLE_PHOBIA"));
  private static final ScreeningItem CHILD =
      new ScreeningItem("child", "Child", ScreeningCategory.PRECAUTION, Optional.empty());

  @TempDir Path folder;

  private Database database;
  private ScreeningChecklistStore store;

  @BeforeEach
  void open() throws Exception {
    database = Database.open(folder.resolve("clinic.db"));
    store =
        new ScreeningChecklistStore(
            database, new TickingClock(Instant.parse("2026-12-07T10:00:00Z")));
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void eachSaveIsANewVersionAndRetiredItemsKeepTheirIds() {
    assertThat(store.current()).isEmpty();
    store.save(new ScreeningChecklist("draft", List.of(PHOBIA, CHILD)), "Alex Chen");
    ScreeningItem renamed =
        new ScreeningItem("child", "Under 18", ScreeningCategory.ABSOLUTE, Optional.empty());

    ScreeningChecklist second =
        store.save(new ScreeningChecklist("draft", List.of(renamed), List.of(PHOBIA)), "Alex Chen");

    assertThat(second.version()).isEqualTo("clinic-2");
    assertThat(store.current()).contains(second);
    assertThat(second.items()).containsExactly(renamed);
    assertThat(second.retired()).containsExactly(PHOBIA);
    assertThat(second.usesId("needle-phobia")).isTrue();
  }

  @Test
  void storedVersionsCannotBeChangedOrRemovedInTheFile() throws Exception {
    store.save(new ScreeningChecklist("draft", List.of(PHOBIA)), "Alex Chen");
    database.close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("clinic.db"));
        Statement sql = c.createStatement()) {
      assertThatThrownBy(
              () -> sql.executeUpdate("UPDATE screening_checklist_items SET words = 'x'"))
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM screening_checklist_items"))
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM screening_checklist_versions"))
          .hasMessageContaining("append-only");
    }
    database = Database.open(folder.resolve("clinic.db"));
    store =
        new ScreeningChecklistStore(
            database, new TickingClock(Instant.parse("2026-12-07T11:00:00Z")));
    assertThat(store.current().orElseThrow().items()).containsExactly(PHOBIA);
  }
}
