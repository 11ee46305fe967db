-- Patients, visits and the append-only chart store. Times are ISO-8601 UTC text with milliseconds
-- in a fixed width (2024-05-01T09:30:00.000Z), so text order is time order. Ids are lower-case
-- UUID text. The CHECK constraints repeat the model's rules as a second line of defence; a CHECK
-- whose expression is NULL passes, so each one tests for NULL before comparing.

-- The current version of each patient. name_key and record_key are the case- and accent-folded
-- name and record number that search matches against; last_activity_at is when the patient was
-- last opened or last seen at a visit, for listing recent patients first.
CREATE TABLE patients (
  id TEXT PRIMARY KEY CHECK (length(id) = 36),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  date_of_birth TEXT NOT NULL
    CHECK (length(date_of_birth) = 10 AND date_of_birth >= '1900-01-01'),
  record_number TEXT NOT NULL CHECK (length(record_number) <= 40),
  name_key TEXT NOT NULL,
  record_key TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1),
  last_activity_at TEXT CHECK (last_activity_at IS NULL OR length(last_activity_at) = 24)
);

CREATE INDEX patients_by_activity ON patients (last_activity_at, name_key);

-- Every version of every patient, the first included, with who recorded it and when.
CREATE TABLE patient_history (
  patient_id TEXT NOT NULL REFERENCES patients (id),
  version INTEGER NOT NULL CHECK (version >= 1),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  date_of_birth TEXT NOT NULL
    CHECK (length(date_of_birth) = 10 AND date_of_birth >= '1900-01-01'),
  record_number TEXT NOT NULL CHECK (length(record_number) <= 40),
  author TEXT NOT NULL CHECK (length(author) BETWEEN 1 AND 200),
  recorded_at TEXT NOT NULL CHECK (length(recorded_at) = 24),
  PRIMARY KEY (patient_id, version)
);

CREATE TABLE visits (
  id TEXT PRIMARY KEY CHECK (length(id) = 36),
  patient_id TEXT NOT NULL REFERENCES patients (id),
  started_at TEXT NOT NULL CHECK (length(started_at) = 24),
  atlas_version TEXT NOT NULL CHECK (atlas_version LIKE 'v_%'),
  practitioner TEXT NOT NULL CHECK (length(practitioner) BETWEEN 1 AND 200),
  recorded_at TEXT NOT NULL CHECK (length(recorded_at) = 24)
);

CREATE INDEX visits_by_patient ON visits (patient_id, started_at);

-- One row per committed chart edit; seq counts the edits of a visit from 1.
CREATE TABLE edits (
  id TEXT PRIMARY KEY CHECK (length(id) = 36),
  visit_id TEXT NOT NULL REFERENCES visits (id),
  seq INTEGER NOT NULL CHECK (seq >= 1),
  label_key TEXT NOT NULL CHECK (length(label_key) BETWEEN 1 AND 200),
  author TEXT NOT NULL CHECK (length(author) BETWEEN 1 AND 200),
  committed_at TEXT NOT NULL CHECK (length(committed_at) = 24),
  UNIQUE (visit_id, seq)
);

-- One row per new version of a mark, or a deletion marker (deleted = 1, no mark fields). Rows are
-- never changed: the chart after edit n is, per mark, its newest row with seq <= n unless that row
-- is a deletion marker, ordered by the (seq, ordinal) of the mark's first row. The primary key is
-- the index that reconstruction reads.
CREATE TABLE mark_versions (
  visit_id TEXT NOT NULL REFERENCES visits (id),
  mark_id TEXT NOT NULL CHECK (length(mark_id) = 36),
  seq INTEGER NOT NULL CHECK (seq >= 1),
  edit_id TEXT NOT NULL REFERENCES edits (id),
  ordinal INTEGER NOT NULL CHECK (ordinal >= 0),
  deleted INTEGER NOT NULL CHECK (deleted IN (0, 1)),
  kind TEXT CHECK (kind IN ('triggerPoint', 'notePin')),
  body_view TEXT CHECK (body_view IN
    ('anterior', 'posterior', 'lateral-left', 'lateral-right', 'head-left', 'head-right')),
  x REAL,
  y REAL,
  muscle TEXT CHECK (length(muscle) BETWEEN 1 AND 100),
  side TEXT CHECK (side IN ('R', 'L')),
  status TEXT CHECK (status IN ('ACTIVE', 'LATENT')),
  criteria TEXT,
  ppt_value REAL,
  ppt_unit TEXT CHECK (ppt_unit IN ('KG_PER_CM2', 'KPA')),
  needled INTEGER CHECK (needled IN (0, 1)),
  examiner TEXT CHECK (length(examiner) BETWEEN 1 AND 200),
  note TEXT CHECK (length(note) <= 2000),
  twitch_presence TEXT CHECK (twitch_presence IN ('NOT_TESTED', 'ABSENT', 'PRESENT')),
  twitch_count INTEGER CHECK (twitch_count BETWEEN 0 AND 99),
  twitch_strength TEXT CHECK (twitch_strength IN ('WEAK', 'MODERATE', 'STRONG')),
  twitch_detected_by TEXT,
  pin_text TEXT CHECK (length(pin_text) BETWEEN 1 AND 200),
  author TEXT NOT NULL CHECK (length(author) BETWEEN 1 AND 200),
  committed_at TEXT NOT NULL CHECK (length(committed_at) = 24),
  PRIMARY KEY (visit_id, mark_id, seq),
  FOREIGN KEY (visit_id, seq) REFERENCES edits (visit_id, seq),
  CHECK (
    (deleted = 1 AND kind IS NULL AND body_view IS NULL AND x IS NULL AND y IS NULL
      AND muscle IS NULL AND side IS NULL AND status IS NULL AND criteria IS NULL
      AND ppt_value IS NULL AND ppt_unit IS NULL AND needled IS NULL AND examiner IS NULL
      AND note IS NULL AND twitch_presence IS NULL AND twitch_count IS NULL
      AND twitch_strength IS NULL AND twitch_detected_by IS NULL AND pin_text IS NULL)
    OR (deleted = 0 AND kind IS NOT NULL AND kind = 'triggerPoint'
      AND body_view IS NOT NULL AND x IS NOT NULL AND y IS NOT NULL
      AND muscle IS NOT NULL AND side IS NOT NULL AND status IS NOT NULL
      AND criteria IS NOT NULL AND needled IS NOT NULL AND examiner IS NOT NULL
      AND note IS NOT NULL AND twitch_presence IS NOT NULL AND twitch_count IS NOT NULL
      AND twitch_detected_by IS NOT NULL AND pin_text IS NULL)
    OR (deleted = 0 AND kind IS NOT NULL AND kind = 'notePin'
      AND body_view IS NOT NULL AND x IS NOT NULL AND y IS NOT NULL
      AND pin_text IS NOT NULL AND muscle IS NULL AND side IS NULL
      AND status IS NULL AND criteria IS NULL AND ppt_value IS NULL AND ppt_unit IS NULL
      AND needled IS NULL AND examiner IS NULL AND note IS NULL AND twitch_presence IS NULL
      AND twitch_count IS NULL AND twitch_strength IS NULL AND twitch_detected_by IS NULL)
  ),
  CHECK ((ppt_value IS NULL AND ppt_unit IS NULL)
    OR (ppt_value IS NOT NULL AND ppt_unit IS NOT NULL AND ppt_value > 0
      AND ppt_value <= CASE ppt_unit WHEN 'KPA' THEN 2000 ELSE 20 END)),
  CHECK (twitch_presence IS NULL OR twitch_presence = 'PRESENT'
    OR (twitch_count IS NOT NULL AND twitch_count = 0 AND twitch_strength IS NULL
      AND twitch_detected_by IS NOT NULL AND twitch_detected_by = ''))
);

-- Clinical history is append-only (amendments must stay traceable): the database itself refuses
-- to change or remove a recorded edit, mark version or patient version. (Each trigger body
-- stays on one line: the migration runner splits statements at semicolons that end a line.)
CREATE TRIGGER edits_no_update BEFORE UPDATE ON edits
  BEGIN SELECT RAISE(ABORT, 'edits are append-only'); END;
CREATE TRIGGER edits_no_delete BEFORE DELETE ON edits
  BEGIN SELECT RAISE(ABORT, 'edits are append-only'); END;
CREATE TRIGGER mark_versions_no_update BEFORE UPDATE ON mark_versions
  BEGIN SELECT RAISE(ABORT, 'mark versions are append-only'); END;
CREATE TRIGGER mark_versions_no_delete BEFORE DELETE ON mark_versions
  BEGIN SELECT RAISE(ABORT, 'mark versions are append-only'); END;
CREATE TRIGGER patient_history_no_update BEFORE UPDATE ON patient_history
  BEGIN SELECT RAISE(ABORT, 'patient history is append-only'); END;
CREATE TRIGGER patient_history_no_delete BEFORE DELETE ON patient_history
  BEGIN SELECT RAISE(ABORT, 'patient history is append-only'); END;
