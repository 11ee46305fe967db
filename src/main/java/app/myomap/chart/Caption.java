package app.myomap.chart;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The text block at the top of a picture for the notes: whose chart it is, of which visit and by
 * whom, as the caller words them (this layer knows no patients or visits, only strings). A blank
 * line is left out.
 */
public record Caption(String patient, String recordNumber, String visitDate, String practitioner) {

  public Caption {
    Objects.requireNonNull(patient, "patient");
    Objects.requireNonNull(recordNumber, "recordNumber");
    Objects.requireNonNull(visitDate, "visitDate");
    Objects.requireNonNull(practitioner, "practitioner");
  }

  /** The lines to print, top to bottom, the patient first. */
  public List<String> lines() {
    return Stream.of(patient, recordNumber, visitDate, practitioner)
        .filter(line -> !line.isBlank())
        .toList();
  }
}
