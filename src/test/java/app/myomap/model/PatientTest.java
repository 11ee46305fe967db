package app.myomap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PatientTest {
  private static final String ID = "0b6f7e2c-3a8d-4f19-9c55-2d7e8a1b4c60";
  private static final LocalDate DOB = LocalDate.of(1984, 3, 12);

  @Test
  void keepsValidFieldsWithNamesStripped() {
    Patient patient = new Patient(ID, "  Ana Souza ", DOB, " MRN-1042 ");
    assertThat(patient.name()).isEqualTo("Ana Souza");
    assertThat(patient.recordNumber()).isEqualTo("MRN-1042");
    assertThat(patient.dateOfBirth()).isEqualTo(DOB);
    assertThat(new Patient(ID, "A", Patient.EARLIEST_BIRTH_DATE, "").recordNumber()).isEmpty();
  }

  @Test
  void createGivesAFreshUuid() {
    Patient a = Patient.create("Ana", DOB, "");
    Patient b = Patient.create("Ana", DOB, "");
    assertThat(a.id()).isNotEqualTo(b.id()).hasSize(36);
  }

  @Test
  void acceptsABirthToday() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    assertThat(new Patient(ID, "Newborn", today, "").dateOfBirth()).isEqualTo(today);
  }

  @Test
  void rejectsEachInvalidField() {
    assertThatThrownBy(() -> new Patient("42", "Ana", DOB, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Patient id must be a lower-case UUID, got \"42\"");
    assertThatThrownBy(() -> new Patient(ID, " ", DOB, ""))
        .hasMessage("Patient name must not be blank");
    assertThatThrownBy(() -> new Patient(ID, null, DOB, ""))
        .hasMessage("Patient name must not be null");
    assertThatThrownBy(() -> new Patient(ID, "x".repeat(201), DOB, ""))
        .hasMessage("Patient name must be at most 200 characters, got 201");
    assertThatThrownBy(() -> new Patient(ID, "Ana", null, ""))
        .hasMessage("Patient date of birth must not be null");
    assertThatThrownBy(() -> new Patient(ID, "Ana", LocalDate.of(1899, 12, 31), ""))
        .hasMessage("Patient date of birth must not be before 1900-01-01, got 1899-12-31");
    LocalDate future = LocalDate.now(ZoneOffset.MAX).plusDays(2);
    assertThatThrownBy(() -> new Patient(ID, "Ana", future, ""))
        .hasMessage("Patient date of birth must not be in the future, got " + future);
    assertThatThrownBy(() -> new Patient(ID, "Ana", DOB, "9".repeat(41)))
        .hasMessage("Patient record number must be at most 40 characters, got 41");
    assertThatThrownBy(() -> new Patient(ID, "Ana", DOB, null))
        .hasMessage("Patient record number must not be null");
  }
}
