package app.myomap.edit;

import app.myomap.model.PainIntensity;
import app.myomap.model.ReferralKind;
import app.myomap.model.ReferredSensation;
import java.util.Objects;
import java.util.Optional;

/** What the referral-zone tool paints: the kind of zone, its sensation and intensity. */
public record ReferralBrush(
    ReferralKind kind, ReferredSensation sensation, Optional<PainIntensity> intensity) {

  /** Essential pain with no intensity recorded. */
  public static final ReferralBrush DEFAULT =
      new ReferralBrush(ReferralKind.ESSENTIAL, ReferredSensation.PAIN, Optional.empty());

  public ReferralBrush {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sensation, "sensation");
    Objects.requireNonNull(intensity, "intensity");
  }

  public ReferralBrush withKind(ReferralKind newKind) {
    return new ReferralBrush(newKind, sensation, intensity);
  }

  public ReferralBrush withSensation(ReferredSensation newSensation) {
    return new ReferralBrush(kind, newSensation, intensity);
  }

  public ReferralBrush withIntensity(Optional<PainIntensity> newIntensity) {
    return new ReferralBrush(kind, sensation, newIntensity);
  }
}
