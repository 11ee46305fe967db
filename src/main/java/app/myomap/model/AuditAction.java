package app.myomap.model;

import java.util.Optional;

/** What an audit log row records; each is stored as its code, which never changes. */
public enum AuditAction {
  /** A patient's visit was opened for charting or looking in the window. */
  CHART_OPENED("chart-opened"),
  /** A visit's report or pictures were written to a file. */
  VISIT_EXPORTED("visit-exported"),
  /** A visit's report was sent to a printer. */
  VISIT_PRINTED("visit-printed"),
  /** A chart's picture was put on the clipboard. */
  IMAGE_COPIED("image-copied"),
  /** A visit, or an addendum of it, was signed. */
  VISIT_SIGNED("visit-signed"),
  /** An addendum was opened on a signed visit. */
  VISIT_AMENDED("visit-amended"),
  /** The whole record was checked against its record chain. */
  RECORDS_VERIFIED("records-verified"),
  /** A backup of the database was made. */
  BACKUP_MADE("backup-made"),
  /** A backup was put in place of the database. */
  BACKUP_RESTORED("backup-restored"),
  /** A patient's whole record was written out for them. */
  PATIENT_RECORD_EXPORTED("patient-record-exported"),
  /** A patient's correction statement was attached to a visit. */
  CORRECTION_ATTACHED("correction-attached"),
  /** A patient's record was merged into another record of the same person. */
  PATIENT_MERGED("patient-merged"),
  /** The audit log itself was written out. */
  AUDIT_LOG_EXPORTED("audit-log-exported");

  private final String code;

  AuditAction(String code) {
    this.code = code;
  }

  /** The stored form. */
  public String code() {
    return code;
  }

  /** The action stored as {@code code}, empty for a code this build does not know. */
  public static Optional<AuditAction> ofCode(String code) {
    for (AuditAction action : values()) {
      if (action.code.equals(code)) {
        return Optional.of(action);
      }
    }
    return Optional.empty();
  }
}
