package app.myomap.store;

/**
 * A change was made on a chart that is no longer the stored one: another edit was committed after
 * the one it was based on. Nothing was written; the change must be made again on the newer chart.
 */
public final class ConflictingEditException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  ConflictingEditException(String visitId, long basedOnSeq, long head) {
    super(
        "The change to visit "
            + visitId
            + " was made after edit "
            + basedOnSeq
            + ", but edit "
            + head
            + " is the newest: nothing was written");
  }
}
