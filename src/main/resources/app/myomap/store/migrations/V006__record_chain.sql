-- The record chain: one entry per change to the clinical record, in commit order. content_hash is
-- the SHA-256 of the change's rows in the canonical encoding named by encoding; entry_hash is the
-- SHA-256 of the entry's own fields including prev_hash, the entry_hash of the entry before it (all
-- zeros for the first). Recomputing them shows any row changed, added or removed outside MyoMap.
-- The entries for the history recorded before this step are written by the step itself, in the
-- order of their times.
CREATE TABLE record_chain (
  seq INTEGER PRIMARY KEY CHECK (seq >= 1),
  kind TEXT NOT NULL CHECK (kind IN ('patient', 'visit', 'edit', 'unlock')),
  ref TEXT NOT NULL CHECK (length(ref) BETWEEN 1 AND 100),
  patient_id TEXT CHECK (patient_id IS NULL OR length(patient_id) = 36),
  visit_id TEXT CHECK (visit_id IS NULL OR length(visit_id) = 36),
  recorded_at TEXT NOT NULL CHECK (length(recorded_at) = 24),
  encoding INTEGER NOT NULL CHECK (encoding >= 1),
  content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
  prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
  entry_hash TEXT NOT NULL CHECK (length(entry_hash) = 64),
  UNIQUE (kind, ref)
);

-- A chart edit's entry covers its mark versions, read by edit.
CREATE INDEX mark_versions_by_edit ON mark_versions (edit_id, ordinal);

-- Guards. INSERT OR REPLACE deletes the row it replaces without firing a DELETE trigger (unless
-- recursive triggers are on in that connection), so every unique key of a history table refuses a
-- second row before the insert; updates and deletes are refused as before, now for every clinical
-- table. A patient's current row changes with each new version, but never its id and never goes.
CREATE TRIGGER record_chain_no_replace BEFORE INSERT ON record_chain WHEN EXISTS (SELECT 1 FROM record_chain WHERE seq = NEW.seq OR (kind = NEW.kind AND ref = NEW.ref))
  BEGIN SELECT RAISE(ABORT, 'the record chain is append-only'); END;
CREATE TRIGGER record_chain_no_update BEFORE UPDATE ON record_chain
  BEGIN SELECT RAISE(ABORT, 'the record chain is append-only'); END;
CREATE TRIGGER record_chain_no_delete BEFORE DELETE ON record_chain
  BEGIN SELECT RAISE(ABORT, 'the record chain is append-only'); END;
CREATE TRIGGER edits_no_replace BEFORE INSERT ON edits WHEN EXISTS (SELECT 1 FROM edits WHERE id = NEW.id OR (visit_id = NEW.visit_id AND seq = NEW.seq))
  BEGIN SELECT RAISE(ABORT, 'edits are append-only'); END;
CREATE TRIGGER mark_versions_no_replace BEFORE INSERT ON mark_versions WHEN EXISTS (SELECT 1 FROM mark_versions WHERE visit_id = NEW.visit_id AND mark_id = NEW.mark_id AND seq = NEW.seq)
  BEGIN SELECT RAISE(ABORT, 'mark versions are append-only'); END;
CREATE TRIGGER patient_history_no_replace BEFORE INSERT ON patient_history WHEN EXISTS (SELECT 1 FROM patient_history WHERE patient_id = NEW.patient_id AND version = NEW.version)
  BEGIN SELECT RAISE(ABORT, 'patient history is append-only'); END;
CREATE TRIGGER visit_unlocks_no_replace BEFORE INSERT ON visit_unlocks WHEN EXISTS (SELECT 1 FROM visit_unlocks WHERE visit_id = NEW.visit_id AND unlocked_at = NEW.unlocked_at)
  BEGIN SELECT RAISE(ABORT, 'visit unlocks are append-only'); END;
CREATE TRIGGER visits_no_replace BEFORE INSERT ON visits WHEN EXISTS (SELECT 1 FROM visits WHERE id = NEW.id)
  BEGIN SELECT RAISE(ABORT, 'visits are append-only'); END;
CREATE TRIGGER visits_no_update BEFORE UPDATE ON visits
  BEGIN SELECT RAISE(ABORT, 'visits are append-only'); END;
CREATE TRIGGER visits_no_delete BEFORE DELETE ON visits
  BEGIN SELECT RAISE(ABORT, 'visits are append-only'); END;
CREATE TRIGGER patients_no_replace BEFORE INSERT ON patients WHEN EXISTS (SELECT 1 FROM patients WHERE id = NEW.id)
  BEGIN SELECT RAISE(ABORT, 'a patient is never replaced, only given a new version'); END;
CREATE TRIGGER patients_keep_id BEFORE UPDATE OF id ON patients
  BEGIN SELECT RAISE(ABORT, 'a patient keeps its id'); END;
CREATE TRIGGER patients_no_delete BEFORE DELETE ON patients
  BEGIN SELECT RAISE(ABORT, 'patients are never removed'); END;
