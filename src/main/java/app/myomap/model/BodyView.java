package app.myomap.model;

/**
 * One of the atlas views a practitioner charts on; its id names the outline file and is stored with
 * marks.
 */
public enum BodyView {
  ANTERIOR("anterior"),
  POSTERIOR("posterior"),
  LATERAL_LEFT("lateral-left"),
  LATERAL_RIGHT("lateral-right"),
  HEAD_LEFT("head-left"),
  HEAD_RIGHT("head-right"),
  HAND("hand"),
  FOOT("foot");

  private final String id;

  BodyView(String id) {
    this.id = id;
  }

  /** The stable id used in file names, the database and the muscle catalogue. */
  public String id() {
    return id;
  }

  public static BodyView ofId(String id) {
    for (BodyView view : values()) {
      if (view.id.equals(id)) {
        return view;
      }
    }
    throw new IllegalArgumentException("Unknown body view: " + id);
  }
}
