package app.myomap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PressurePainThresholdTest {

  @Test
  void acceptsValuesUpToTheUnitsMaximum() {
    assertThat(new PressurePainThreshold(20, PressureUnit.KG_PER_CM2).value()).isEqualTo(20);
    assertThat(new PressurePainThreshold(2000, PressureUnit.KPA).value()).isEqualTo(2000);
    assertThat(new PressurePainThreshold(0.1, PressureUnit.KPA).unit()).isEqualTo(PressureUnit.KPA);
  }

  @Test
  void convertsToKilopascals() {
    assertThat(new PressurePainThreshold(2, PressureUnit.KG_PER_CM2).kilopascals())
        .isCloseTo(196.133, within(1e-9));
    assertThat(new PressurePainThreshold(350, PressureUnit.KPA).kilopascals()).isEqualTo(350);
  }

  @Test
  void rejectsValuesOutsideTheRange() {
    assertThatThrownBy(() -> new PressurePainThreshold(0, PressureUnit.KG_PER_CM2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Pressure-pain threshold must be above 0 and at most 20.0 kg/cm², got 0.0");
    assertThatThrownBy(() -> new PressurePainThreshold(20.5, PressureUnit.KG_PER_CM2))
        .hasMessage("Pressure-pain threshold must be above 0 and at most 20.0 kg/cm², got 20.5");
    assertThatThrownBy(() -> new PressurePainThreshold(2000.5, PressureUnit.KPA))
        .hasMessage("Pressure-pain threshold must be above 0 and at most 2000.0 kPa, got 2000.5");
    assertThatThrownBy(() -> new PressurePainThreshold(-3, PressureUnit.KPA))
        .hasMessageContaining("got -3.0");
    assertThatThrownBy(() -> new PressurePainThreshold(Double.NaN, PressureUnit.KPA))
        .hasMessage("Pressure-pain threshold must be a finite number, got NaN");
    assertThatThrownBy(() -> new PressurePainThreshold(3, null))
        .hasMessage("Pressure-pain threshold unit must not be null");
  }
}
