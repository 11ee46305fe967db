package app.myomap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.myomap.model.Patient;
import app.myomap.model.Visit;
import app.myomap.model.VisitUnlock;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history of past visits made editable again: kept with its reason, never rewritten. */
class VisitUnlockHistoryTest {
  @TempDir Path folder;

  private Database database;
  private VisitStore store;
  private Visit lastWeek;

  @BeforeEach
  void openDatabase() throws Exception {
    database = Database.open(folder.resolve("myomap.db"));
    store = new VisitStore(database);
    Patient patient = Patient.create("Alex Morgan", LocalDate.of(1980, 3, 14), "");
    new PatientStore(database).create(patient, "Dr Lee");
    lastWeek =
        new Visit(
            UUID.randomUUID().toString(),
            patient.id(),
            Instant.parse("2026-11-28T09:30:00Z"),
            "v1",
            "Dr Lee");
    store.create(lastWeek);
  }

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Test
  void unlocksAreKeptWithTheirReasonOldestFirstAcrossAReopen() throws Exception {
    VisitUnlock first =
        new VisitUnlock(
            lastWeek.id(),
            Instant.parse("2026-12-04T10:42:00.123Z"),
            "Dr Lee",
            "Forgot the left infraspinatus point");
    VisitUnlock second =
        new VisitUnlock(
            lastWeek.id(), Instant.parse("2026-12-05T08:00:00Z"), "Sam Rivera", "Typo in a note");
    store.recordUnlock(second);
    store.recordUnlock(first);

    database.close();
    database = Database.open(folder.resolve("myomap.db"));

    assertThat(new VisitStore(database).unlocks(lastWeek.id())).containsExactly(first, second);
    assertThat(new VisitStore(database).unlocks(UUID.randomUUID().toString())).isEmpty();
  }

  @Test
  void theHistoryCannotBeChangedOrRemoved() {
    store.recordUnlock(
        new VisitUnlock(lastWeek.id(), Instant.parse("2026-12-04T10:42:00Z"), "Dr Lee", "Typo"));

    for (String sql :
        List.of(
            "UPDATE visit_unlocks SET reason = 'Nothing happened'",
            "UPDATE visit_unlocks SET author = 'Someone Else'",
            "DELETE FROM visit_unlocks")) {
      assertThatThrownBy(() -> execute(sql))
          .as(sql)
          .isInstanceOf(DatabaseException.class)
          .hasMessageContaining("append-only");
    }
    assertThat(store.unlocks(lastWeek.id()))
        .singleElement()
        .extracting(VisitUnlock::reason, VisitUnlock::practitioner)
        .containsExactly("Typo", "Dr Lee");
  }

  @Test
  void anUnlockNeedsAReasonAndAKnownVisit() {
    Instant at = Instant.parse("2026-12-04T10:42:00Z");
    assertThatThrownBy(() -> new VisitUnlock(lastWeek.id(), at, "Dr Lee", "  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reason");
    assertThatThrownBy(
            () ->
                store.recordUnlock(
                    new VisitUnlock(UUID.randomUUID().toString(), at, "Dr Lee", "Typo")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.unlocks(lastWeek.id())).isEmpty();
  }

  @Test
  void aVisitIsPastFromTheNextLocalDay() {
    ZoneId auckland = ZoneId.of("Pacific/Auckland");
    // 28 Nov 09:30 UTC is 22:30 the same day in Auckland.
    Clock sameEvening = Clock.fixed(Instant.parse("2026-11-28T10:59:00Z"), auckland);
    Clock afterMidnight = Clock.fixed(Instant.parse("2026-11-28T11:01:00Z"), auckland);

    assertThat(lastWeek.startedBeforeToday(sameEvening)).isFalse();
    assertThat(lastWeek.startedBeforeToday(afterMidnight)).isTrue();
  }

  private void execute(String sql) {
    database.inTransaction(
        c -> {
          try (Statement statement = c.createStatement()) {
            return statement.executeUpdate(sql);
          }
        });
  }
}
