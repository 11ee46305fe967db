-- Each time a practitioner chose to edit a visit that started on an earlier day: when (ISO-8601
-- UTC), who, and the reason they gave. Rows are never changed or removed, so a later change to a
-- past visit can always be traced to the decision that allowed it.
CREATE TABLE visit_unlocks (
  visit_id TEXT NOT NULL REFERENCES visits (id),
  unlocked_at TEXT NOT NULL CHECK (length(unlocked_at) = 24),
  author TEXT NOT NULL CHECK (length(author) BETWEEN 1 AND 200),
  reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 500)
);

CREATE INDEX visit_unlocks_by_visit ON visit_unlocks (visit_id, unlocked_at);

CREATE TRIGGER visit_unlocks_no_update BEFORE UPDATE ON visit_unlocks
  BEGIN SELECT RAISE(ABORT, 'visit unlocks are append-only'); END;
CREATE TRIGGER visit_unlocks_no_delete BEFORE DELETE ON visit_unlocks
  BEGIN SELECT RAISE(ABORT, 'visit unlocks are append-only'); END;
