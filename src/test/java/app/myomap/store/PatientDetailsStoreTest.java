package app.myomap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.myomap.model.MedicalAlert;
import app.myomap.model.Patient;
import app.myomap.model.PatientDetails;
import app.myomap.model.Sex;
import app.myomap.model.Visit;
import app.myomap.model.VisitDetails;
import app.myomap.model.VisitType;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A patient's details and archiving and a visit's details, as a clinic keeps them: recorded as
 * chained versions in a real file, kept across a restart, refused when changed in place and named
 * by verify when changed with the guards dropped; a file of format 9 upgrades with everything kept.
 */
class PatientDetailsStoreTest {
  private static final String AUTHOR = "Dr Sam Rivera";
  private static final Instant NOW = Instant.parse("2024-05-01T09:30:00Z");

  private static final PatientDetails DETAILS =
      new PatientDetails(
          Sex.FEMALE,
          "+61 2 9876 5432",
          "jordan.lee@example.org",
          "12 Harbour St\nSydney NSW 2000",
          "Dr Priya Nair (GP)",
          Set.of(MedicalAlert.PREGNANCY, MedicalAlert.ANTICOAGULANTS),
          "Warfarin since March");

  @TempDir Path folder;
  private Database database;

  @AfterEach
  void close() {
    if (database != null) {
      database.close();
    }
  }

  private Path file() {
    return folder.resolve("clinic.db");
  }

  private PatientStore patients() {
    return new PatientStore(database, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private VerifyReport verify() {
    return new RecordVerifier(database).verifyAll(done -> {});
  }

  private void sql(String... statements) {
    database.inTransaction(
        c -> {
          try (Statement statement = c.createStatement()) {
            for (String sql : statements) {
              statement.executeUpdate(sql);
            }
          }
          return null;
        });
  }

  /** Every patient version's columns of format 9, in key order, as the file holds them. */
  private List<List<Object>> patientHistoryRows() {
    return database.inTransaction(
        c -> {
          List<List<Object>> rows = new java.util.ArrayList<>();
          try (var query =
                  c.prepareStatement(
                      "SELECT patient_id, version, name, date_of_birth, record_number, author,"
                          + " recorded_at FROM patient_history ORDER BY patient_id, version");
              var result = query.executeQuery()) {
            while (result.next()) {
              List<Object> row = new java.util.ArrayList<>();
              for (int i = 1; i <= 7; i++) {
                row.add(result.getObject(i));
              }
              rows.add(row);
            }
          }
          return rows;
        });
  }

  private Patient createdWithDetails() throws Exception {
    database = Database.open(file());
    Patient patient =
        Patient.create("Jordan Lee", LocalDate.of(1985, 4, 12), "MRN-1001").withDetails(DETAILS);
    patients().create(patient, AUTHOR);
    return patient;
  }

  @Test
  void everyDetailRoundTripsAndSurvivesARestart() throws Exception {
    Patient patient = createdWithDetails();
    assertThat(patients().get(patient.id())).contains(patient);
    database.close();

    database = Database.open(file());

    Patient read = patients().get(patient.id()).orElseThrow();
    assertThat(read).isEqualTo(patient);
    assertThat(read.details().alerts())
        .containsExactly(MedicalAlert.ANTICOAGULANTS, MedicalAlert.PREGNANCY);
    assertThat(read.details().address()).isEqualTo("12 Harbour St\nSydney NSW 2000");
    assertThat(patients().history(patient.id()))
        .containsExactly(new PatientRevision(1, patient, AUTHOR, NOW, false));
    assertThat(verify().broken()).isEmpty();
  }

  @Test
  void editedDetailsAreANewVersionAndTheOldOnesStayInTheHistory() throws Exception {
    Patient patient = createdWithDetails();
    Patient edited =
        patient.withDetails(
            DETAILS.withAlerts(List.of(MedicalAlert.NEEDLE_PHOBIA, MedicalAlert.FAINTING)));

    assertThat(patients().update(edited, "Dr Other")).isTrue();
    assertThat(patients().update(edited, "Dr Other")).isFalse();

    assertThat(patients().get(patient.id())).contains(edited);
    assertThat(patients().history(patient.id()))
        .extracting(PatientRevision::patient)
        .containsExactly(patient, edited);
    assertThat(verify().broken()).isEmpty();
  }

  @Test
  void anArchivedPatientIsHiddenFromTheListShownOnRequestAndBroughtBack() throws Exception {
    Patient patient = createdWithDetails();
    Patient other = Patient.create("Alex Kim", LocalDate.of(1990, 1, 2), "");
    patients().create(other, AUTHOR);

    assertThat(patients().setArchived(patient.id(), true, AUTHOR)).isTrue();
    assertThat(patients().setArchived(patient.id(), true, AUTHOR)).isFalse();

    assertThat(patients().isArchived(patient.id())).isTrue();
    assertThat(patients().search("", 10)).containsExactly(other);
    assertThat(patients().search("jordan", 10, true)).containsExactly(patient);
    // Archived, never gone: still found as a look-alike and by record number.
    assertThat(patients().withRecordNumber("MRN-1001")).containsExactly(patient);
    // Editing an archived patient keeps them archived.
    Patient renamed =
        new Patient(patient.id(), "Jordan Lee-Park", patient.dateOfBirth(), "MRN-1001", DETAILS);
    patients().update(renamed, AUTHOR);
    assertThat(patients().isArchived(patient.id())).isTrue();

    assertThat(patients().setArchived(patient.id(), false, AUTHOR)).isTrue();
    assertThat(patients().search("", 10)).containsExactlyInAnyOrder(renamed, other);
    assertThat(patients().history(patient.id()))
        .extracting(PatientRevision::version, PatientRevision::archived)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, false),
            org.assertj.core.groups.Tuple.tuple(2, true),
            org.assertj.core.groups.Tuple.tuple(3, true),
            org.assertj.core.groups.Tuple.tuple(4, false));
    VerifyReport report = verify();
    assertThat(report.broken()).isEmpty();
    // Two patients created, two archivings, one edit, one return.
    assertThat(report.checked()).isEqualTo(5);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "UPDATE patient_history SET email = 'someone@example.org'",
        "UPDATE patient_history SET alerts = NULL",
        "UPDATE patient_history SET archived = 1",
        "DELETE FROM patient_history",
        "INSERT OR REPLACE INTO patient_history SELECT * FROM patient_history",
        "UPDATE visit_details SET session_at = '2020-01-01T00:00:00.000Z'",
        "DELETE FROM visit_details",
        "INSERT OR REPLACE INTO visit_details SELECT * FROM visit_details"
      })
  void theFileRefusesToChangeDetailsInPlace(String statement) throws Exception {
    Patient patient = createdWithDetails();
    Visit visit = Visit.start(patient.id(), "v1", AUTHOR, Clock.systemUTC());
    new VisitStore(database).create(visit);
    new VisitStore(database)
        .recordDetails(visit.id(), VisitDetails.startOf(visit, VisitType.INITIAL), AUTHOR);

    assertThatThrownBy(() -> sql(statement)).isInstanceOf(DatabaseException.class);
    assertThat(verify().clean()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "UPDATE patient_history SET email = 'someone@example.org'",
        "UPDATE patient_history SET phone = NULL",
        "UPDATE patient_history SET alerts = 'PREGNANCY'",
        "UPDATE patient_history SET sex = 'MALE'",
        "UPDATE patient_history SET archived = 1"
      })
  void aPatientDetailChangedWithTheGuardDroppedIsNamed(String statement) throws Exception {
    Patient patient = createdWithDetails();

    sql("DROP TRIGGER patient_history_no_update", statement);

    assertThat(verify().brokenPatients()).containsExactly(patient.id());
  }

  @Test
  void aVisitDetailChangedWithTheGuardDroppedIsNamed() throws Exception {
    Patient patient = createdWithDetails();
    VisitStore visits = new VisitStore(database);
    Visit visit = Visit.start(patient.id(), "v1", AUTHOR, Clock.systemUTC());
    visits.create(visit);
    visits.recordDetails(visit.id(), VisitDetails.startOf(visit, VisitType.INITIAL), AUTHOR);
    assertThat(verify().broken()).isEmpty();

    sql(
        "DROP TRIGGER visit_details_no_update",
        "UPDATE visit_details SET visit_type = 'DISCHARGE'");

    assertThat(verify().brokenVisits()).containsExactly(visit.id());
  }

  @Test
  void visitDetailsAreVersionsKeptAcrossARestartApartFromTheVisitsOwnStart() throws Exception {
    Patient patient = createdWithDetails();
    Visit visit = Visit.start(patient.id(), "v1", AUTHOR, Clock.systemUTC());
    VisitStore visits = new VisitStore(database, Clock.fixed(NOW, ZoneOffset.UTC));
    visits.create(visit);
    VisitDetails first = VisitDetails.startOf(visit, VisitType.FOLLOW_UP);
    VisitDetails corrected =
        new VisitDetails(
            Instant.parse("2024-04-30T15:00:00Z"), VisitType.REVIEW, "Neck pain review");
    assertThat(visits.recordDetails(visit.id(), first, AUTHOR)).isTrue();
    assertThat(visits.recordDetails(visit.id(), corrected, "Dr Other")).isTrue();
    assertThat(visits.recordDetails(visit.id(), corrected, "Dr Other")).isFalse();
    database.close();

    database = Database.open(file());
    visits = new VisitStore(database);

    assertThat(visits.details(visit.id())).contains(corrected);
    assertThat(visits.detailsOfPatient(patient.id())).containsEntry(visit.id(), corrected);
    assertThat(visits.detailsHistory(visit.id()))
        .containsExactly(
            new VisitDetailsRevision(1, first, AUTHOR, NOW),
            new VisitDetailsRevision(2, corrected, "Dr Other", NOW));
    // The visit's own start, which decides whether it is in the past, is untouched.
    assertThat(visits.get(visit.id()).orElseThrow().startedAt()).isEqualTo(visit.startedAt());
    assertThat(verify().broken()).isEmpty();
  }

  @Test
  void careSpanRunsFromTheFirstToTheLastVisitOrIsTheDayThePatientWasAdded() throws Exception {
    Patient patient = createdWithDetails();
    assertThat(patients().careSpan(patient.id())).contains(new PatientStore.CareSpan(NOW, NOW));
    Instant first = Instant.parse("2024-06-01T10:00:00Z");
    Instant last = Instant.parse("2025-02-03T11:00:00Z");
    new VisitStore(database, Clock.fixed(first, ZoneOffset.UTC))
        .create(
            new Visit(java.util.UUID.randomUUID().toString(), patient.id(), first, "v1", AUTHOR));
    new VisitStore(database, Clock.fixed(last, ZoneOffset.UTC))
        .create(
            new Visit(java.util.UUID.randomUUID().toString(), patient.id(), last, "v1", AUTHOR));
    // Archiving later is not care.
    new PatientStore(database, Clock.fixed(last.plusSeconds(3600), ZoneOffset.UTC))
        .setArchived(patient.id(), true, AUTHOR);

    assertThat(patients().careSpan(patient.id())).contains(new PatientStore.CareSpan(first, last));
  }

  @Test
  void aFileOfFormat9UpgradesKeepingEveryPatientVisitAndAuthor() throws Exception {
    int format9 = 9;
    Path file = folder.resolve("v9.db");
    database = Database.open(file, Migration.ALL.subList(0, format9), "old");
    OldHistory history = new OldHistory(database, format9);
    String jordan = history.patient("Jordan Lee");
    String alex = history.patient("Alex Kim");
    history.rename(alex, "Alex Kimura");
    database.inTransaction(
        c -> {
          // Format 9 chains every change; the history above was written as format 9 wrote it.
          RecordChain.appendPatient(c, jordan, 1, "2024-05-01T09:01:00.000Z");
          RecordChain.appendPatient(c, alex, 1, "2024-05-01T09:02:00.000Z");
          RecordChain.appendPatient(c, alex, 2, "2024-05-01T09:03:00.000Z");
          return null;
        });
    String visitId = history.visit(jordan);
    database.inTransaction(
        c -> {
          RecordChain.appendVisit(c, visitId, jordan, "2024-05-01T09:04:00.000Z");
          return null;
        });
    List<List<Object>> before = patientHistoryRows();
    assertThat(verify().broken()).isEmpty();
    database.close();

    database = Database.open(file);

    assertThat(database.schemaVersion()).isEqualTo(Migration.latestVersion(Migration.ALL));
    PatientStore store = new PatientStore(database);
    assertThat(patientHistoryRows()).isEqualTo(before);
    assertThat(store.history(alex))
        .extracting(PatientRevision::author, PatientRevision::archived)
        .containsOnly(org.assertj.core.groups.Tuple.tuple(OldHistory.AUTHOR, false));
    assertThat(store.get(alex).orElseThrow().name()).isEqualTo("Alex Kimura");
    assertThat(store.get(alex).orElseThrow().details()).isEqualTo(PatientDetails.NONE);
    assertThat(store.search("", 10)).hasSize(2);
    // The visit is read after the upgrade: this build's store reads a file of its own format.
    Visit visit = new VisitStore(database).get(visitId).orElseThrow();
    assertThat(visit.patientId()).isEqualTo(jordan);
    assertThat(visit.practitioner()).isEqualTo(OldHistory.AUTHOR);
    assertThat(new VisitStore(database).listByPatient(jordan)).containsExactly(visit);
    assertThat(new VisitStore(database).details(visit.id())).isEmpty();
    VerifyReport report = verify();
    assertThat(report.broken()).isEmpty();
    // The four old entries, and the profile the upgrade made for their author.
    assertThat(report.checked()).isEqualTo(5);

    // The upgraded file takes details beside the old entries, still verifying.
    Patient withDetails = store.get(jordan).orElseThrow().withDetails(DETAILS);
    store.update(withDetails, AUTHOR);
    new VisitStore(database)
        .recordDetails(visit.id(), VisitDetails.startOf(visit, VisitType.INITIAL), AUTHOR);
    assertThat(store.get(jordan)).contains(withDetails);
    assertThat(verify().broken()).isEmpty();
    assertThat(verify().checked()).isEqualTo(7);
  }
}
