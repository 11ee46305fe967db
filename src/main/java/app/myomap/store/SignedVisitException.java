package app.myomap.store;

/**
 * A change was asked of a signed visit with no addendum open. Nothing was written; the visit is
 * amended, with a reason, to change it.
 */
public final class SignedVisitException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String visitId;

  SignedVisitException(String visitId) {
    super("Visit " + visitId + " is signed; open an addendum to change it");
    this.visitId = visitId;
  }

  public String visitId() {
    return visitId;
  }
}
