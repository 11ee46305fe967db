-- Patients and visits as a clinic keeps them. A patient's version gains sex, contact details, the
-- referring practitioner, medical alerts (ids of the shared list, comma-separated in the list's
-- order) with a free note, and whether the patient is archived (hidden from the list, never
-- removed). Each column is NULL when it holds nothing, which is what every version recorded before
-- this step holds, so those versions encode and verify exactly as before. The history stays
-- append-only: its guards already refuse UPDATE and DELETE.
ALTER TABLE patient_history ADD COLUMN sex TEXT
  CHECK (sex IS NULL OR sex IN ('FEMALE', 'MALE', 'INTERSEX', 'OTHER'));
ALTER TABLE patient_history ADD COLUMN phone TEXT
  CHECK (phone IS NULL OR length(phone) BETWEEN 1 AND 40);
ALTER TABLE patient_history ADD COLUMN email TEXT
  CHECK (email IS NULL OR (length(email) BETWEEN 3 AND 254 AND email LIKE '%_@_%._%'));
ALTER TABLE patient_history ADD COLUMN address TEXT
  CHECK (address IS NULL OR length(address) BETWEEN 1 AND 400);
ALTER TABLE patient_history ADD COLUMN referrer TEXT
  CHECK (referrer IS NULL OR length(referrer) BETWEEN 1 AND 200);
ALTER TABLE patient_history ADD COLUMN alerts TEXT
  CHECK (alerts IS NULL OR length(alerts) BETWEEN 1 AND 400);
ALTER TABLE patient_history ADD COLUMN alert_note TEXT
  CHECK (alert_note IS NULL OR length(alert_note) BETWEEN 1 AND 1000);
ALTER TABLE patient_history ADD COLUMN archived INTEGER
  CHECK (archived IS NULL OR archived = 1);

-- The details of a visit as the practitioner records them, one row per version: when the session
-- took place (editable, unlike the visit's own start, which the read-only guard of past visits
-- keeps using), the kind of visit and its reason.
CREATE TABLE visit_details (
  visit_id TEXT NOT NULL REFERENCES visits (id),
  version INTEGER NOT NULL CHECK (version >= 1),
  session_at TEXT NOT NULL CHECK (length(session_at) = 24),
  visit_type TEXT NOT NULL
    CHECK (visit_type IN ('INITIAL', 'FOLLOW_UP', 'REVIEW', 'DISCHARGE')),
  reason TEXT NOT NULL CHECK (length(reason) <= 500),
  author TEXT NOT NULL CHECK (length(author) BETWEEN 1 AND 200),
  recorded_at TEXT NOT NULL CHECK (length(recorded_at) = 24),
  PRIMARY KEY (visit_id, version)
);

CREATE TRIGGER visit_details_no_replace BEFORE INSERT ON visit_details WHEN EXISTS (SELECT 1 FROM visit_details WHERE visit_id = NEW.visit_id AND version = NEW.version)
  BEGIN SELECT RAISE(ABORT, 'visit details are append-only'); END;
CREATE TRIGGER visit_details_no_update BEFORE UPDATE ON visit_details
  BEGIN SELECT RAISE(ABORT, 'visit details are append-only'); END;
CREATE TRIGGER visit_details_no_delete BEFORE DELETE ON visit_details
  BEGIN SELECT RAISE(ABORT, 'visit details are append-only'); END;

-- Versions count from 1 without gaps.
CREATE TRIGGER visit_details_in_order BEFORE INSERT ON visit_details WHEN NEW.version <> (SELECT COUNT(*) FROM visit_details WHERE visit_id = NEW.visit_id) + 1
  BEGIN SELECT RAISE(ABORT, 'visit details are recorded in order'); END;

-- A signed visit's details change only while an addendum is open, as its chart and record do.
CREATE TRIGGER visit_details_signed BEFORE INSERT ON visit_details WHEN (SELECT COUNT(*) FROM visit_signatures WHERE visit_id = NEW.visit_id) > (SELECT COUNT(*) FROM visit_amendments WHERE visit_id = NEW.visit_id)
  BEGIN SELECT RAISE(ABORT, 'the visit is signed; amend it to change it'); END;
