package app.myomap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.myomap.model.Patient;
import app.myomap.model.Visit;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VisitStoreTest {
  private static final String PRACTITIONER = "Dr Lee";

  @TempDir Path folder;

  private Database database;
  private VisitStore store;
  private Patient patient;

  @BeforeEach
  void openDatabase() throws Exception {
    database = Database.open(folder.resolve("myomap.db"));
    store = new VisitStore(database);
    patient = newPatient();
  }

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Test
  void visitIsReadBackUnchanged() throws Exception {
    Visit visit = visit(patient, "2024-05-01T09:30:00.123Z");

    store.create(visit);
    database.close();
    database = Database.open(folder.resolve("myomap.db"));

    assertThat(new VisitStore(database).get(visit.id())).contains(visit);
    assertThat(new VisitStore(database).get(UUID.randomUUID().toString())).isEmpty();
  }

  @Test
  void visitsOfAPatientAreListedNewestFirst() {
    Visit march = visit(patient, "2024-03-01T08:00:00Z");
    Visit may = visit(patient, "2024-05-01T08:00:00Z");
    Visit january = visit(patient, "2024-01-15T16:45:00Z");
    Visit previousYear = visit(patient, "2023-12-31T23:59:59.999Z");
    Visit otherPatients = visit(newPatient(), "2024-06-01T08:00:00Z");
    for (Visit visit : new Visit[] {march, may, otherPatients, previousYear, january}) {
      store.create(visit);
    }

    assertThat(store.listByPatient(patient.id()))
        .containsExactly(may, march, january, previousYear);
    assertThat(store.listByPatient(UUID.randomUUID().toString())).isEmpty();
  }

  @Test
  void visitOfAnUnknownPatientOrWithATakenIdIsRefused() {
    Visit visit = visit(patient, "2024-05-01T09:30:00Z");
    store.create(visit);
    Patient unknown = Patient.create("Not Stored", LocalDate.of(1990, 1, 1), "");
    Visit sameId =
        new Visit(visit.id(), patient.id(), Instant.parse("2024-05-02T09:30:00Z"), "v1", "Dr X");

    assertThatThrownBy(() -> store.create(visit(unknown, "2024-05-01T09:30:00Z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no known patient");
    assertThatThrownBy(() -> store.create(sameId)).isInstanceOf(DatabaseException.class);
    assertThat(store.listByPatient(patient.id())).containsExactly(visit);
    assertThat(store.listByPatient(unknown.id())).isEmpty();
  }

  private Patient newPatient() {
    Patient created = Patient.create("Pat " + UUID.randomUUID(), LocalDate.of(1970, 1, 1), "");
    new PatientStore(database).create(created, PRACTITIONER);
    return created;
  }

  private static Visit visit(Patient patient, String startedAt) {
    return new Visit(
        UUID.randomUUID().toString(), patient.id(), Instant.parse(startedAt), "v1", PRACTITIONER);
  }
}
