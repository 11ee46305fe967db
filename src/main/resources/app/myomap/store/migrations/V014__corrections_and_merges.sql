-- Two parts of the record a clinic keeps beside the chart: the patient's own correction statement
-- attached to a visit (Australian Privacy Principle 13), and two records of the same person made
-- one. The record chain gains the kind 'correction'; SQLite cannot change a CHECK in place, so the
-- chain is rebuilt with every entry unchanged and its guards are made again, as format 8 did.
CREATE TABLE record_chain_v14 (
  seq INTEGER PRIMARY KEY CHECK (seq >= 1),
  kind TEXT NOT NULL CHECK (kind IN
    ('patient', 'visit', 'edit', 'unlock', 'practitioner', 'record', 'signature', 'merge',
     'correction')),
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

INSERT INTO record_chain_v14
  SELECT seq, kind, ref, patient_id, visit_id, recorded_at, encoding, content_hash, prev_hash,
    entry_hash
  FROM record_chain ORDER BY seq;

DROP TABLE record_chain;

ALTER TABLE record_chain_v14 RENAME TO record_chain;

CREATE TRIGGER record_chain_no_replace BEFORE INSERT ON record_chain WHEN EXISTS (SELECT 1 FROM record_chain WHERE seq = NEW.seq OR (kind = NEW.kind AND ref = NEW.ref))
  BEGIN SELECT RAISE(ABORT, 'the record chain is append-only'); END;
CREATE TRIGGER record_chain_no_update BEFORE UPDATE ON record_chain
  BEGIN SELECT RAISE(ABORT, 'the record chain is append-only'); END;
CREATE TRIGGER record_chain_no_delete BEFORE DELETE ON record_chain
  BEGIN SELECT RAISE(ABORT, 'the record chain is append-only'); END;

-- A patient's statement that part of a visit's record is wrong, in their words, with the date the
-- clinic received it and, optionally, the clinic's answer (a correction made by addendum, or why it
-- was declined). It is attached whether or not the visit is signed: it changes nothing the
-- practitioner wrote, it travels with it. Numbered from 1 per visit, never changed or removed.
CREATE TABLE correction_statements (
  visit_id TEXT NOT NULL REFERENCES visits (id),
  n INTEGER NOT NULL CHECK (n >= 1),
  statement TEXT NOT NULL CHECK (length(trim(statement)) BETWEEN 1 AND 4000),
  received_on TEXT NOT NULL CHECK (length(received_on) = 10 AND received_on >= '2000-01-01'),
  response TEXT CHECK (response IS NULL OR length(trim(response)) BETWEEN 1 AND 2000),
  author TEXT NOT NULL CHECK (length(author) BETWEEN 1 AND 200),
  practitioner_id TEXT CHECK (practitioner_id IS NULL OR length(practitioner_id) = 36),
  recorded_at TEXT NOT NULL CHECK (length(recorded_at) = 24),
  PRIMARY KEY (visit_id, n),
  CHECK (received_on <= date(recorded_at, '+1 day'))
);

CREATE TRIGGER correction_statements_no_replace BEFORE INSERT ON correction_statements WHEN EXISTS (SELECT 1 FROM correction_statements WHERE visit_id = NEW.visit_id AND n = NEW.n)
  BEGIN SELECT RAISE(ABORT, 'correction statements are append-only'); END;
CREATE TRIGGER correction_statements_no_update BEFORE UPDATE ON correction_statements
  BEGIN SELECT RAISE(ABORT, 'correction statements are append-only'); END;
CREATE TRIGGER correction_statements_no_delete BEFORE DELETE ON correction_statements
  BEGIN SELECT RAISE(ABORT, 'correction statements are append-only'); END;
CREATE TRIGGER correction_statements_in_order BEFORE INSERT ON correction_statements WHEN NEW.n <> 1 + (SELECT COUNT(*) FROM correction_statements WHERE visit_id = NEW.visit_id)
  BEGIN SELECT RAISE(ABORT, 'correction statements are numbered in order'); END;

-- Two records of the same person made one: the merged record keeps every version, visit and entry
-- it had, under its own id, and from now on is shown as part of the record it was merged into. It
-- takes no new visit. A record merged into another is never a merge's target, and a record others
-- were merged into is never merged itself, so one step always names the record that stays.
CREATE TABLE patient_merges (
  merged_id TEXT NOT NULL PRIMARY KEY REFERENCES patients (id),
  into_id TEXT NOT NULL REFERENCES patients (id),
  reason TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 2000),
  author TEXT NOT NULL CHECK (length(author) BETWEEN 1 AND 200),
  practitioner_id TEXT CHECK (practitioner_id IS NULL OR length(practitioner_id) = 36),
  merged_at TEXT NOT NULL CHECK (length(merged_at) = 24),
  CHECK (merged_id <> into_id)
);

CREATE TRIGGER patient_merges_no_replace BEFORE INSERT ON patient_merges WHEN EXISTS (SELECT 1 FROM patient_merges WHERE merged_id = NEW.merged_id)
  BEGIN SELECT RAISE(ABORT, 'the record is already merged'); END;
CREATE TRIGGER patient_merges_no_update BEFORE UPDATE ON patient_merges
  BEGIN SELECT RAISE(ABORT, 'merges are append-only'); END;
CREATE TRIGGER patient_merges_no_delete BEFORE DELETE ON patient_merges
  BEGIN SELECT RAISE(ABORT, 'merges are append-only'); END;
CREATE TRIGGER patient_merges_one_step BEFORE INSERT ON patient_merges WHEN EXISTS (SELECT 1 FROM patient_merges WHERE merged_id = NEW.into_id OR into_id = NEW.merged_id)
  BEGIN SELECT RAISE(ABORT, 'merge into the record that stays, not into a merged one'); END;

-- A merged record takes no new visit.
CREATE TRIGGER visits_not_merged BEFORE INSERT ON visits WHEN EXISTS (SELECT 1 FROM patient_merges WHERE merged_id = NEW.patient_id)
  BEGIN SELECT RAISE(ABORT, 'the patient''s record was merged into another'); END;

-- A carried mark comes from a recorded mark of another visit of the same person: the same patient,
-- or a record merged into it.
DROP TRIGGER mark_versions_lineage_origin;
CREATE TRIGGER mark_versions_lineage_origin BEFORE INSERT ON mark_versions WHEN NEW.origin_visit_id IS NOT NULL AND (NEW.origin_visit_id = NEW.visit_id OR NOT EXISTS (SELECT 1 FROM mark_versions o WHERE o.visit_id = NEW.origin_visit_id AND o.mark_id = NEW.origin_mark_id) OR (SELECT COALESCE(m.into_id, v.patient_id) FROM visits v LEFT JOIN patient_merges m ON m.merged_id = v.patient_id WHERE v.id = NEW.origin_visit_id) IS NOT (SELECT COALESCE(m.into_id, v.patient_id) FROM visits v LEFT JOIN patient_merges m ON m.merged_id = v.patient_id WHERE v.id = NEW.visit_id))
  BEGIN SELECT RAISE(ABORT, 'a carried mark must come from a mark of an earlier visit of the patient'); END;
