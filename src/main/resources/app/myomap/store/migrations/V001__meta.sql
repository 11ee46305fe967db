-- Facts about the database file itself, one value per key: when it was created (ISO-8601 UTC,
-- key created_at) and by which MyoMap version (key created_by_version).
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
