-- Atlas v2 adds the hand and foot views, so a mark's body_view may be 'hand' or 'foot'. SQLite
-- cannot change a CHECK constraint in place, so mark_versions is rebuilt as in V003: the new table
-- has every column of the old one in the same order (the columns V005 and V007 added are now in
-- its definition), every row is copied unchanged, the old table is dropped (its guards and index go
-- with it; dropping fires no DELETE trigger, and no other table refers to it) and every guard and
-- the index are made again, word for word as their own steps made them. The record chain hashes
-- the rows' values, which do not change, and Database re-verifies it after this step.
CREATE TABLE mark_versions_v14 (
  visit_id TEXT NOT NULL REFERENCES visits (id),
  mark_id TEXT NOT NULL CHECK (length(mark_id) = 36),
  seq INTEGER NOT NULL CHECK (seq >= 1),
  edit_id TEXT NOT NULL REFERENCES edits (id),
  ordinal INTEGER NOT NULL CHECK (ordinal >= 0),
  deleted INTEGER NOT NULL CHECK (deleted IN (0, 1)),
  kind TEXT CHECK (kind IN ('triggerPoint', 'notePin', 'referralZone', 'symptomArea')),
  body_view TEXT CHECK (body_view IN
    ('anterior', 'posterior', 'lateral-left', 'lateral-right', 'head-left', 'head-right', 'hand',
      'foot')),
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
  geometry TEXT CHECK (length(geometry) BETWEEN 7 AND 200000 AND geometry GLOB 'M*Z'),
  owner_id TEXT CHECK (length(owner_id) = 36),
  zone_kind TEXT CHECK (zone_kind IN ('ESSENTIAL', 'SPILLOVER')),
  sensation TEXT CHECK (sensation IN ('PAIN', 'DEEP_ACHE', 'TINGLING', 'BURNING', 'NUMBNESS',
    'ACHING', 'STABBING', 'PINS_AND_NEEDLES')),
  intensity INTEGER CHECK (intensity BETWEEN 0 AND 10),
  constancy TEXT CHECK (constancy IN ('CONSTANT', 'INTERMITTENT')),
  author TEXT NOT NULL CHECK (length(author) BETWEEN 1 AND 200),
  committed_at TEXT NOT NULL CHECK (length(committed_at) = 24),
  replaces_seq INTEGER CHECK (replaces_seq IS NULL OR replaces_seq >= 1),
  origin_visit_id TEXT CHECK (origin_visit_id IS NULL OR length(origin_visit_id) = 36),
  origin_mark_id TEXT CHECK (origin_mark_id IS NULL OR length(origin_mark_id) = 36),
  root_visit_id TEXT CHECK (root_visit_id IS NULL OR length(root_visit_id) = 36),
  root_mark_id TEXT CHECK (root_mark_id IS NULL OR length(root_mark_id) = 36),
  carry_state TEXT
    CHECK (carry_state IS NULL OR carry_state IN ('NOT_REEXAMINED', 'CONFIRMED', 'RESOLVED')),
  PRIMARY KEY (visit_id, mark_id, seq),
  FOREIGN KEY (visit_id, seq) REFERENCES edits (visit_id, seq),
  CHECK (
    (deleted = 1 AND kind IS NULL AND body_view IS NULL AND x IS NULL AND y IS NULL
      AND muscle IS NULL AND side IS NULL AND status IS NULL AND criteria IS NULL
      AND ppt_value IS NULL AND ppt_unit IS NULL AND needled IS NULL AND examiner IS NULL
      AND note IS NULL AND twitch_presence IS NULL AND twitch_count IS NULL
      AND twitch_strength IS NULL AND twitch_detected_by IS NULL AND pin_text IS NULL
      AND geometry IS NULL AND owner_id IS NULL AND zone_kind IS NULL AND sensation IS NULL
      AND intensity IS NULL AND constancy IS NULL)
    OR (deleted = 0 AND kind IS NOT NULL AND kind = 'triggerPoint'
      AND body_view IS NOT NULL AND x IS NOT NULL AND y IS NOT NULL
      AND muscle IS NOT NULL AND side IS NOT NULL AND status IS NOT NULL
      AND criteria IS NOT NULL AND needled IS NOT NULL AND examiner IS NOT NULL
      AND note IS NOT NULL AND twitch_presence IS NOT NULL AND twitch_count IS NOT NULL
      AND twitch_detected_by IS NOT NULL AND pin_text IS NULL
      AND geometry IS NULL AND owner_id IS NULL AND zone_kind IS NULL AND sensation IS NULL
      AND intensity IS NULL AND constancy IS NULL)
    OR (deleted = 0 AND kind IS NOT NULL AND kind = 'notePin'
      AND body_view IS NOT NULL AND x IS NOT NULL AND y IS NOT NULL
      AND pin_text IS NOT NULL AND muscle IS NULL AND side IS NULL
      AND status IS NULL AND criteria IS NULL AND ppt_value IS NULL AND ppt_unit IS NULL
      AND needled IS NULL AND examiner IS NULL AND note IS NULL AND twitch_presence IS NULL
      AND twitch_count IS NULL AND twitch_strength IS NULL AND twitch_detected_by IS NULL
      AND geometry IS NULL AND owner_id IS NULL AND zone_kind IS NULL AND sensation IS NULL
      AND intensity IS NULL AND constancy IS NULL)
    OR (deleted = 0 AND kind IS NOT NULL AND kind IN ('referralZone', 'symptomArea')
      AND body_view IS NOT NULL AND x IS NOT NULL AND y IS NOT NULL
      AND geometry IS NOT NULL AND sensation IS NOT NULL
      AND muscle IS NULL AND side IS NULL AND status IS NULL AND criteria IS NULL
      AND ppt_value IS NULL AND ppt_unit IS NULL AND needled IS NULL AND examiner IS NULL
      AND note IS NULL AND twitch_presence IS NULL AND twitch_count IS NULL
      AND twitch_strength IS NULL AND twitch_detected_by IS NULL AND pin_text IS NULL
      AND ((kind = 'referralZone' AND zone_kind IS NOT NULL AND constancy IS NULL
          AND sensation IN ('PAIN', 'DEEP_ACHE', 'TINGLING', 'BURNING', 'NUMBNESS'))
        OR (kind = 'symptomArea' AND zone_kind IS NULL AND owner_id IS NULL
          AND constancy IS NOT NULL
          AND sensation IN ('ACHING', 'BURNING', 'STABBING', 'PINS_AND_NEEDLES', 'NUMBNESS'))))
  ),
  CHECK ((ppt_value IS NULL AND ppt_unit IS NULL)
    OR (ppt_value IS NOT NULL AND ppt_unit IS NOT NULL AND ppt_value > 0
      AND ppt_value <= CASE ppt_unit WHEN 'KPA' THEN 2000 ELSE 20 END)),
  CHECK (twitch_presence IS NULL OR twitch_presence = 'PRESENT'
    OR (twitch_count IS NOT NULL AND twitch_count = 0 AND twitch_strength IS NULL
      AND twitch_detected_by IS NOT NULL AND twitch_detected_by = ''))
);

INSERT INTO mark_versions_v14 (visit_id, mark_id, seq, edit_id, ordinal, deleted, kind, body_view, x, y, muscle,
    side, status, criteria, ppt_value, ppt_unit, needled, examiner, note, twitch_presence,
    twitch_count, twitch_strength, twitch_detected_by, pin_text, geometry, owner_id, zone_kind,
    sensation, intensity, constancy, author, committed_at, replaces_seq, origin_visit_id,
    origin_mark_id, root_visit_id, root_mark_id, carry_state)
  SELECT visit_id, mark_id, seq, edit_id, ordinal, deleted, kind, body_view, x, y, muscle,
    side, status, criteria, ppt_value, ppt_unit, needled, examiner, note, twitch_presence,
    twitch_count, twitch_strength, twitch_detected_by, pin_text, geometry, owner_id, zone_kind,
    sensation, intensity, constancy, author, committed_at, replaces_seq, origin_visit_id,
    origin_mark_id, root_visit_id, root_mark_id, carry_state
  FROM mark_versions;

DROP TABLE mark_versions;

ALTER TABLE mark_versions_v14 RENAME TO mark_versions;

CREATE TRIGGER mark_versions_no_update BEFORE UPDATE ON mark_versions
  BEGIN SELECT RAISE(ABORT, 'mark versions are append-only'); END;
CREATE TRIGGER mark_versions_no_delete BEFORE DELETE ON mark_versions
  BEGIN SELECT RAISE(ABORT, 'mark versions are append-only'); END;
CREATE TRIGGER mark_versions_replace_head BEFORE INSERT ON mark_versions
  WHEN NEW.replaces_seq IS NOT (
    SELECT MAX(seq) FROM mark_versions WHERE visit_id = NEW.visit_id AND mark_id = NEW.mark_id)
  BEGIN SELECT RAISE(ABORT, 'a mark version must replace the current version of its mark'); END;
CREATE INDEX mark_versions_by_edit ON mark_versions (edit_id, ordinal);
CREATE TRIGGER mark_versions_no_replace BEFORE INSERT ON mark_versions WHEN EXISTS (SELECT 1 FROM mark_versions WHERE visit_id = NEW.visit_id AND mark_id = NEW.mark_id AND seq = NEW.seq)
  BEGIN SELECT RAISE(ABORT, 'mark versions are append-only'); END;
CREATE TRIGGER mark_versions_lineage_whole BEFORE INSERT ON mark_versions WHEN NOT ((NEW.origin_visit_id IS NULL AND NEW.origin_mark_id IS NULL AND NEW.root_visit_id IS NULL AND NEW.root_mark_id IS NULL AND NEW.carry_state IS NULL) OR (NEW.deleted = 0 AND NEW.origin_visit_id IS NOT NULL AND NEW.origin_mark_id IS NOT NULL AND NEW.root_visit_id IS NOT NULL AND NEW.root_mark_id IS NOT NULL AND NEW.carry_state IS NOT NULL))
  BEGIN SELECT RAISE(ABORT, 'a carried mark names its origin, its first mark and its state'); END;
CREATE TRIGGER mark_versions_lineage_origin BEFORE INSERT ON mark_versions WHEN NEW.origin_visit_id IS NOT NULL AND (NEW.origin_visit_id = NEW.visit_id OR NOT EXISTS (SELECT 1 FROM mark_versions o WHERE o.visit_id = NEW.origin_visit_id AND o.mark_id = NEW.origin_mark_id) OR (SELECT patient_id FROM visits WHERE id = NEW.origin_visit_id) IS NOT (SELECT patient_id FROM visits WHERE id = NEW.visit_id))
  BEGIN SELECT RAISE(ABORT, 'a carried mark must come from a mark of an earlier visit of the patient'); END;
CREATE TRIGGER mark_versions_lineage_fixed BEFORE INSERT ON mark_versions WHEN NEW.deleted = 0 AND EXISTS (SELECT 1 FROM mark_versions p WHERE p.visit_id = NEW.visit_id AND p.mark_id = NEW.mark_id AND p.deleted = 0 AND (p.origin_visit_id IS NOT NEW.origin_visit_id OR p.origin_mark_id IS NOT NEW.origin_mark_id OR p.root_visit_id IS NOT NEW.root_visit_id OR p.root_mark_id IS NOT NEW.root_mark_id))
  BEGIN SELECT RAISE(ABORT, 'a mark keeps the lineage it was carried forward with'); END;
CREATE TRIGGER mark_versions_signed BEFORE INSERT ON mark_versions WHEN (SELECT COUNT(*) FROM visit_signatures WHERE visit_id = NEW.visit_id) > (SELECT COUNT(*) FROM visit_amendments WHERE visit_id = NEW.visit_id)
  BEGIN SELECT RAISE(ABORT, 'the visit is signed; amend it to change it'); END;
