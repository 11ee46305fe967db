package app.myomap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.model.PressurePainThreshold;
import app.myomap.model.PressureUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading a typed pressure-pain threshold: what counts as a value, none, or a mistake. */
class ThresholdEditorTest {

  @Test
  void aBlankFieldMeansNoReading() {
    assertThat(ThresholdEditor.parse("  ", PressureUnit.KPA))
        .isEqualTo(new ThresholdEditor.Input(true, Optional.empty()));
  }

  @Test
  void readsDecimalsWithAPointOrAComma() {
    assertThat(ThresholdEditor.parse("4.5", PressureUnit.KG_PER_CM2).threshold())
        .contains(new PressurePainThreshold(4.5, PressureUnit.KG_PER_CM2));
    assertThat(ThresholdEditor.parse(" 4,5 ", PressureUnit.KG_PER_CM2).threshold())
        .contains(new PressurePainThreshold(4.5, PressureUnit.KG_PER_CM2));
    assertThat(ThresholdEditor.parse(".5", PressureUnit.KPA).threshold())
        .contains(new PressurePainThreshold(0.5, PressureUnit.KPA));
  }

  @Test
  void rejectsTextNegativesZeroAndValuesBeyondTheUnitsRange() {
    for (String text : new String[] {"abc", "4x", "-2", "0", "1e3", "4.5.1", "20.5"}) {
      assertThat(ThresholdEditor.parse(text, PressureUnit.KG_PER_CM2).valid())
          .as("\"%s\" in kg/cm²", text)
          .isFalse();
    }
    assertThat(ThresholdEditor.parse("20", PressureUnit.KG_PER_CM2).valid()).isTrue();
    assertThat(ThresholdEditor.parse("20.5", PressureUnit.KPA).valid()).isTrue();
    assertThat(ThresholdEditor.parse("2001", PressureUnit.KPA).valid()).isFalse();
  }

  @Test
  void formatsReadingsWithoutTrailingZeros() {
    assertThat(ThresholdEditor.format(4.5)).isEqualTo("4.5");
    assertThat(ThresholdEditor.format(20.0)).isEqualTo("20");
    assertThat(ThresholdEditor.format(2000.0)).isEqualTo("2000");
  }
}
