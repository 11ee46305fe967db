-- The record chain gains the kinds of entry the clinical record adds beside the chart: a
-- practitioner's profile, an entry of a visit's record, a signature (of a visit or of an addendum)
-- and the merge of two records of the same patient. SQLite cannot change a CHECK in place, so the
-- table is rebuilt with every entry unchanged and its guards are made again.
CREATE TABLE record_chain_v8 (
  seq INTEGER PRIMARY KEY CHECK (seq >= 1),
  kind TEXT NOT NULL CHECK (kind IN
    ('patient', 'visit', 'edit', 'unlock', 'practitioner', 'record', 'signature', 'merge')),
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

INSERT INTO record_chain_v8
  SELECT seq, kind, ref, patient_id, visit_id, recorded_at, encoding, content_hash, prev_hash,
    entry_hash
  FROM record_chain ORDER BY seq;

DROP TABLE record_chain;

ALTER TABLE record_chain_v8 RENAME TO record_chain;

CREATE TRIGGER record_chain_no_replace BEFORE INSERT ON record_chain WHEN EXISTS (SELECT 1 FROM record_chain WHERE seq = NEW.seq OR (kind = NEW.kind AND ref = NEW.ref))
  BEGIN SELECT RAISE(ABORT, 'the record chain is append-only'); END;
CREATE TRIGGER record_chain_no_update BEFORE UPDATE ON record_chain
  BEGIN SELECT RAISE(ABORT, 'the record chain is append-only'); END;
CREATE TRIGGER record_chain_no_delete BEFORE DELETE ON record_chain
  BEGIN SELECT RAISE(ABORT, 'the record chain is append-only'); END;
