-- The clinical record of a visit beside its chart, and its signatures. Every row is append-only and
-- chained like the chart: a record entry as kind 'record' (ref entry_id/version), a signature as
-- kind 'signature' (ref visit_id/n) and the opening of an addendum as kind 'signature' (ref
-- visit_id/n/amend).

-- One row per version of a record entry; a removed entry gets a last version with deleted = 1 and
-- no body. seq counts the record writes of a visit from 1, so a signature can name the record as it
-- was. body is the entry's canonical text (one key=value line per field).
CREATE TABLE record_entries (
  visit_id TEXT NOT NULL REFERENCES visits (id),
  entry_id TEXT NOT NULL CHECK (length(entry_id) = 36),
  version INTEGER NOT NULL CHECK (version >= 1),
  seq INTEGER NOT NULL CHECK (seq >= 1),
  section TEXT NOT NULL CHECK (section IN ('subjective', 'intake', 'since-last-visit',
    'screening', 'consent', 'needling', 'retest', 'adverse-event', 'after-care')),
  mark_id TEXT CHECK (mark_id IS NULL OR length(mark_id) = 36),
  deleted INTEGER NOT NULL CHECK (deleted IN (0, 1)),
  body TEXT CHECK (body IS NULL OR length(body) <= 50000),
  author TEXT NOT NULL CHECK (length(author) BETWEEN 1 AND 200),
  written_at TEXT NOT NULL CHECK (length(written_at) = 24),
  PRIMARY KEY (entry_id, version),
  UNIQUE (visit_id, seq),
  CHECK ((deleted = 1 AND body IS NULL) OR (deleted = 0 AND body IS NOT NULL)),
  CHECK ((section = 'needling') = (mark_id IS NOT NULL))
);

CREATE INDEX record_entries_by_visit ON record_entries (visit_id, seq);

-- Signature n = 0 signs the visit; n >= 1 signs its n-th addendum. content_hash is the SHA-256 of
-- the visit's canonical content as signed (its chart after edit edit_seq, its record after write
-- record_seq, its addenda and the signature's own fields); chain_seq and chain_hash are the head of
-- the record chain just before the signature was added.
CREATE TABLE visit_signatures (
  visit_id TEXT NOT NULL REFERENCES visits (id),
  n INTEGER NOT NULL CHECK (n >= 0),
  signed_at TEXT NOT NULL CHECK (length(signed_at) = 24),
  author TEXT NOT NULL CHECK (length(author) BETWEEN 1 AND 200),
  edit_seq INTEGER NOT NULL CHECK (edit_seq >= 0),
  record_seq INTEGER NOT NULL CHECK (record_seq >= 0),
  content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
  chain_seq INTEGER NOT NULL CHECK (chain_seq >= 0),
  chain_hash TEXT NOT NULL CHECK (length(chain_hash) = 64),
  PRIMARY KEY (visit_id, n)
);

-- An addendum opened on a signed visit, with its reason; it is closed by signature n.
CREATE TABLE visit_amendments (
  visit_id TEXT NOT NULL REFERENCES visits (id),
  n INTEGER NOT NULL CHECK (n >= 1),
  reason TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 2000),
  opened_at TEXT NOT NULL CHECK (length(opened_at) = 24),
  author TEXT NOT NULL CHECK (length(author) BETWEEN 1 AND 200),
  PRIMARY KEY (visit_id, n)
);

-- Append-only, as every clinical table.
CREATE TRIGGER record_entries_no_replace BEFORE INSERT ON record_entries WHEN EXISTS (SELECT 1 FROM record_entries WHERE (entry_id = NEW.entry_id AND version = NEW.version) OR (visit_id = NEW.visit_id AND seq = NEW.seq))
  BEGIN SELECT RAISE(ABORT, 'record entries are append-only'); END;
CREATE TRIGGER record_entries_no_update BEFORE UPDATE ON record_entries
  BEGIN SELECT RAISE(ABORT, 'record entries are append-only'); END;
CREATE TRIGGER record_entries_no_delete BEFORE DELETE ON record_entries
  BEGIN SELECT RAISE(ABORT, 'record entries are append-only'); END;
-- A new version follows the entry's previous one, in the same visit and section, and never
-- follows its removal.
CREATE TRIGGER record_entries_follow BEFORE INSERT ON record_entries WHEN NEW.version > 1 AND NOT EXISTS (SELECT 1 FROM record_entries WHERE entry_id = NEW.entry_id AND version = NEW.version - 1 AND visit_id = NEW.visit_id AND section = NEW.section AND deleted = 0 AND mark_id IS NEW.mark_id)
  BEGIN SELECT RAISE(ABORT, 'a record entry version must follow its previous one'); END;
CREATE TRIGGER visit_signatures_no_replace BEFORE INSERT ON visit_signatures WHEN EXISTS (SELECT 1 FROM visit_signatures WHERE visit_id = NEW.visit_id AND n = NEW.n)
  BEGIN SELECT RAISE(ABORT, 'signatures are append-only'); END;
CREATE TRIGGER visit_signatures_no_update BEFORE UPDATE ON visit_signatures
  BEGIN SELECT RAISE(ABORT, 'signatures are append-only'); END;
CREATE TRIGGER visit_signatures_no_delete BEFORE DELETE ON visit_signatures
  BEGIN SELECT RAISE(ABORT, 'signatures are append-only'); END;
CREATE TRIGGER visit_amendments_no_replace BEFORE INSERT ON visit_amendments WHEN EXISTS (SELECT 1 FROM visit_amendments WHERE visit_id = NEW.visit_id AND n = NEW.n)
  BEGIN SELECT RAISE(ABORT, 'addenda are append-only'); END;
CREATE TRIGGER visit_amendments_no_update BEFORE UPDATE ON visit_amendments
  BEGIN SELECT RAISE(ABORT, 'addenda are append-only'); END;
CREATE TRIGGER visit_amendments_no_delete BEFORE DELETE ON visit_amendments
  BEGIN SELECT RAISE(ABORT, 'addenda are append-only'); END;

-- Signatures come in order: n counts the visit's signatures so far, and every signature after
-- the first closes the addendum of the same number. A signature is never dated before what it
-- signs (no back-dating).
CREATE TRIGGER visit_signatures_in_order BEFORE INSERT ON visit_signatures WHEN NEW.n <> (SELECT COUNT(*) FROM visit_signatures WHERE visit_id = NEW.visit_id) OR (NEW.n > 0 AND NOT EXISTS (SELECT 1 FROM visit_amendments WHERE visit_id = NEW.visit_id AND n = NEW.n))
  BEGIN SELECT RAISE(ABORT, 'a signature must sign the visit or its open addendum'); END;
CREATE TRIGGER visit_signatures_not_backdated BEFORE INSERT ON visit_signatures WHEN NEW.signed_at < (SELECT MAX(t) FROM (SELECT MAX(committed_at) AS t FROM edits WHERE visit_id = NEW.visit_id UNION ALL SELECT MAX(written_at) FROM record_entries WHERE visit_id = NEW.visit_id UNION ALL SELECT MAX(opened_at) FROM visit_amendments WHERE visit_id = NEW.visit_id UNION ALL SELECT recorded_at FROM visits WHERE id = NEW.visit_id))
  BEGIN SELECT RAISE(ABORT, 'a signature cannot be dated before what it signs'); END;
-- An addendum opens only on a visit whose every earlier part is signed.
CREATE TRIGGER visit_amendments_in_order BEFORE INSERT ON visit_amendments WHEN NEW.n <> (SELECT COUNT(*) FROM visit_signatures WHERE visit_id = NEW.visit_id) OR NEW.n <> (SELECT COUNT(*) FROM visit_amendments WHERE visit_id = NEW.visit_id) + 1
  BEGIN SELECT RAISE(ABORT, 'an addendum opens only on a signed visit'); END;

-- A signed visit takes no change unless an addendum is open: more signatures than addenda.
CREATE TRIGGER edits_signed BEFORE INSERT ON edits WHEN (SELECT COUNT(*) FROM visit_signatures WHERE visit_id = NEW.visit_id) > (SELECT COUNT(*) FROM visit_amendments WHERE visit_id = NEW.visit_id)
  BEGIN SELECT RAISE(ABORT, 'the visit is signed; amend it to change it'); END;
CREATE TRIGGER mark_versions_signed BEFORE INSERT ON mark_versions WHEN (SELECT COUNT(*) FROM visit_signatures WHERE visit_id = NEW.visit_id) > (SELECT COUNT(*) FROM visit_amendments WHERE visit_id = NEW.visit_id)
  BEGIN SELECT RAISE(ABORT, 'the visit is signed; amend it to change it'); END;
CREATE TRIGGER record_entries_signed BEFORE INSERT ON record_entries WHEN (SELECT COUNT(*) FROM visit_signatures WHERE visit_id = NEW.visit_id) > (SELECT COUNT(*) FROM visit_amendments WHERE visit_id = NEW.visit_id)
  BEGIN SELECT RAISE(ABORT, 'the visit is signed; amend it to change it'); END;
CREATE TRIGGER visit_unlocks_signed BEFORE INSERT ON visit_unlocks WHEN EXISTS (SELECT 1 FROM visit_signatures WHERE visit_id = NEW.visit_id)
  BEGIN SELECT RAISE(ABORT, 'a signed visit is amended, not unlocked'); END;
