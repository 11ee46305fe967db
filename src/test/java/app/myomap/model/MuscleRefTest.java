package app.myomap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MuscleRefTest {
  @Test
  void aCatalogueIdIsNotOther() {
    MuscleRef trapezius = new MuscleRef("upper-trapezius");

    assertThat(trapezius.isOther()).isFalse();
    assertThat(trapezius.otherName()).isEmpty();
  }

  @Test
  void aTypedNameBecomesAnOtherMuscleWithSingleSpacesAndReadsBack() {
    MuscleRef other = MuscleRef.other("  Flexor \t pollicis   longus ");

    assertThat(other.id()).isEqualTo("other:Flexor pollicis longus");
    assertThat(other.isOther()).isTrue();
    assertThat(other.otherName()).contains("Flexor pollicis longus");
    assertThat(new MuscleRef(other.id())).isEqualTo(other);
    assertThat(MuscleRef.other("Müller’s muscle (orbitalis)").otherName())
        .contains("Müller’s muscle (orbitalis)");
  }

  @Test
  void theLongestNameFitsTheStoresHundredCharacters() {
    String longest = "a".repeat(MuscleRef.MAX_OTHER_NAME_LENGTH);

    assertThat(MuscleRef.other(longest).id()).hasSize(100);
    assertThatThrownBy(() -> MuscleRef.other(longest + "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 94 characters");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "bell\u0007", "nul\u0000name"})
  void aBlankOrControlCharacterNameIsRefused(String name) {
    assertThatThrownBy(() -> MuscleRef.other(name)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "other:",
        "other: padded",
        "other:two  spaces",
        "other:tab\there",
        "Other:x",
        "x:y"
      })
  void aStoredIdThatIsNeitherFormIsRefused(String id) {
    assertThatThrownBy(() -> new MuscleRef(id)).isInstanceOf(IllegalArgumentException.class);
  }
}
