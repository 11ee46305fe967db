package app.myomap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecordRetentionTest {
  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void anAdultsRecordIsKeptSevenYearsAfterTheLastEntry() {
    assertThat(RecordRetention.keepUntil(day("1970-03-15"), day("2010-06-01"), day("2024-05-01")))
        .isEqualTo(day("2031-05-01"));
  }

  @Test
  void aChildsRecordIsKeptUntilTheirTwentyFifthBirthdayWhenThatIsLater() {
    // Seen at 10 and last at 12: seven years after is 2021, age 25 is 2030.
    assertThat(RecordRetention.keepUntil(day("2005-09-20"), day("2015-10-01"), day("2017-02-01")))
        .isEqualTo(day("2030-09-20"));
  }

  @Test
  void aChildSeenIntoAdulthoodIsKeptSevenYearsAfterTheLastEntryWhenThatIsLater() {
    // Seen first at 16, last at 22: 22 + 7 = 29 is later than 25.
    assertThat(RecordRetention.keepUntil(day("2000-01-10"), day("2016-02-01"), day("2022-02-01")))
        .isEqualTo(day("2029-02-01"));
  }

  @Test
  void seenTheDayBeforeTheEighteenthBirthdayIsKeptUntilTheTwentyFifthNotADayLess() {
    LocalDate born = day("2000-07-01");
    LocalDate dayBefore = day("2018-06-30");
    // Seven years after would be 2025-06-30; the minor's rule keeps it one day longer.
    assertThat(RecordRetention.keepUntil(born, dayBefore, dayBefore)).isEqualTo(day("2025-07-01"));
    LocalDate birthday = day("2018-07-01");
    assertThat(RecordRetention.keepUntil(born, birthday, birthday)).isEqualTo(day("2025-07-01"));
  }

  @Test
  void aLeapDayBirthAndALeapDayEntryFallOnTheTwentyEighthInACommonYear() {
    assertThat(RecordRetention.keepUntil(day("2004-02-29"), day("2010-01-05"), day("2010-01-05")))
        .isEqualTo(day("2029-02-28"));
    assertThat(RecordRetention.keepUntil(day("1960-01-01"), day("2024-02-29"), day("2024-02-29")))
        .isEqualTo(day("2031-02-28"));
  }

  @Test
  void aLastEntryBeforeTheFirstIsRefused() {
    assertThatThrownBy(
            () ->
                RecordRetention.keepUntil(day("1970-01-01"), day("2024-01-02"), day("2024-01-01")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
