package app.myomap.model.record;

import java.util.List;
import java.util.Optional;

/**
 * Where a visit stands: never signed (a draft), signed, or signed with an addendum open. The
 * original signature and every addendum stay readable.
 */
public record SigningState(List<Signature> signatures, List<Amendment> amendments) {
  public SigningState {
    signatures = List.copyOf(signatures);
    amendments = List.copyOf(amendments);
  }

  public static SigningState unsigned() {
    return new SigningState(List.of(), List.of());
  }

  /** Whether the visit was ever signed. */
  public boolean signed() {
    return !signatures.isEmpty();
  }

  /** Whether the visit takes changes: unsigned, or an addendum is open. */
  public boolean editable() {
    return signatures.size() <= amendments.size();
  }

  /** The addendum open now, if any. */
  public Optional<Amendment> openAmendment() {
    return signed() && editable()
        ? Optional.of(amendments.get(amendments.size() - 1))
        : Optional.empty();
  }

  /** The first signature, of the visit itself. */
  public Optional<Signature> original() {
    return signatures.isEmpty() ? Optional.empty() : Optional.of(signatures.get(0));
  }

  /** The newest signature. */
  public Optional<Signature> latest() {
    return signatures.isEmpty()
        ? Optional.empty()
        : Optional.of(signatures.get(signatures.size() - 1));
  }
}
