package app.myomap.export;

/**
 * One part of a visit report (the header, the charted views, the legend, a table of findings): it
 * lays its blocks out on the report's pages through a {@link ReportFlow}, which breaks pages where
 * they no longer fit. Later parts of the clinical record join a report as further sections.
 */
@FunctionalInterface
public interface ReportSection {

  /** Places this section's blocks after what {@code flow} holds so far. */
  void layOut(ReportFlow flow);
}
