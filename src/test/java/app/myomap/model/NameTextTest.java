package app.myomap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NameTextTest {
  private static final LocalDate BORN = LocalDate.of(1980, 1, 1);

  @Test
  void aNameTypedWithACombiningAccentIsStoredAsThePrecomposedLetter() {
    Patient decomposed = Patient.create("Zoe\u0301 Me\u0301ndez", BORN, "");
    assertThat(decomposed.name()).isEqualTo("Zo\u00e9 M\u00e9ndez").hasSize(10);
  }

  @Test
  void bidirectionalControlsAreRefusedBecauseTheyMakeANameDisplayAsAnother() {
    for (String control :
        new String[] {"\u202E", "\u202A", "\u2066", "\u2069", "\u200F", "\u061C"}) {
      assertThatThrownBy(() -> Patient.create("Ann" + control + "Lee", BORN, ""))
          .hasMessageContaining("bidirectional control");
    }
    assertThat(NameText.problem("abc\u202Edef")).contains(NameText.Problem.BIDI_CONTROL);
  }

  @Test
  void otherControlCharactersAreRefused() {
    assertThatThrownBy(() -> Patient.create("Ann\tLee", BORN, ""))
        .hasMessageContaining("control characters");
    assertThatThrownBy(() -> Patient.create("Ann Lee", BORN, "A-\u00001"))
        .hasMessageContaining("record number");
    assertThat(NameText.problem("soft\u00ADhyphen")).contains(NameText.Problem.CONTROL_CHARACTER);
  }

  @Test
  void zeroWidthJoinerAndNonJoinerOccurInRealNamesAndStay() {
    String persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645";
    String sinhala = "\u0dc1\u0dca\u200d\u0dbb\u0dd3";
    assertThat(Patient.create(persian, BORN, "").name()).isEqualTo(persian);
    assertThat(Patient.create(sinhala, BORN, "").name()).isEqualTo(sinhala);
    assertThat(NameText.problem(persian)).isEmpty();
  }

  @Test
  void practitionerNamesFollowTheSameRules() {
    assertThatThrownBy(
            () ->
                Visit.start(
                    java.util.UUID.randomUUID().toString(),
                    "v1",
                    "Dr \u202EEvil",
                    java.time.Clock.systemUTC()))
        .hasMessageContaining("practitioner");
  }
}
