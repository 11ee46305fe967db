package app.myomap.model;

import java.util.Optional;

/**
 * Where a patient feels pain referred from a trigger point, painted on one view as this patient
 * reports it: essential or spillover, with the sensation felt and its intensity.
 *
 * @param owner the source trigger point; empty for a zone kept after its point was deleted
 * @param intensity the 0-10 rating, empty when none was recorded
 */
public record ReferralZone(
    MarkId id,
    BodyView view,
    ZoneShape shape,
    Optional<MarkId> owner,
    ReferralKind referralKind,
    ReferredSensation sensation,
    Optional<PainIntensity> intensity,
    Optional<Carry> carry)
    implements Zone {

  public ReferralZone {
    Checks.present(id, "Referral zone id");
    Checks.present(view, "Referral zone view");
    Checks.present(shape, "Referral zone shape");
    Checks.present(owner, "Referral zone owner");
    Checks.present(referralKind, "Referral zone kind");
    Checks.present(sensation, "Referral zone sensation");
    Checks.present(intensity, "Referral zone intensity");
    Checks.present(carry, "Referral zone lineage");
    if (owner.filter(id::equals).isPresent()) {
      throw new IllegalArgumentException("A referral zone cannot own itself: " + id);
    }
  }

  /** A referral zone painted at this visit, not carried forward from an earlier one. */
  public ReferralZone(
      MarkId id,
      BodyView view,
      ZoneShape shape,
      Optional<MarkId> owner,
      ReferralKind referralKind,
      ReferredSensation sensation,
      Optional<PainIntensity> intensity) {
    this(id, view, shape, owner, referralKind, sensation, intensity, Optional.empty());
  }

  @Override
  public MarkKind kind() {
    return MarkKind.REFERRAL_ZONE;
  }

  @Override
  public ReferralZone withCarry(Optional<Carry> newCarry) {
    return new ReferralZone(id, view, shape, owner, referralKind, sensation, intensity, newCarry);
  }

  @Override
  public ReferralZone withPosition(double newX, double newY) {
    return withShape(shape.anchoredAt(newX, newY));
  }

  @Override
  public ReferralZone withShape(ZoneShape newShape) {
    return new ReferralZone(id, view, newShape, owner, referralKind, sensation, intensity, carry);
  }

  public ReferralZone withOwner(Optional<MarkId> newOwner) {
    return new ReferralZone(id, view, shape, newOwner, referralKind, sensation, intensity, carry);
  }

  public ReferralZone withReferralKind(ReferralKind newKind) {
    return new ReferralZone(id, view, shape, owner, newKind, sensation, intensity, carry);
  }

  public ReferralZone withSensation(ReferredSensation newSensation) {
    return new ReferralZone(id, view, shape, owner, referralKind, newSensation, intensity, carry);
  }

  public ReferralZone withIntensity(Optional<PainIntensity> newIntensity) {
    return new ReferralZone(id, view, shape, owner, referralKind, sensation, newIntensity, carry);
  }

  /** Whether this zone belongs to the trigger point with the given id. */
  public boolean isOwnedBy(MarkId triggerPoint) {
    return owner.filter(triggerPoint::equals).isPresent();
  }
}
