package app.myomap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
import app.myomap.model.NotePin;
import app.myomap.model.PainIntensity;
import app.myomap.model.ReferralKind;
import app.myomap.model.ReferralZone;
import app.myomap.model.ReferredSensation;
import app.myomap.model.Side;
import app.myomap.model.SymptomArea;
import app.myomap.model.SymptomConstancy;
import app.myomap.model.SymptomSensation;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointStatus;
import app.myomap.model.TwitchResponse;
import app.myomap.model.ZoneShape;
import java.awt.geom.Rectangle2D;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkDescriptionsTest {
  private static final BodyView VIEW = BodyView.POSTERIOR;
  private static final ZoneShape SQUARE =
      ZoneShape.of(new Rectangle2D.Double(10, 10, 40, 40)).orElseThrow();
  private final MarkDescriptions descriptions =
      new MarkDescriptions(id -> id.equals("upper-trapezius") ? "Upper trapezius" : "?");

  private static TriggerPoint trapezius() {
    return TriggerPoint.place(
        MarkId.random(), VIEW, 100, 100, new MuscleRef("upper-trapezius"), Side.LEFT, "Examiner");
  }

  @Test
  void aTriggerPointIsNamedByMuscleSideStatusAndTwitch() {
    TriggerPoint tp =
        trapezius().withStatus(TriggerPointStatus.ACTIVE).withTwitch(TwitchResponse.present(2));
    assertThat(descriptions.describe(tp, Chart.of(tp)))
        .isEqualTo(
            "Upper trapezius, left \u00b7 active trigger point \u00b7 twitch response (2"
                + " twitches)");
    TriggerPoint latent = trapezius().withStatus(TriggerPointStatus.LATENT);
    assertThat(descriptions.describe(latent, Chart.of(latent)))
        .isEqualTo("Upper trapezius, left \u00b7 latent trigger point");
  }

  @Test
  void aReferralZoneNamesItsKindSensationIntensityAndTriggerPoint() {
    TriggerPoint tp = trapezius();
    ReferralZone zone =
        new ReferralZone(
            MarkId.random(),
            VIEW,
            SQUARE,
            Optional.of(tp.id()),
            ReferralKind.SPILLOVER,
            ReferredSensation.TINGLING,
            Optional.of(PainIntensity.of(6)));
    assertThat(descriptions.describe(zone, Chart.of(tp, zone)))
        .isEqualTo(
            "Spillover referral zone: Tingling \u00b7 intensity 6/10 \u00b7 from Upper trapezius,"
                + " left");
    assertThat(descriptions.sensation(zone)).isEqualTo("Tingling");
    assertThat(descriptions.chartLabel(zone)).isEqualTo("Tingling");
    // Red already says pain on the chart; the tooltip still names it.
    ReferralZone pain = zone.withSensation(ReferredSensation.PAIN);
    assertThat(descriptions.chartLabel(pain)).isEmpty();
    assertThat(descriptions.describe(pain, Chart.of(tp, pain))).contains("Pain");
  }

  @Test
  void aSymptomAreaNamesItsSensationAndHowItIsFelt() {
    SymptomArea area =
        new SymptomArea(
            MarkId.random(),
            VIEW,
            SQUARE,
            SymptomSensation.PINS_AND_NEEDLES,
            Optional.empty(),
            SymptomConstancy.INTERMITTENT);
    assertThat(descriptions.describe(area, Chart.of(area)))
        .isEqualTo("Symptom area: Pins and needles \u00b7 intermittent");
    assertThat(descriptions.chartLabel(area)).isEqualTo("Pins and needles");
  }

  @Test
  void everySensationHasAShortLabel() {
    for (SymptomSensation s : SymptomSensation.values()) {
      SymptomArea area =
          new SymptomArea(
              MarkId.random(), VIEW, SQUARE, s, Optional.empty(), SymptomConstancy.CONSTANT);
      assertThat(descriptions.sensation(area)).isNotBlank().doesNotContain("^", "x x", "=");
    }
  }

  @Test
  void aNotePinShowsItsText() {
    NotePin pin = new NotePin(MarkId.random(), VIEW, 10, 10, "Tender after needling");
    assertThat(descriptions.describe(pin, Chart.of(pin))).isEqualTo("Note: Tender after needling");
  }
}
