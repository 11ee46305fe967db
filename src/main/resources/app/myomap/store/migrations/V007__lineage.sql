-- Follow-up visits carry the previous visit's findings forward. A carried mark's versions name the
-- mark it was carried from (origin) and the mark that first charted the finding (root), fixed for
-- the mark's life, and what re-examining it found: NOT_REEXAMINED, CONFIRMED or RESOLVED (a
-- resolved mark stays in the visit as a record, no longer a finding). All five columns are NULL
-- for a mark charted at its own visit and for deletion markers. ADD COLUMN cannot add a check
-- over several columns, so the rules that span columns or rows are guards on insert.
ALTER TABLE mark_versions ADD COLUMN origin_visit_id TEXT
  CHECK (origin_visit_id IS NULL OR length(origin_visit_id) = 36);
ALTER TABLE mark_versions ADD COLUMN origin_mark_id TEXT
  CHECK (origin_mark_id IS NULL OR length(origin_mark_id) = 36);
ALTER TABLE mark_versions ADD COLUMN root_visit_id TEXT
  CHECK (root_visit_id IS NULL OR length(root_visit_id) = 36);
ALTER TABLE mark_versions ADD COLUMN root_mark_id TEXT
  CHECK (root_mark_id IS NULL OR length(root_mark_id) = 36);
ALTER TABLE mark_versions ADD COLUMN carry_state TEXT
  CHECK (carry_state IS NULL OR carry_state IN ('NOT_REEXAMINED', 'CONFIRMED', 'RESOLVED'));

-- All five or none, and none on a deletion marker.
CREATE TRIGGER mark_versions_lineage_whole BEFORE INSERT ON mark_versions WHEN NOT ((NEW.origin_visit_id IS NULL AND NEW.origin_mark_id IS NULL AND NEW.root_visit_id IS NULL AND NEW.root_mark_id IS NULL AND NEW.carry_state IS NULL) OR (NEW.deleted = 0 AND NEW.origin_visit_id IS NOT NULL AND NEW.origin_mark_id IS NOT NULL AND NEW.root_visit_id IS NOT NULL AND NEW.root_mark_id IS NOT NULL AND NEW.carry_state IS NOT NULL))
  BEGIN SELECT RAISE(ABORT, 'a carried mark names its origin, its first mark and its state'); END;

-- A carried mark comes from a recorded mark of another visit of the same patient.
CREATE TRIGGER mark_versions_lineage_origin BEFORE INSERT ON mark_versions WHEN NEW.origin_visit_id IS NOT NULL AND (NEW.origin_visit_id = NEW.visit_id OR NOT EXISTS (SELECT 1 FROM mark_versions o WHERE o.visit_id = NEW.origin_visit_id AND o.mark_id = NEW.origin_mark_id) OR (SELECT patient_id FROM visits WHERE id = NEW.origin_visit_id) IS NOT (SELECT patient_id FROM visits WHERE id = NEW.visit_id))
  BEGIN SELECT RAISE(ABORT, 'a carried mark must come from a mark of an earlier visit of the patient'); END;

-- Lineage never changes: every version of a mark names the same origin and first mark.
CREATE TRIGGER mark_versions_lineage_fixed BEFORE INSERT ON mark_versions WHEN NEW.deleted = 0 AND EXISTS (SELECT 1 FROM mark_versions p WHERE p.visit_id = NEW.visit_id AND p.mark_id = NEW.mark_id AND p.deleted = 0 AND (p.origin_visit_id IS NOT NEW.origin_visit_id OR p.origin_mark_id IS NOT NEW.origin_mark_id OR p.root_visit_id IS NOT NEW.root_visit_id OR p.root_mark_id IS NOT NEW.root_mark_id))
  BEGIN SELECT RAISE(ABORT, 'a mark keeps the lineage it was carried forward with'); END;
