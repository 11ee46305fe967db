package app.myomap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The wording of each problem the patient form reports, decided without a window. */
class PatientDialogChecksTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
  private static final BirthDateFormat GB = BirthDateFormat.of(Locale.UK);
  private static final BirthDateFormat US = BirthDateFormat.of(Locale.US);

  @Test
  void datesOfBirthAreInTheLocalesOrderOrIsoAndWithinTheAcceptedRange() {
    assertThat(problem("1984-03-27")).isNull();
    assertThat(problem("27/03/1984")).isNull();
    assertThat(problem(" 2025-06-15 ")).isNull();
    assertThat(problem("1900-01-01")).isNull();
    assertThat(problem("29.2.2024")).isNull();

    assertThat(problem("")).isEqualTo("Enter the date of birth");
    assertThat(problem("16/06/2025")).isEqualTo("Date of birth is in the future");
    assertThat(problem("1899-12-31")).isEqualTo("Date of birth is before 01/01/1900");
    assertThat(problem("2023-02-29")).isEqualTo("There is no such date in the calendar");
    assertThat(problem("03/27/1984")).isEqualTo("There is no such date in the calendar");
    for (String notADate : new String[] {"27/3/84", "84-03-27", "1984-03-27x", "27 March 1984"}) {
      assertThat(problem(notADate))
          .as(notADate)
          .isEqualTo("Type the date as dd/mm/yyyy or yyyy-mm-dd, e.g. 27/03/1984");
    }
    assertThat(PatientDialog.dateOfBirthProblem("3/27/84", TODAY, US))
        .isEqualTo("Type the date as mm/dd/yyyy or yyyy-mm-dd, e.g. 03/27/1984");
    assertThat(PatientDialog.dateOfBirthProblem("3/27/1984", TODAY, US)).isNull();
  }

  @Test
  void phoneAndEmailMayBeEmptyButNotMistyped() {
    assertThat(PatientDialog.phoneProblem("")).isNull();
    assertThat(PatientDialog.phoneProblem("+61 (2) 9876-5432")).isNull();
    assertThat(PatientDialog.phoneProblem("0412 345 678")).isNull();
    assertThat(PatientDialog.phoneProblem("call after 5"))
        .isEqualTo("Type digits, spaces and + ( ) - only, e.g. +61 2 9876 5432");
    assertThat(PatientDialog.phoneProblem("1".repeat(41)))
        .isEqualTo("The phone number is too long: at most 40 characters");

    assertThat(PatientDialog.emailProblem("")).isNull();
    assertThat(PatientDialog.emailProblem(" jordan.lee@example.org ")).isNull();
    for (String mistyped :
        new String[] {"jordan", "jordan@", "jordan@example", "@example.org", "a b@example.org"}) {
      assertThat(PatientDialog.emailProblem(mistyped))
          .as(mistyped)
          .isEqualTo("Type an address like name@example.org");
    }
  }

  private static String problem(String typed) {
    return PatientDialog.dateOfBirthProblem(typed, TODAY, GB);
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
    assertThat(ProfileDialog.nameProblem("\t", name -> false)).isEqualTo("Enter your name");
    assertThat(ProfileDialog.nameProblem("p".repeat(201), name -> false))
        .isEqualTo("The name is too long: at most 200 characters");
    assertThat(ProfileDialog.nameProblem(" Sam Rivera", "Sam Rivera"::equals))
        .isEqualTo("Another profile has, or had, this name; add an initial or a title");
  }
}
