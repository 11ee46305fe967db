package app.myomap.export;

import app.myomap.session.OpenedVisit;
import java.util.List;

/** What an export makes of one visit: the files, by name, and what writes each. */
@FunctionalInterface
public interface VisitFiles {

  /** A file of a visit: its name in the export folder, and what writes its bytes. */
  record Named(String name, AtomicFile.Content content) {}

  /** The files of {@code visit}, in writing order. */
  List<Named> of(OpenedVisit visit);
}
