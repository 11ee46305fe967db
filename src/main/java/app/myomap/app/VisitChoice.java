package app.myomap.app;

import app.myomap.model.Visit;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** Which of a patient's visits {@code --visit} names. */
sealed interface VisitChoice {
  /** The chosen visits of {@code visits} (the latest first), in the order they took place. */
  List<Visit> of(List<Visit> visits, ZoneId zone);

  static VisitChoice parse(String text) {
    String which = text.strip();
    switch (which.toLowerCase(Locale.ROOT)) {
      case "latest":
        return new Latest();
      case "all":
        return new All();
      default:
        break;
    }
    return VisitWords.dayOrId(
        which,
        OnDay::new,
        ById::new,
        "--visit takes latest, all, a date YYYY-MM-DD or a visit id, not \"" + which + "\".");
  }

  private static List<Visit> oldestFirst(List<Visit> latestFirst) {
    List<Visit> copy = new java.util.ArrayList<>(latestFirst);
    java.util.Collections.reverse(copy);
    return copy;
  }

  record Latest() implements VisitChoice {
    @Override
    public List<Visit> of(List<Visit> visits, ZoneId zone) {
      return visits.isEmpty() ? List.of() : List.of(visits.get(0));
    }
  }

  record All() implements VisitChoice {
    @Override
    public List<Visit> of(List<Visit> visits, ZoneId zone) {
      return oldestFirst(visits);
    }
  }

  record OnDay(LocalDate day) implements VisitChoice {
    @Override
    public List<Visit> of(List<Visit> visits, ZoneId zone) {
      return oldestFirst(visits).stream()
          .filter(v -> v.startedAt().atZone(zone).toLocalDate().equals(day))
          .toList();
    }
  }

  record ById(String id) implements VisitChoice {
    @Override
    public List<Visit> of(List<Visit> visits, ZoneId zone) {
      return visits.stream().filter(v -> v.id().equals(id)).toList();
    }
  }
}
