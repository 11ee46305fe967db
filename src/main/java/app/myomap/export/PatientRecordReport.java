package app.myomap.export;

import app.myomap.session.OpenedVisit;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A patient's whole record as one document, the copy a patient may ask for (Australian Privacy
 * Principle 12): a cover listing every visit, then each visit's full report, oldest first, with its
 * chart, clinical record, signatures and addenda. Pages are numbered through the document.
 */
public final class PatientRecordReport implements ReportPages {
  private final List<VisitReport> parts;
  private final int pageCount;

  private PatientRecordReport(List<VisitReport> parts) {
    this.parts = List.copyOf(parts);
    this.pageCount = parts.stream().mapToInt(VisitReport::pageCount).sum();
  }

  /**
   * The record of the patient of {@code visits} (in any order; all of one patient).
   *
   * @throws IllegalArgumentException if there are no visits, or visits of several patients
   */
  public static PatientRecordReport of(List<OpenedVisit> visits, ReportSettings settings) {
    if (visits.isEmpty()) {
      throw new IllegalArgumentException("A patient record needs at least one visit");
    }
    String patient = visits.get(0).patient().id();
    if (visits.stream().anyMatch(v -> !v.patient().id().equals(patient))) {
      throw new IllegalArgumentException("A patient record holds the visits of one patient");
    }
    List<OpenedVisit> oldestFirst =
        visits.stream()
            .sorted(
                Comparator.comparing((OpenedVisit v) -> v.visit().startedAt())
                    .thenComparing(v -> v.visit().id()))
            .toList();
    List<VisitReport> parts = new ArrayList<>();
    parts.add(VisitReport.patientRecordCover(oldestFirst, settings));
    for (OpenedVisit visit : oldestFirst) {
      parts.add(VisitReport.of(visit, settings));
    }
    return new PatientRecordReport(parts);
  }

  @Override
  public String title() {
    return parts.get(0).title();
  }

  @Override
  public String patientName() {
    return parts.get(0).patientName();
  }

  /** Whoever charted the most recent visit: the record has one author per visit. */
  @Override
  public String author() {
    return parts.get(parts.size() - 1).author();
  }

  @Override
  public ReportSettings settings() {
    return parts.get(0).settings();
  }

  @Override
  public double pageWidthPt() {
    return parts.get(0).pageWidthPt();
  }

  @Override
  public double pageHeightPt() {
    return parts.get(0).pageHeightPt();
  }

  @Override
  public int pageCount() {
    return pageCount;
  }

  /** The number of visits the record holds. */
  public int visitCount() {
    return parts.size() - 1;
  }

  @Override
  public void paintPage(Graphics2D g, int pageIndex) {
    if (pageIndex < 0 || pageIndex >= pageCount) {
      throw new IndexOutOfBoundsException("No page " + pageIndex + " of " + pageCount);
    }
    int first = 0;
    for (VisitReport part : parts) {
      if (pageIndex < first + part.pageCount()) {
        part.paintPage(g, pageIndex - first, pageIndex + 1, pageCount);
        return;
      }
      first += part.pageCount();
    }
  }
}
