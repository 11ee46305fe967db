package app.myomap.model;

/**
 * How a mark of a follow-up visit descends from a mark of the visit before it: the mark it was
 * carried forward from, the first mark of that line (the finding as first charted), both fixed for
 * the mark's life, and what re-examining it at this visit found. Two marks of any two visits of a
 * patient are the same finding when their lines start at the same mark, so comparisons pair
 * findings by descent rather than by nearness.
 *
 * @param originVisitId the visit the mark was carried forward from
 * @param originMarkId the mark of that visit it was carried forward from
 * @param rootVisitId the visit where the finding was first charted
 * @param rootMarkId the mark that first charted it
 */
public record Carry(
    String originVisitId,
    MarkId originMarkId,
    String rootVisitId,
    MarkId rootMarkId,
    CarryState state) {

  public Carry {
    Checks.uuid(originVisitId, "Carried mark's origin visit");
    Checks.present(originMarkId, "Carried mark's origin mark");
    Checks.uuid(rootVisitId, "Carried mark's first visit");
    Checks.present(rootMarkId, "Carried mark's first mark");
    Checks.present(state, "Carried mark's state");
  }

  /**
   * Carried forward from {@code origin}, a mark of visit {@code originVisitId}, not re-examined.
   */
  public static Carry from(String originVisitId, Mark origin) {
    MarkId rootMark = origin.carry().map(Carry::rootMarkId).orElse(origin.id());
    String rootVisit = origin.carry().map(Carry::rootVisitId).orElse(originVisitId);
    return new Carry(originVisitId, origin.id(), rootVisit, rootMark, CarryState.NOT_REEXAMINED);
  }

  /** The same lineage with another re-examination state. */
  public Carry with(CarryState newState) {
    return new Carry(originVisitId, originMarkId, rootVisitId, rootMarkId, newState);
  }

  /**
   * The first mark of the line of {@code mark}, charted at {@code visitId}: itself unless carried.
   */
  public static String lineOf(String visitId, Mark mark) {
    return mark.carry()
        .map(c -> c.rootVisitId() + "/" + c.rootMarkId().value())
        .orElse(visitId + "/" + mark.id().value());
  }
}
