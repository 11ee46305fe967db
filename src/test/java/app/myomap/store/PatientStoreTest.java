package app.myomap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.myomap.model.Patient;
import app.myomap.model.Visit;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatientStoreTest {
  private static final Instant NOW = Instant.parse("2024-05-01T09:30:00Z");
  private static final String AUTHOR = "Dr Lee";

  @TempDir Path folder;

  private Database database;
  private PatientStore store;
  private final Patient anna = patient("Anna Müller", "MRN-0042");
  private final Patient peter = patient("Peter Andersson", "A-17");
  private final Patient jose = patient("José Álvarez", "");
  private final Patient zoe = patient("Zoë Smith", "X_1");

  @BeforeEach
  void openDatabase() throws Exception {
    database = Database.open(folder.resolve("myomap.db"));
    store = new PatientStore(database, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Test
  void createdPatientIsReadBackUnchanged() {
    store.create(anna, AUTHOR);

    assertThat(store.get(anna.id())).contains(anna);
    assertThat(store.get(UUID.randomUUID().toString())).isEmpty();
    assertThat(store.history(anna.id())).containsExactly(new PatientRevision(1, anna, AUTHOR, NOW));
  }

  @Test
  void editIsANewVersionAndTheOldValuesStayInTheHistory() {
    store.create(anna, AUTHOR);
    Patient corrected = new Patient(anna.id(), "Anna Müller-Weber", anna.dateOfBirth(), "MRN-42");
    PatientStore later =
        new PatientStore(database, Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC));

    boolean changed = later.update(corrected, "Dr Other");
    boolean again = later.update(corrected, "Dr Other");

    assertThat(changed).isTrue();
    assertThat(again).as("an update to the same details records nothing").isFalse();
    assertThat(store.get(anna.id())).contains(corrected);
    assertThat(store.history(anna.id()))
        .containsExactly(
            new PatientRevision(1, anna, AUTHOR, NOW),
            new PatientRevision(2, corrected, "Dr Other", NOW.plusSeconds(60)));
    assertThat(store.search("weber", 10)).containsExactly(corrected);
    assertThat(store.search("0042", 10)).isEmpty();
  }

  @Test
  void updateOfAnUnknownPatientOrWithoutAuthorIsRefused() {
    store.create(anna, AUTHOR);
    Patient renamed = new Patient(anna.id(), "Anna B", anna.dateOfBirth(), "");

    assertThatThrownBy(() -> store.update(peter, AUTHOR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("No patient");
    assertThatThrownBy(() -> store.update(renamed, "  "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.create(anna, AUTHOR)).isInstanceOf(DatabaseException.class);
    assertThat(store.get(anna.id())).contains(anna);
    assertThat(store.history(anna.id())).hasSize(1);
  }

  @Test
  void searchMatchesNameWordsAndRecordNumbersIgnoringCaseAndAccents() {
    for (Patient patient : List.of(anna, peter, jose, zoe)) {
      store.create(patient, AUTHOR);
    }

    assertThat(store.search("müll", 10)).containsExactly(anna);
    assertThat(store.search("MULLER", 10)).containsExactly(anna);
    assertThat(store.search("and", 10)).containsExactly(peter);
    assertThat(store.search("an", 10)).containsExactly(anna, peter);
    assertThat(store.search("jose alv", 10)).containsExactly(jose);
    assertThat(store.search("alv jos", 10)).containsExactly(jose);
    assertThat(store.search("zoe", 10)).containsExactly(zoe);
    assertThat(store.search("0042", 10)).containsExactly(anna);
    assertThat(store.search("mrn-00", 10)).containsExactly(anna);
    assertThat(store.search("a-17", 10)).containsExactly(peter);
    assertThat(store.search("peter 17", 10)).containsExactly(peter);
    assertThat(store.search("peter 42", 10)).isEmpty();
    assertThat(store.search("_", 10)).as("wildcards are literal").containsExactly(zoe);
    assertThat(store.search("%", 10)).isEmpty();
    assertThat(store.search("nobody", 10)).isEmpty();
  }

  @Test
  void recentPatientsComeFirstThenByName() {
    for (Patient patient : List.of(zoe, anna, peter, jose)) {
      store.create(patient, AUTHOR);
    }
    store.markOpened(peter.id(), NOW.minusSeconds(3600));
    new VisitStore(database)
        .create(
            new Visit(UUID.randomUUID().toString(), zoe.id(), NOW.minusSeconds(60), "v1", AUTHOR));
    // An older opening does not move a patient back.
    store.markOpened(zoe.id(), NOW.minusSeconds(86_400));

    assertThat(store.search("", 10)).containsExactly(zoe, peter, anna, jose);
    assertThat(store.search("  ", 2)).containsExactly(zoe, peter);
    assertThat(store.search("e", 10)).containsExactly(zoe, peter, anna, jose);

    store.markOpened(jose.id(), NOW);

    assertThat(store.search(null, 3)).containsExactly(jose, zoe, peter);
    assertThatThrownBy(() -> store.markOpened(UUID.randomUUID().toString(), NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.search("a", 0)).isInstanceOf(IllegalArgumentException.class);
  }

  private static Patient patient(String name, String recordNumber) {
    return Patient.create(name, LocalDate.of(1980, 3, 14), recordNumber);
  }

  @Test
  void aPatientWithTheSameNameAndBirthDateOrRecordNumberIsALookAlike() {
    Patient anna = Patient.create("Anna Müller", LocalDate.of(1980, 3, 1), "MRN-7");
    store.create(anna, AUTHOR);

    assertThat(store.lookAlikes(Patient.create("anna muller", LocalDate.of(1980, 3, 1), "")))
        .containsExactly(anna);
    assertThat(store.lookAlikes(Patient.create("Someone Else", LocalDate.of(1990, 1, 1), "mrn-7")))
        .containsExactly(anna);
    assertThat(store.lookAlikes(Patient.create("Anna Müller", LocalDate.of(1981, 3, 1), "")))
        .as("same name, another birthday: another person")
        .isEmpty();
    assertThat(store.lookAlikes(anna)).as("a patient does not look like itself").isEmpty();
  }
}
