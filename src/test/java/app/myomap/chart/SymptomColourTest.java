package app.myomap.chart;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.model.SymptomSensation;
import java.awt.Color;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The symptom colours keep their meaning and contrast on the chart in both themes. The chart keeps
 * its print colours, so the body is drawn in the same light fill on the light and the dark canvas;
 * but a pain drawing may reach past the body's edge onto the canvas, where a thin wash of yellow
 * over the dark canvas turned into muddy olive. On the body and on either canvas, each sensation's
 * symbols must read against its own fill (WCAG contrast of at least 3:1, as for graphical objects),
 * the fill must keep its hue and stay light, and the ink must be a clear colour of the fill's hue,
 * not a darkened, greyed one.
 */
class SymptomColourTest {
  /** The body fill of every atlas view (assets/atlas), on the light and the dark canvas alike. */
  private static final Color BODY = new Color(0xFB, 0xFA, 0xF8);

  /** The canvas around the body in the light and the dark theme (Flat*Laf.properties). */
  private static final Color LIGHT_CANVAS = new Color(0xE9, 0xEC, 0xEF);

  private static final Color DARK_CANVAS = new Color(0x2B, 0x2D, 0x30);

  private final MarkStyle style = MarkStyle.screen();

  static Stream<Arguments> sensationsOnGrounds() {
    return Stream.of(SymptomSensation.values())
        .flatMap(
            s -> Stream.of(BODY, LIGHT_CANVAS, DARK_CANVAS).map(ground -> Arguments.of(s, ground)));
  }

  @ParameterizedTest
  @MethodSource("sensationsOnGrounds")
  void inkStandsOutFromItsFill(SymptomSensation sensation, Color ground) {
    Color fill = over(style.symptomFill(sensation), ground);
    assertThat(contrast(style.symptomInk(sensation), fill)).isGreaterThanOrEqualTo(3.0);
  }

  @ParameterizedTest
  @MethodSource("sensationsOnGrounds")
  void fillKeepsItsHueAndStaysLight(SymptomSensation sensation, Color ground) {
    float[] onGround = hsb(over(style.symptomFill(sensation), ground));
    float[] onBody = hsb(over(style.symptomFill(sensation), BODY));
    assertThat(onGround[2]).as("brightness").isGreaterThanOrEqualTo(0.8f);
    if (onBody[1] > 0.1f) {
      assertThat(hueDistance(onGround[0], onBody[0])).isLessThanOrEqualTo(12);
    }
  }

  @ParameterizedTest
  @EnumSource(SymptomSensation.class)
  void inkStandsOutFromTheBodyBesideTheZone(SymptomSensation sensation) {
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
