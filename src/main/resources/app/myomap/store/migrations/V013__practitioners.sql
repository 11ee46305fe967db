-- Practitioner profiles. A profile is stored as revisions, each a whole row, chained as kind
-- 'practitioner' (ref practitioner_id/version). The PIN is kept as a PBKDF2 hash with its salt and
-- iteration count, never the PIN itself; a signature image is a small PNG.
CREATE TABLE practitioners (
  practitioner_id TEXT NOT NULL CHECK (length(practitioner_id) = 36),
  version INTEGER NOT NULL CHECK (version >= 1),
  name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
  profession TEXT NOT NULL CHECK (length(profession) <= 200),
  qualifications TEXT NOT NULL CHECK (length(qualifications) <= 500),
  registration_number TEXT NOT NULL CHECK (length(registration_number) <= 40),
  provider_number TEXT NOT NULL CHECK (length(provider_number) <= 40),
  signature_png BLOB CHECK (signature_png IS NULL OR length(signature_png) <= 262144),
  pin_hash TEXT CHECK (pin_hash IS NULL OR length(pin_hash) = 64),
  pin_salt TEXT CHECK (pin_salt IS NULL OR length(pin_salt) = 32),
  pin_iterations INTEGER CHECK (pin_iterations IS NULL OR pin_iterations >= 10000),
  retired INTEGER NOT NULL CHECK (retired IN (0, 1)),
  recorded_at TEXT NOT NULL CHECK (length(recorded_at) = 24),
  PRIMARY KEY (practitioner_id, version),
  CHECK ((pin_hash IS NULL) = (pin_salt IS NULL) AND (pin_hash IS NULL) = (pin_iterations IS NULL))
);

-- Which profile an author name stored with a change belongs to: every name a profile has had, and
-- every name stored before profiles existed (one profile each, made by this step). Old rows keep
-- their names and are never updated; a name is resolved to its profile through this table. A row
-- is chained with the profile revision that brought the name.
CREATE TABLE practitioner_names (
  name TEXT NOT NULL PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 200),
  practitioner_id TEXT NOT NULL CHECK (length(practitioner_id) = 36),
  version INTEGER NOT NULL CHECK (version >= 1),
  FOREIGN KEY (practitioner_id, version) REFERENCES practitioners (practitioner_id, version)
);

-- The profile each new change names; rows written before this step have none (their author name
-- maps to a profile through practitioner_names).
ALTER TABLE edits ADD COLUMN practitioner_id TEXT CHECK (practitioner_id IS NULL OR length(practitioner_id) = 36);
ALTER TABLE record_entries ADD COLUMN practitioner_id TEXT CHECK (practitioner_id IS NULL OR length(practitioner_id) = 36);
ALTER TABLE visit_signatures ADD COLUMN practitioner_id TEXT CHECK (practitioner_id IS NULL OR length(practitioner_id) = 36);
ALTER TABLE visit_amendments ADD COLUMN practitioner_id TEXT CHECK (practitioner_id IS NULL OR length(practitioner_id) = 36);

-- Append-only, as every clinical table; a new revision follows the profile's previous one.
CREATE TRIGGER practitioners_no_replace BEFORE INSERT ON practitioners WHEN EXISTS (SELECT 1 FROM practitioners WHERE practitioner_id = NEW.practitioner_id AND version = NEW.version)
  BEGIN SELECT RAISE(ABORT, 'practitioner profiles are append-only'); END;
CREATE TRIGGER practitioners_no_update BEFORE UPDATE ON practitioners
  BEGIN SELECT RAISE(ABORT, 'practitioner profiles are append-only'); END;
CREATE TRIGGER practitioners_no_delete BEFORE DELETE ON practitioners
  BEGIN SELECT RAISE(ABORT, 'practitioner profiles are append-only'); END;
CREATE TRIGGER practitioners_follow BEFORE INSERT ON practitioners WHEN NEW.version <> 1 + (SELECT COUNT(*) FROM practitioners WHERE practitioner_id = NEW.practitioner_id)
  BEGIN SELECT RAISE(ABORT, 'a profile revision must follow its previous one'); END;
CREATE TRIGGER practitioner_names_no_replace BEFORE INSERT ON practitioner_names WHEN EXISTS (SELECT 1 FROM practitioner_names WHERE name = NEW.name)
  BEGIN SELECT RAISE(ABORT, 'practitioner names are append-only'); END;
CREATE TRIGGER practitioner_names_no_update BEFORE UPDATE ON practitioner_names
  BEGIN SELECT RAISE(ABORT, 'practitioner names are append-only'); END;
CREATE TRIGGER practitioner_names_no_delete BEFORE DELETE ON practitioner_names
  BEGIN SELECT RAISE(ABORT, 'practitioner names are append-only'); END;
