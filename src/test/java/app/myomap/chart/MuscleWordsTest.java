package app.myomap.chart;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.atlas.MuscleCatalogue;
import app.myomap.model.MuscleRef;
import org.junit.jupiter.api.Test;

class MuscleWordsTest {
  private static final MuscleCatalogue MUSCLES = MuscleCatalogue.load("v1");

  @Test
  void aCatalogueMuscleIsNamedAsTheCatalogueNamesIt() {
    assertThat(MuscleWords.name(MUSCLES, "upper-trapezius")).isEqualTo("Upper trapezius");
    assertThat(MuscleWords.abbreviation(MUSCLES, "upper-trapezius"))
        .isEqualTo(MUSCLES.require("upper-trapezius").abbreviation());
  }

  @Test
  void aMuscleNotInTheAtlasShowsItsNameMarkedAndAShortLabel() {
    String longus = MuscleRef.other("Flexor pollicis longus").id();
    String brevis = MuscleRef.other("Lumbrical").id();

    assertThat(MuscleWords.name(MUSCLES, longus))
        .isEqualTo("Flexor pollicis longus (not in atlas)");
    assertThat(MuscleWords.abbreviation(MUSCLES, brevis)).isEqualTo("Lumbrical");
    assertThat(MuscleWords.abbreviation(MUSCLES, longus))
        .isEqualTo("Flexor pollic\u2026")
        .hasSizeLessThanOrEqualTo(MuscleWords.MAX_LABEL_LENGTH);
  }

  @Test
  void anIdTheCatalogueLacksIsShownAsItIs() {
    assertThat(MuscleWords.name(MUSCLES, "retired-muscle")).isEqualTo("retired-muscle");
    assertThat(MuscleWords.names(MUSCLES).apply("soleus")).isEqualTo("Soleus");
  }
}
