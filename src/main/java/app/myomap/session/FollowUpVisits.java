package app.myomap.session;

import app.myomap.model.Chart;
import app.myomap.model.ChartChange;
import app.myomap.model.FollowUp;
import app.myomap.model.Visit;
import app.myomap.store.ChartStore;
import app.myomap.store.VisitStore;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Starts a follow-up visit: a new visit of the patient whose chart begins with every finding of the
 * patient's latest visit carried forward, not yet re-examined (see {@link FollowUp}). The visit and
 * its carried marks are recorded in one transaction.
 *
 * <p>The follow-up is charted on the atlas version of the visit it follows, because the carried
 * marks' places are in that version's outline coordinates.
 */
public final class FollowUpVisits {
  /** The label of the edit that carries the findings forward. */
  public static final String CARRY_LABEL = "command.carryForward";

  private final VisitStore visits;
  private final ChartStore charts;
  private final Clock clock;

  public FollowUpVisits(VisitStore visits, ChartStore charts, Clock clock) {
    this.visits = visits;
    this.charts = charts;
    this.clock = clock;
  }

  /** The visit a follow-up of the patient would start from: their latest, if they have one. */
  public Optional<Visit> previous(String patientId) {
    List<Visit> all = visits.listByPatient(patientId);
    return all.stream().max(Comparator.comparing(Visit::startedAt));
  }

  /**
   * Records a follow-up of {@code previous} for the patient starting now, by {@code practitioner},
   * and returns it. The previous visit is the patient's or, after a merge, of a record merged into
   * theirs; the follow-up is always the patient's.
   *
   * @throws IllegalArgumentException if {@code previous} is unknown
   */
  public Visit start(String patientId, Visit previous, String practitioner) {
    Chart carried = FollowUp.carriedForward(previous.id(), charts.load(previous.id()));
    Visit visit = Visit.start(patientId, previous.atlasVersion(), practitioner, clock);
    Set<app.myomap.model.Mark> marks = new LinkedHashSet<>(carried.marks());
    visits.create(visit, new ChartChange(marks, Set.of(), CARRY_LABEL));
    return visit;
  }
}
