package app.myomap.session;

import app.myomap.atlas.Atlas;
import app.myomap.atlas.AtlasWarp;
import app.myomap.chart.MuscleWords;
import app.myomap.compare.ChartCounts;
import app.myomap.compare.Lineages;
import app.myomap.compare.PainExtent;
import app.myomap.compare.PointMatch;
import app.myomap.compare.PointMatches;
import app.myomap.compare.TriggerPointMatcher;
import app.myomap.model.MarkId;
import app.myomap.model.Patient;
import app.myomap.model.TriggerPoint;
import app.myomap.model.Visit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every visit of a patient, oldest first, with its counts and pain extent, and the trigger-point
 * timeline: each point followed from visit to visit by matching consecutive visits one-to-one (by
 * muscle, side, view and distance, {@link TriggerPointMatcher}). What the trend plots and the
 * timeline table show. Reads the database when loaded, so the window loads it off the event thread;
 * immutable once built.
 */
public final class PatientHistory {
  /**
   * Mask resolution of the trend's pain extent. HistoryBench, 200 visits on 2 cores, each thread
   * reusing its masks from visit to visit: timeline and trends are read, built and shown in 88 ms
   * at 1 px per unit and in 267 ms at the comparison's 4 px per unit (beyond the 200 ms budget). At
   * 1 px the trend differs from the comparison's figure by a few hundredths of a percentage point,
   * far below the smallest detectable change of 0.4 % and below what the plot can show.
   */
  public static final int TREND_PX_PER_UNIT = 1;

  private final Patient patient;
  private final List<HistoryVisit> visits;
  private final List<TimelineRow> rows;

  private PatientHistory(Patient patient, List<HistoryVisit> visits, List<TimelineRow> rows) {
    this.patient = patient;
    this.visits = List.copyOf(visits);
    this.rows = List.copyOf(rows);
  }

  /** Reads every visit of {@code patient} with its chart and builds the history. */
  public static PatientHistory load(VisitRecords records, Patient patient) {
    return load(records, patient, new TriggerPointMatcher());
  }

  /**
   * Reads every visit of {@code patient} with its chart and builds the history, following points
   * with {@code matcher}.
   *
   * @throws app.myomap.store.DatabaseException if a chart cannot be read
   * @throws app.myomap.atlas.AtlasException if this build lacks a visit's atlas version
   */
  public static PatientHistory load(
      VisitRecords records, Patient patient, TriggerPointMatcher matcher) {
    List<OpenedVisit> opened = new ArrayList<>();
    for (Visit visit : records.visits(patient)) {
      opened.add(records.open(patient, visit));
    }
    return of(patient, opened, matcher);
  }

  /**
   * The history of visits already opened, in any order (they are taken oldest first).
   *
   * @throws IllegalArgumentException if a visit is not of {@code patient}
   */
  public static PatientHistory of(
      Patient patient, List<OpenedVisit> opened, TriggerPointMatcher matcher) {
    Objects.requireNonNull(patient, "patient");
    Objects.requireNonNull(matcher, "matcher");
    List<OpenedVisit> oldestFirst = new ArrayList<>(opened);
    for (OpenedVisit visit : oldestFirst) {
      if (!visit.patient().id().equals(patient.id())) {
        throw new IllegalArgumentException(
            "visit " + visit.visit().id() + " is not of the patient");
      }
    }
    oldestFirst.sort(Comparator.comparing(v -> v.visit().startedAt()));
    return new PatientHistory(patient, measure(oldestFirst), timeline(oldestFirst, matcher));
  }

  public Patient patient() {
    return patient;
  }

  /** The visits, oldest first. */
  public List<HistoryVisit> visits() {
    return visits;
  }

  /**
   * The timeline: one row per trigger point followed across the visits, in the order the points
   * were first charted (by visit, then in chart order).
   */
  public List<TimelineRow> rows() {
    return rows;
  }

  /** Visits measured by one thread at least, so that a short history is not split. */
  private static final int VISITS_PER_THREAD = 16;

  private static List<HistoryVisit> measure(List<OpenedVisit> visits) {
    // The visits are measured on every core, each thread with a measurer of its own (a measurer
    // keeps each atlas view's silhouette, rasterised once, and is not shared between threads).
    int threads =
        Math.max(
            1,
            Math.min(
                Runtime.getRuntime().availableProcessors(), visits.size() / VISITS_PER_THREAD));
    HistoryVisit[] measured = new HistoryVisit[visits.size()];
    java.util.stream.IntStream.range(0, threads)
        .parallel()
        .forEach(
            thread -> {
              PainExtent painExtent = new PainExtent(TREND_PX_PER_UNIT);
              for (int i = thread; i < measured.length; i += threads) {
                OpenedVisit v = visits.get(i);
                measured[i] =
                    new HistoryVisit(
                        v.visit(),
                        ChartCounts.of(v.chart()),
                        painExtent.frontAndBack(v.chart(), v.atlas()),
                        app.myomap.model.record.PainRatings.of(v.record()));
              }
            });
    return List.of(measured);
  }

  /**
   * The trigger points of {@code before} where they lie on {@code visit}'s atlas version, carried
   * through the landmark warp; empty when one lies on a view that version does not draw, and then
   * points pair by muscle and side alone.
   */
  private static Optional<List<TriggerPoint>> carried(OpenedVisit before, OpenedVisit visit) {
    List<TriggerPoint> points = before.chart().triggerPoints();
    List<TriggerPoint> onLater =
        AtlasWarp.between(before.atlas(), visit.atlas()).chart(before.chart()).triggerPoints();
    return onLater.size() == points.size() ? Optional.of(onLater) : Optional.empty();
  }

  private static List<TimelineRow> timeline(List<OpenedVisit> visits, TriggerPointMatcher matcher) {
    int count = visits.size();
    List<RowBuilder> rows = new ArrayList<>();
    Map<MarkId, RowBuilder> before = new HashMap<>();
    List<TriggerPoint> earlier = List.of();
    for (int i = 0; i < count; i++) {
      OpenedVisit visit = visits.get(i);
      List<TriggerPoint> later = visit.chart().triggerPoints();
      // Across atlas versions the earlier points are carried onto the later version to compare.
      boolean sameVersion =
          i == 0 || visits.get(i - 1).atlas().version().equals(visit.atlas().version());
      Lineages lineages =
          i == 0
              ? Lineages.none()
              : Lineages.between(
                  visits.get(i - 1).visit().id(),
                  visits.get(i - 1).chart(),
                  visit.visit().id(),
                  visit.chart());
      List<TriggerPoint> previous = earlier;
      PointMatches matches =
          sameVersion
              ? matcher.match(previous, later, lineages)
              : carried(visits.get(i - 1), visit)
                  .map(onLater -> matcher.match(onLater, later, lineages))
                  .orElseGet(() -> matcher.acrossAtlasVersions().match(previous, later, lineages));
      Map<MarkId, RowBuilder> now = new HashMap<>();
      for (PointMatch match : matches.matched()) {
        RowBuilder row = before.get(match.earlier().id());
        row.chart(i, match.later(), visit.atlas());
        now.put(match.later().id(), row);
      }
      for (TriggerPoint resolved : matches.resolved()) {
        before.get(resolved.id()).cells[i] = TimelineCell.RESOLVED;
      }
      for (TriggerPoint added : matches.added()) {
        RowBuilder row = new RowBuilder(added, count);
        row.chart(i, added, visit.atlas());
        rows.add(row);
        now.put(added.id(), row);
      }
      before = now;
      earlier = later;
    }
    return rows.stream().map(RowBuilder::build).toList();
  }

  private static final class RowBuilder {
    final TriggerPoint first;
    final TimelineCell[] cells;
    String muscleName;

    RowBuilder(TriggerPoint first, int visits) {
      this.first = first;
      this.cells = new TimelineCell[visits];
      Arrays.fill(cells, TimelineCell.ABSENT);
    }

    void chart(int visit, TriggerPoint point, Atlas atlas) {
      cells[visit] = TimelineCell.of(point);
      muscleName = MuscleWords.name(atlas.muscles(), point.muscle().id());
    }

    TimelineRow build() {
      return new TimelineRow(
          first.muscle(), muscleName, first.side(), first.view(), Arrays.asList(cells));
    }
  }
}
