package app.myomap.chart;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.model.SymptomSensation;
import java.awt.BasicStroke;
import java.awt.Color;
import org.junit.jupiter.api.Test;

/** An inked style differs from the standard one in colour and, for a grey print, in its lines. */
class InkedStyleTest {
  private static final Color INK = new Color(0x45, 0x5A, 0x73);

  @Test
  void everyMarkTakesTheInkAndSolidEdgesTurnDashed() {
    MarkStyle inked = MarkStyle.inked(1f, INK);
    MarkStyle standard = MarkStyle.screen();

    assertThat(inked.activeColor).isEqualTo(INK);
    assertThat(inked.latentColor).isEqualTo(INK);
    assertThat(inked.essentialEdge).isEqualTo(INK);
    assertThat(inked.symptomInk(SymptomSensation.BURNING)).isEqualTo(INK);
    assertThat(((BasicStroke) inked.solidEdge).getDashArray()).isNotNull();
    assertThat(((BasicStroke) standard.solidEdge).getDashArray()).isNull();
    assertThat(standard.activeColor).isNotEqualTo(INK);
  }

  @Test
  void anotherMarkScaleKeepsTheInk() {
    MarkStyle printed = MarkStyle.inked(1f, INK).withMarkScale(3f);

    assertThat(printed.markScale).isEqualTo(3f);
    assertThat(printed.activeColor).isEqualTo(INK);
    assertThat(MarkStyle.screen().withMarkScale(2f).activeColor)
        .isEqualTo(MarkStyle.screen().activeColor);
  }
}
