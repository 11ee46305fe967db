package app.myomap.chart;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.model.SymptomSensation;
import java.awt.Color;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The symptom colours keep their meaning and contrast on the chart in both themes: the chart keeps
 * its print colours, so the body is drawn in the same light fill on the light and the dark canvas,
 * and each sensation's symbols and edge must read against its own fill over that body (WCAG
 * contrast of at least 3:1, as for graphical objects) in a clear colour of its own hue, not a
 * darkened, greyed one that turns yellow into olive.
 */
class SymptomColourTest {
  /** The body fill of every atlas view (assets/atlas), on the light and the dark canvas alike. */
  private static final Color BODY = new Color(0xFB, 0xFA, 0xF8);

  private final MarkStyle style = MarkStyle.screen();

  @ParameterizedTest
  @EnumSource(SymptomSensation.class)
  void inkStandsOutFromItsFillOnTheBody(SymptomSensation sensation) {
    Color ground = over(style.symptomFill(sensation), BODY);
    assertThat(contrast(style.symptomInk(sensation), ground)).isGreaterThanOrEqualTo(3.0);
    assertThat(contrast(style.symptomInk(sensation), BODY)).isGreaterThanOrEqualTo(3.0);
  }

  @ParameterizedTest
  @EnumSource(
      value = SymptomSensation.class,
      names = {"NUMBNESS"},
      mode = EnumSource.Mode.EXCLUDE)
  void inkKeepsTheHueOfItsFillAndStaysClear(SymptomSensation sensation) {
    float[] ink = hsb(style.symptomInk(sensation));
    float[] fill = hsb(style.symptomFill(sensation));
    assertThat(hueDistance(ink[0], fill[0])).isLessThanOrEqualTo(20);
    assertThat(ink[1]).as("saturation").isGreaterThanOrEqualTo(0.7f);
    // Dark yellow reads as olive: an ink in the yellow range must lean to orange-brown.
    if (fill[0] * 360 > 40 && fill[0] * 360 < 70) {
      assertThat(ink[0] * 360).isLessThan(40);
    }
  }

  @ParameterizedTest
  @EnumSource(SymptomSensation.class)
  void everySensationHasAHueOfItsOwn(SymptomSensation sensation) {
    if (sensation == SymptomSensation.NUMBNESS) {
      assertThat(hsb(style.symptomFill(sensation))[1]).as("numbness is grey").isLessThan(0.1f);
      return;
    }
    for (SymptomSensation other : EnumSet.complementOf(EnumSet.of(sensation))) {
      if (other != SymptomSensation.NUMBNESS) {
        assertThat(
                hueDistance(hsb(style.symptomInk(sensation))[0], hsb(style.symptomInk(other))[0]))
            .as("%s against %s", sensation, other)
            .isGreaterThanOrEqualTo(25);
      }
    }
  }

  @Test
  void contrastIsComputedAsWcagDefinesIt() {
    assertThat(contrast(Color.BLACK, Color.WHITE)).isCloseTo(21.0, within());
    assertThat(contrast(new Color(0x76, 0x76, 0x76), Color.WHITE)).isCloseTo(4.54, within());
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.01);
  }

  static Color over(Color top, Color ground) {
    double a = top.getAlpha() / 255.0;
    return new Color(
        (int) Math.round(top.getRed() * a + ground.getRed() * (1 - a)),
        (int) Math.round(top.getGreen() * a + ground.getGreen() * (1 - a)),
        (int) Math.round(top.getBlue() * a + ground.getBlue() * (1 - a)));
  }

  static double contrast(Color a, Color b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(Color c) {
    return 0.2126 * linear(c.getRed())
        + 0.7152 * linear(c.getGreen())
        + 0.0722 * linear(c.getBlue());
  }

  private static double linear(int channel) {
    double s = channel / 255.0;
    return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  }

  private static float[] hsb(Color c) {
    return Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null);
  }

  private static double hueDistance(float a, float b) {
    double d = Math.abs(a - b) * 360;
    return Math.min(d, 360 - d);
  }
}
