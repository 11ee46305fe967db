package app.myomap.store;

import app.myomap.model.AuditAction;
import java.time.Instant;
import java.util.Objects;

/**
 * One row of the audit log: who did what, when, to which patient and visit.
 *
 * @param seq the row's number, counting from 1
 * @param at when it happened
 * @param practitioner who did it, as the session named them
 * @param action what was done; null for an action a newer MyoMap wrote ({@code code} says which)
 * @param code the stored form of the action
 * @param patientId the patient's id, or null when no one patient is concerned
 * @param visitId the visit's id, or null when no one visit is concerned
 * @param detail a short detail: a file name, a format, a count
 */
public record AuditEntry(
    long seq,
    Instant at,
    String practitioner,
    AuditAction action,
    String code,
    String patientId,
    String visitId,
    String detail) {
  public AuditEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(practitioner, "practitioner");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(detail, "detail");
  }
}
