package app.myomap.compare;

/** What became of a trigger point between two visits, as a difference map marks it. */
public enum PointFate {
  /** Found at the later visit only. */
  NEW,
  /** Found at the earlier visit only. */
  RESOLVED,
  /** Found at both, unchanged. */
  PERSISTING,
  /** Found at both, its status or twitch response changed. */
  CHANGED
}
