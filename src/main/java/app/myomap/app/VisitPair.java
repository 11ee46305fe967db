package app.myomap.app;

import app.myomap.model.Visit;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The two visits {@code myomap export --compare A,B} names, each a visit id, a date (YYYY-MM-DD,
 * the one visit of the patient that day), {@code previous} (the visit before the latest) or {@code
 * latest}. They are found among a patient's visits and given back the earlier first, whichever
 * order they were named in.
 */
record VisitPair(VisitPair.Which first, VisitPair.Which second) {

  /** Why the visits could not be found: the words to print and the exit status. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    private final int status;

    Refused(int status, String words) {
      super(words);
      this.status = status;
    }

    /** The exit status: {@link ExportCommand#NOT_FOUND} or 2 (wrong options). */
    int status() {
      return status;
    }
  }

  /**
   * Reads {@code A,B}.
   *
   * @throws IllegalArgumentException with the words to print, if it does not name two visits
   */
  static VisitPair parse(String text) {
    String[] parts = text.split(",", -1);
    if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
      throw new IllegalArgumentException(
          "--compare takes two visits separated by a comma, for example previous,latest; not \""
              + text
              + "\".");
    }
    return new VisitPair(Which.parse(parts[0]), Which.parse(parts[1]));
  }

  /**
   * The two visits among {@code visits} (the latest first) of the patient named {@code name}, the
   * earlier first; dates are days in {@code zone}.
   *
   * @throws Refused if one is missing, a date has several visits, or both name the same visit
   */
  List<Visit> find(List<Visit> visits, String name, ZoneId zone) throws Refused {
    Visit a = first.find(visits, name, zone);
    Visit b = second.find(visits, name, zone);
    if (a.id().equals(b.id())) {
      throw new Refused(
          2,
          "--compare names the same visit twice ("
              + describe(a, zone)
              + "); give two different visits.");
    }
    return List.of(a, b).stream().sorted(Comparator.comparing(Visit::startedAt)).toList();
  }

  private static String describe(Visit visit, ZoneId zone) {
    return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
        .format(visit.startedAt().atZone(zone));
  }

  /** One of the two: how a visit is named. */
  sealed interface Which {
    /**
     * The visit named among {@code visits}, the latest first, of the patient named {@code name}.
     */
    Visit find(List<Visit> visits, String name, ZoneId zone) throws Refused;

    static Which parse(String text) {
      String which = text.strip();
      switch (which.toLowerCase(Locale.ROOT)) {
        case "latest":
          return new Latest();
        case "previous":
          return new Previous();
        default:
          break;
      }
      return VisitWords.dayOrId(
          which,
          OnDay::new,
          ById::new,
          "--compare takes visit ids, dates YYYY-MM-DD, previous or latest, not \""
              + which
              + "\".");
    }
  }

  /** The patient's latest visit. */
  record Latest() implements Which {
    @Override
    public Visit find(List<Visit> visits, String name, ZoneId zone) throws Refused {
      if (visits.isEmpty()) {
        throw new Refused(ExportCommand.NOT_FOUND, name + " has no visit yet.");
      }
      return visits.get(0);
    }
  }

  /** The visit before the latest. */
  record Previous() implements Which {
    @Override
    public Visit find(List<Visit> visits, String name, ZoneId zone) throws Refused {
      if (visits.size() < 2) {
        throw new Refused(
            ExportCommand.NOT_FOUND,
            name
                + (visits.isEmpty()
                    ? " has no visit yet."
                    : " has only one visit, no previous one."));
      }
      return visits.get(1);
    }
  }

  /** The one visit started on a day. */
  record OnDay(LocalDate day) implements Which {
    @Override
    public Visit find(List<Visit> visits, String name, ZoneId zone) throws Refused {
      List<Visit> that =
          visits.stream()
              .filter(v -> v.startedAt().atZone(zone).toLocalDate().equals(day))
              .sorted(Comparator.comparing(Visit::startedAt))
              .toList();
      if (that.isEmpty()) {
        throw new Refused(ExportCommand.NOT_FOUND, name + " has no visit on " + day + ".");
      }
      if (that.size() > 1) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
        throw new Refused(
            2,
            name
                + " has "
                + that.size()
                + " visits on "
                + day
                + "; give one of their ids instead: "
                + that.stream()
                    .map(v -> v.id() + " (" + time.format(v.startedAt().atZone(zone)) + ")")
                    .collect(Collectors.joining(", "))
                + ".");
      }
      return that.get(0);
    }
  }

  /** The visit with an id. */
  record ById(String id) implements Which {
    @Override
    public Visit find(List<Visit> visits, String name, ZoneId zone) throws Refused {
      return visits.stream()
          .filter(v -> v.id().equals(id))
          .findFirst()
          .orElseThrow(
              () -> new Refused(ExportCommand.NOT_FOUND, name + " has no visit \"" + id + "\"."));
    }
  }
}
