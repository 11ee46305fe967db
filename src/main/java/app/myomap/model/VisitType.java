package app.myomap.model;

/** What kind of attendance a visit was. */
public enum VisitType {
  INITIAL,
  FOLLOW_UP,
  REVIEW,
  DISCHARGE
}
