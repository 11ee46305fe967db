package app.myomap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates of birth typed and shown in the practitioner's locale, ISO always understood. */
class BirthDateFormatTest {
  private static final LocalDate BORN = LocalDate.of(1980, 11, 28);

  @Test
  void britishDatesAreDayFirst() {
    BirthDateFormat gb = BirthDateFormat.of(Locale.forLanguageTag("en-GB"));
    assertThat(gb.parse("28/11/1980")).isEqualTo(BORN);
    assertThat(gb.parse("1980-11-28")).isEqualTo(BORN);
    assertThat(gb.parse(" 2/3/1980 ")).isEqualTo(LocalDate.of(1980, 3, 2));
    assertThat(gb.format(BORN)).isEqualTo("28/11/1980");
    assertThat(gb.hint()).isEqualTo("dd/mm/yyyy");
  }

  @Test
  void americanDatesAreMonthFirst() {
    BirthDateFormat us = BirthDateFormat.of(Locale.forLanguageTag("en-US"));
    assertThat(us.parse("11/28/1980")).isEqualTo(BORN);
    assertThat(us.parse("1980-11-28")).isEqualTo(BORN);
    assertThat(us.format(BORN)).isEqualTo("11/28/1980");
    assertThat(us.hint()).isEqualTo("mm/dd/yyyy");
    assertThatThrownBy(() -> us.parse("28/11/1980")).isInstanceOf(DateTimeException.class);
  }

  @Test
  void germanDatesUseDotsAndAreShownWithThem() {
    BirthDateFormat de = BirthDateFormat.of(Locale.GERMANY);
    assertThat(de.parse("28.11.1980")).isEqualTo(BORN);
    assertThat(de.format(BORN)).isEqualTo("28.11.1980");
    assertThat(de.hint()).isEqualTo("dd.mm.yyyy");
  }

  @Test
  void aYearFirstLocaleShowsIso() {
    BirthDateFormat se = BirthDateFormat.of(Locale.forLanguageTag("sv-SE"));
    assertThat(se.format(BORN)).isEqualTo("1980-11-28");
    assertThat(se.parse("1980-11-28")).isEqualTo(BORN);
  }

  @Test
  void onlyThreeNumbersWithAFourDigitYearAreShapedAsADate() {
    BirthDateFormat gb = BirthDateFormat.of(Locale.UK);
    assertThat(gb.hasShape("28/11/1980")).isTrue();
    assertThat(gb.hasShape("28-11-1980")).isTrue();
    assertThat(gb.hasShape("31/02/1980")).isTrue();
    assertThat(gb.hasShape("28/11/80")).isFalse();
    assertThat(gb.hasShape("1980/11")).isFalse();
    assertThat(gb.hasShape("28/11/1980/1")).isFalse();
    assertThat(gb.hasShape("28/111/1980")).isFalse();
    assertThat(gb.hasShape("28 Nov 1980")).isFalse();
    assertThat(gb.hasShape("")).isFalse();
    assertThatThrownBy(() -> gb.parse("31/02/1980")).isInstanceOf(DateTimeException.class);
  }

  @Test
  void aDateIsShownTheWayItIsTyped() {
    for (Locale locale : Locale.getAvailableLocales()) {
      BirthDateFormat format = BirthDateFormat.of(locale);
      assertThat(format.parse(format.format(BORN))).as(locale.toLanguageTag()).isEqualTo(BORN);
    }
  }
}
