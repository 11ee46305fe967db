package app.myomap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The wording of each problem the patient form reports, decided without a window. */
class PatientDialogChecksTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

  @Test
  void datesOfBirthAreIsoAndWithinTheAcceptedRange() {
    assertThat(PatientDialog.dateOfBirthProblem("1984-03-27", TODAY)).isNull();
    assertThat(PatientDialog.dateOfBirthProblem(" 2025-06-15 ", TODAY)).isNull();
    assertThat(PatientDialog.dateOfBirthProblem("1900-01-01", TODAY)).isNull();
    assertThat(PatientDialog.dateOfBirthProblem("2024-02-29", TODAY)).isNull();

    assertThat(PatientDialog.dateOfBirthProblem("", TODAY)).isEqualTo("Enter the date of birth");
    assertThat(PatientDialog.dateOfBirthProblem("2025-06-16", TODAY))
        .isEqualTo("Date of birth is in the future");
    assertThat(PatientDialog.dateOfBirthProblem("1899-12-31", TODAY))
        .isEqualTo("Date of birth is before 1900-01-01");
    assertThat(PatientDialog.dateOfBirthProblem("2023-02-29", TODAY))
        .isEqualTo("There is no such date in the calendar");
    assertThat(PatientDialog.dateOfBirthProblem("1984-13-01", TODAY))
        .isEqualTo("There is no such date in the calendar");
    for (String notIso : new String[] {"27/03/1984", "1984-3-27", "84-03-27", "1984-03-27x"}) {
      assertThat(PatientDialog.dateOfBirthProblem(notIso, TODAY))
          .as(notIso)
          .isEqualTo("Type the date as yyyy-mm-dd, e.g. 1984-03-27");
    }
  }

  @Test
  void namesAndRecordNumbersFollowTheModelLimits() {
    assertThat(PatientDialog.nameProblem(" Jane ")).isNull();
    assertThat(PatientDialog.nameProblem("  ")).isEqualTo("Enter the patient\u2019s name");
    assertThat(PatientDialog.nameProblem("x".repeat(200))).isNull();
    assertThat(PatientDialog.nameProblem("x".repeat(201)))
        .isEqualTo("The name is too long: at most 200 characters");
    assertThat(PatientDialog.recordProblem("")).isNull();
    assertThat(PatientDialog.recordProblem("r".repeat(40))).isNull();
    assertThat(PatientDialog.recordProblem("r".repeat(41)))
        .isEqualTo("The record number is too long: at most 40 characters");
    assertThat(PractitionerDialog.nameProblem("\t")).isEqualTo("Enter your name");
    assertThat(PractitionerDialog.nameProblem("p".repeat(201)))
        .isEqualTo("The name is too long: at most 200 characters");
  }
}
