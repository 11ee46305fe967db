-- Who opened, exported, printed, copied, signed, amended, verified, backed up or restored what, and
-- when: one row per event, append-only, each row chained to the one before by its hash (row_hash
-- is the SHA-256 of the row's fields and prev_hash), so a row removed or edited outside MyoMap is
-- found by verify. The patient and visit are kept as ids only: the log outlives nothing it names,
-- as patients and visits are never deleted.
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY CHECK (seq >= 1),
  at TEXT NOT NULL CHECK (length(at) = 24),
  practitioner TEXT NOT NULL CHECK (length(practitioner) BETWEEN 1 AND 200),
  action TEXT NOT NULL CHECK (length(action) BETWEEN 1 AND 40),
  patient_id TEXT CHECK (patient_id IS NULL OR length(patient_id) BETWEEN 1 AND 64),
  visit_id TEXT CHECK (visit_id IS NULL OR length(visit_id) BETWEEN 1 AND 64),
  detail TEXT NOT NULL CHECK (length(detail) <= 1000),
  prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
  row_hash TEXT NOT NULL CHECK (length(row_hash) = 64)
);

CREATE INDEX audit_log_by_patient ON audit_log (patient_id, seq);

-- Append-only, as every clinical table, and numbered without gaps from 1.
CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log WHEN EXISTS (SELECT 1 FROM audit_log WHERE seq = NEW.seq)
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_in_order BEFORE INSERT ON audit_log WHEN NEW.seq IS NOT (SELECT COALESCE(MAX(seq), 0) + 1 FROM audit_log)
  BEGIN SELECT RAISE(ABORT, 'audit log rows are numbered in order'); END;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
