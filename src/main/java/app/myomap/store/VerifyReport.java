package app.myomap.store;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The outcome of checking a database's clinical record against its record chain.
 *
 * @param checked how many chain entries were checked
 * @param head the chain's newest entry
 * @param broken every change found not to match, in chain order, then rows the chain does not
 *     account for and missing protections
 */
public record VerifyReport(long checked, ChainHead head, List<BrokenRecord> broken) {
  public VerifyReport {
    broken = List.copyOf(broken);
  }

  /** Whether everything matched. */
  public boolean clean() {
    return broken.isEmpty();
  }

  /** The visits with a change that does not match: their charts cannot be trusted as shown. */
  public Set<String> brokenVisits() {
    return broken.stream()
        .map(BrokenRecord::visitId)
        .filter(id -> id != null)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The patients whose details or visits have a change that does not match. */
  public Set<String> brokenPatients() {
    return broken.stream()
        .map(BrokenRecord::patientId)
        .filter(id -> id != null)
        .collect(Collectors.toUnmodifiableSet());
  }
}
