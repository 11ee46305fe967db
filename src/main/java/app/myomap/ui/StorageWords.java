package app.myomap.ui;

import app.myomap.store.DatabaseException;
import app.myomap.store.StorageProblem;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A storage failure in words a practitioner can act on, never an SQL message; the failure itself
 * goes to the log with its stack trace.
 */
final class StorageWords {
  private static final Logger LOG = Logger.getLogger(StorageWords.class.getName());

  private StorageWords() {}

  /**
   * Why {@code failure} happened while working on {@code what}, logged, in plain words (a refused
   * value keeps its own message, which names the field).
   */
  static String reading(RuntimeException failure, String what) {
    LOG.log(Level.WARNING, "Could not work on " + what, failure);
    if (failure instanceof IllegalArgumentException) {
      return failure.getMessage();
    }
    return Messages.get("ReadProblem." + problem(failure).name());
  }

  private static StorageProblem problem(RuntimeException failure) {
    return failure instanceof DatabaseException database
        ? database.problem()
        : StorageProblem.OTHER;
  }
}
