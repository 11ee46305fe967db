-- The clinic's own screening checklist before needling, as configuration: each save is a new
-- version (never changed afterwards) listing every item with its place, words, category and the
-- medical alert that pre-ticks it. An item retired from the checklist stays in later versions with
-- retired = 1, so its id keeps its meaning; a visit's screening keeps the words it asked.
CREATE TABLE screening_checklist_versions (
  version INTEGER PRIMARY KEY CHECK (version >= 1),
  saved_at TEXT NOT NULL CHECK (length(saved_at) = 24),
  author TEXT NOT NULL CHECK (length(author) BETWEEN 1 AND 200)
);

CREATE TABLE screening_checklist_items (
  version INTEGER NOT NULL REFERENCES screening_checklist_versions (version),
  position INTEGER NOT NULL CHECK (position >= 0),
  item_id TEXT NOT NULL CHECK (length(item_id) BETWEEN 1 AND 80),
  words TEXT NOT NULL CHECK (length(trim(words)) BETWEEN 1 AND 200),
  category TEXT NOT NULL CHECK (category IN ('ABSOLUTE', 'PRECAUTION')),
  alert_id TEXT CHECK (alert_id IS NULL OR length(alert_id) BETWEEN 1 AND 60),
  retired INTEGER NOT NULL CHECK (retired IN (0, 1)),
  PRIMARY KEY (version, item_id),
  UNIQUE (version, position)
);

CREATE TRIGGER screening_checklist_versions_no_update BEFORE UPDATE ON screening_checklist_versions
  BEGIN SELECT RAISE(ABORT, 'screening checklists are append-only'); END;
CREATE TRIGGER screening_checklist_versions_no_delete BEFORE DELETE ON screening_checklist_versions
  BEGIN SELECT RAISE(ABORT, 'screening checklists are append-only'); END;
CREATE TRIGGER screening_checklist_items_no_update BEFORE UPDATE ON screening_checklist_items
  BEGIN SELECT RAISE(ABORT, 'screening checklists are append-only'); END;
CREATE TRIGGER screening_checklist_items_no_delete BEFORE DELETE ON screening_checklist_items
  BEGIN SELECT RAISE(ABORT, 'screening checklists are append-only'); END;
