-- Each mark version names the version it replaces: the seq of the mark's previous row in the same
-- visit, or NULL for a mark's first row (rows written before this step keep NULL: what they
-- replaced is their previous row). The database itself refuses a version that does not replace
-- its mark's current head, so a write based on a stale chart can neither overwrite a newer
-- version nor bring back a deleted mark unseen.
ALTER TABLE mark_versions ADD COLUMN replaces_seq INTEGER
  CHECK (replaces_seq IS NULL OR replaces_seq >= 1);

CREATE TRIGGER mark_versions_replace_head BEFORE INSERT ON mark_versions
  WHEN NEW.replaces_seq IS NOT (
    SELECT MAX(seq) FROM mark_versions WHERE visit_id = NEW.visit_id AND mark_id = NEW.mark_id)
  BEGIN SELECT RAISE(ABORT, 'a mark version must replace the current version of its mark'); END;
