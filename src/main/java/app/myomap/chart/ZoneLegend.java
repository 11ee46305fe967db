package app.myomap.chart;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
import app.myomap.model.ReferralKind;
import app.myomap.model.ReferralZone;
import app.myomap.model.ReferredSensation;
import app.myomap.model.Side;
import app.myomap.model.SymptomArea;
import app.myomap.model.SymptomConstancy;
import app.myomap.model.SymptomSensation;
import app.myomap.model.TriggerPoint;
import app.myomap.model.ZoneShape;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sample charts of every zone style for the legend, to paint through the same {@link ChartRenderer}
 * as the chart so each row looks exactly as drawn: a small rounded zone around the outline origin
 * of the anterior view, at a scale of one pixel per outline unit.
 */
public final class ZoneLegend {
  /** The sample zone's width in outline units. */
  public static final double WIDTH = 48;

  /** The sample zone's height in outline units. */
  public static final double HEIGHT = 28;

  private static final BodyView VIEW = BodyView.ANTERIOR;

  private ZoneLegend() {}

  /**
   * One row of the legend: the message key of its text and the chart to paint beside it.
   *
   * @param key a {@code Legend.*} message key
   */
  public record Sample(String key, Chart chart) {}

  /**
   * The rows, in legend order: essential and spillover referral zones, a trigger point with its
   * connector to a zone, each symptom sensation (constant), and an intermittent symptom area.
   */
  public static List<Sample> samples() {
    ZoneShape shape =
        ZoneShape.of(new RoundRectangle2D.Double(-WIDTH / 2, -HEIGHT / 2, WIDTH, HEIGHT, 14, 14))
            .orElseThrow();
    List<Sample> samples = new ArrayList<>();
    samples.add(
        new Sample(
            "Legend.referralZone.essential",
            Chart.of(referral(shape, ReferralKind.ESSENTIAL, Optional.empty()))));
    samples.add(
        new Sample(
            "Legend.referralZone.spillover",
            Chart.of(referral(shape, ReferralKind.SPILLOVER, Optional.empty()))));
    TriggerPoint source =
        TriggerPoint.place(
            MarkId.random(),
            VIEW,
            -WIDTH / 2 - 26,
            HEIGHT / 2,
            new MuscleRef("upper-trapezius"),
            Side.RIGHT,
            "Legend");
    samples.add(
        new Sample(
            "Legend.referralZone.connector",
            Chart.of(referral(shape, ReferralKind.ESSENTIAL, Optional.of(source.id())), source)));
    for (SymptomSensation sensation : SymptomSensation.values()) {
      samples.add(
          new Sample(
              "Legend.symptom." + key(sensation),
              Chart.of(symptom(shape, sensation, SymptomConstancy.CONSTANT))));
    }
    samples.add(
        new Sample(
            "Legend.symptom.intermittent",
            Chart.of(symptom(shape, SymptomSensation.ACHING, SymptomConstancy.INTERMITTENT))));
    return samples;
  }

  /** The key word of a sensation in message keys, for example "pinsAndNeedles". */
  public static String key(SymptomSensation sensation) {
    StringBuilder key = new StringBuilder();
    for (String word : sensation.name().toLowerCase(java.util.Locale.ROOT).split("_")) {
      key.append(
          key.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return key.toString();
  }

  private static ReferralZone referral(ZoneShape shape, ReferralKind kind, Optional<MarkId> owner) {
    return new ReferralZone(
        MarkId.random(), VIEW, shape, owner, kind, ReferredSensation.PAIN, Optional.empty());
  }

  private static SymptomArea symptom(
      ZoneShape shape, SymptomSensation sensation, SymptomConstancy constancy) {
    return new SymptomArea(MarkId.random(), VIEW, shape, sensation, Optional.empty(), constancy);
  }
}
