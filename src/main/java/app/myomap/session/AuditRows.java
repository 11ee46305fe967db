package app.myomap.session;

import app.myomap.model.Patient;
import app.myomap.model.Visit;
import app.myomap.store.AuditEntry;
import app.myomap.store.Database;
import app.myomap.store.PatientStore;
import app.myomap.store.VisitStore;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The audit log as people read it, for the window's Audit Log dialog and {@code myomap audit}: each
 * row with its patient's name and record number and its visit's time, and the rows as CSV.
 */
public final class AuditRows {
  /** The CSV header, one name per column. */
  static final String CSV_HEADER =
      "seq,when_utc,practitioner,action,patient_id,patient_name,record_number,visit_id,"
          + "visit_started_utc,detail";

  private final PatientStore patients;
  private final VisitStore visits;

  public AuditRows(Database database) {
    this.patients = new PatientStore(database);
    this.visits = new VisitStore(database);
  }

  /**
   * One row of the log with the names it refers to.
   *
   * @param patient the patient the row names, if the file still has them
   * @param visitStartedAt when the row's visit started, or null
   */
  public record Row(AuditEntry entry, Optional<Patient> patient, Instant visitStartedAt) {
    /** The patient's name, or their id for one the file no longer has; empty for none. */
    public String patientName() {
      return patient.map(Patient::name).orElse(entry.patientId() == null ? "" : entry.patientId());
    }
  }

  /** {@code entries} with their patients' names and their visits' times. */
  public List<Row> of(List<AuditEntry> entries) {
    Map<String, Optional<Patient>> patientCache = new HashMap<>();
    Map<String, Optional<Visit>> visitCache = new HashMap<>();
    List<Row> rows = new ArrayList<>(entries.size());
    for (AuditEntry entry : entries) {
      Optional<Patient> patient =
          entry.patientId() == null
              ? Optional.empty()
              : patientCache.computeIfAbsent(entry.patientId(), patients::get);
      Optional<Visit> visit =
          entry.visitId() == null
              ? Optional.empty()
              : visitCache.computeIfAbsent(entry.visitId(), visits::get);
      rows.add(new Row(entry, patient, visit.map(Visit::startedAt).orElse(null)));
    }
    return rows;
  }

  /**
   * Writes {@code rows} as CSV (RFC 4180, a header line first, times in UTC). A cell that a
   * spreadsheet would take for a formula is written with a leading apostrophe.
   */
  public static void writeCsv(List<Row> rows, Writer out) throws IOException {
    out.write(CSV_HEADER);
    out.write("\r\n");
    for (Row row : rows) {
      AuditEntry e = row.entry();
      String[] cells = {
        Long.toString(e.seq()),
        e.at().toString(),
        e.practitioner(),
        e.code(),
        nullToEmpty(e.patientId()),
        row.patient().map(Patient::name).orElse(""),
        row.patient().map(Patient::recordNumber).orElse(""),
        nullToEmpty(e.visitId()),
        row.visitStartedAt() == null ? "" : row.visitStartedAt().toString(),
        e.detail()
      };
      for (int i = 0; i < cells.length; i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(cell(cells[i]));
      }
      out.write("\r\n");
    }
  }

  static String cell(String value) {
    String text = value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.indexOf(',') >= 0
        || text.indexOf('"') >= 0
        || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
