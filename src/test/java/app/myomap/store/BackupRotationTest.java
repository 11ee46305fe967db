package app.myomap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackupRotationTest {
  private static final Instant NOW = Instant.parse("2026-12-06T22:30:00Z");

  @Test
  void nothingToKeepOfNoBackups() {
    assertThat(BackupRotation.DEFAULT.keep(List.of(), ZoneOffset.UTC)).isEmpty();
  }

  @Test
  void theNewestIsKeptEvenWhenNothingElseIs() {
    Set<Instant> kept =
        new BackupRotation(0, 0, 0).keep(List.of(NOW.minusSeconds(60), NOW), ZoneOffset.UTC);
    assertThat(kept).containsExactly(NOW);
  }

  @Test
  void ofSeveralBackupsInADayOnlyTheNewestOfThatDayIsKept() {
    Instant morning = Instant.parse("2026-12-06T08:00:00Z");
    Instant noon = Instant.parse("2026-12-06T12:00:00Z");
    Instant yesterday = Instant.parse("2026-12-05T12:00:00Z");
    Set<Instant> kept =
        new BackupRotation(7, 0, 0).keep(List.of(morning, noon, NOW, yesterday), ZoneOffset.UTC);
    assertThat(kept).containsExactlyInAnyOrder(NOW, yesterday);
  }

  @Test
  void ninetyDailyBackupsKeepSevenDaysFourWeeksAndThreeMonths() {
    List<Instant> daily = new ArrayList<>();
    for (int day = 0; day < 90; day++) {
      daily.add(NOW.minusSeconds(86_400L * day));
    }
    Set<Instant> kept = BackupRotation.DEFAULT.keep(daily, ZoneOffset.UTC);

    // 2026-12-06 is a Sunday: the last 7 days, then the Sundays of the 3 weeks before (the 4th
    // week is this one), then the newest of October and of September (November's is a daily).
    assertThat(kept)
        .containsExactlyInAnyOrder(
            NOW,
            day("2026-12-05"),
            day("2026-12-04"),
            day("2026-12-03"),
            day("2026-12-02"),
            day("2026-12-01"),
            day("2026-11-30"),
            day("2026-11-29"),
            day("2026-11-22"),
            day("2026-11-15"),
            day("2026-10-31"),
            day("2026-09-30"));
  }

  @Test
  void daysAreCountedInTheClinicsTimeZone() {
    // 23:30 UTC on the 5th is already the 6th in Auckland, the same day as NOW there.
    Instant lateUtc = Instant.parse("2026-12-05T23:30:00Z");
    Instant earlier = Instant.parse("2026-12-06T10:00:00Z");
    assertThat(
            new BackupRotation(7, 0, 0)
                .keep(List.of(lateUtc, earlier), java.time.ZoneId.of("Pacific/Auckland")))
        .containsExactly(earlier);
    assertThat(new BackupRotation(7, 0, 0).keep(List.of(lateUtc, earlier), ZoneOffset.UTC))
        .containsExactlyInAnyOrder(lateUtc, earlier);
  }

  private static Instant day(String date) {
    return Instant.parse(date + "T22:30:00Z");
  }
}
