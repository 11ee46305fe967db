package app.myomap.store;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which backups to keep: the newest of each of the last {@code daily} days that have a backup, of
 * each of the last {@code weekly} weeks (Monday to Sunday) and of each of the last {@code monthly}
 * months, days counted in the clinic's time zone; the newest backup is always kept.
 */
public record BackupRotation(int daily, int weekly, int monthly) {
  /** 7 daily, 4 weekly and 12 monthly backups. */
  public static final BackupRotation DEFAULT = new BackupRotation(7, 4, 12);

  public BackupRotation {
    if (daily < 0 || weekly < 0 || monthly < 0) {
      throw new IllegalArgumentException("Backups to keep cannot be negative");
    }
  }

  /** The backup times among {@code times} to keep; every other one may be deleted. */
  public Set<Instant> keep(Collection<Instant> times, ZoneId zone) {
    List<Instant> newestFirst = new ArrayList<>(new HashSet<>(times));
    newestFirst.sort(Comparator.reverseOrder());
    Set<Instant> kept = new LinkedHashSet<>();
    if (newestFirst.isEmpty()) {
      return kept;
    }
    kept.add(newestFirst.get(0));
    kept.addAll(newestPerPeriod(newestFirst, daily, t -> t.atZone(zone).toLocalDate()));
    kept.addAll(
        newestPerPeriod(
            newestFirst,
            weekly,
            t ->
                t.atZone(zone)
                    .toLocalDate()
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))));
    kept.addAll(newestPerPeriod(newestFirst, monthly, t -> YearMonth.from(t.atZone(zone))));
    return kept;
  }

  /** The newest time of each of the {@code count} newest periods that hold a time. */
  private static List<Instant> newestPerPeriod(
      List<Instant> newestFirst, int count, Function<Instant, ?> period) {
    List<Instant> chosen = new ArrayList<>();
    Set<Object> seen = new HashSet<>();
    for (Instant time : newestFirst) {
      if (seen.size() == count) {
        break;
      }
      if (seen.add(period.apply(time))) {
        chosen.add(time);
      }
    }
    return chosen;
  }
}
