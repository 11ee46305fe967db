package app.myomap.model;

/**
 * A painted area of one view: a referral zone or a symptom area. Its anchor is a representative
 * point inside its shape; moving the anchor moves the whole shape by the same offset.
 */
public sealed interface Zone extends Mark permits ReferralZone, SymptomArea {

  ZoneShape shape();

  /** This zone with another outline of the same view, everything else unchanged. */
  Zone withShape(ZoneShape newShape);

  @Override
  default double x() {
    return shape().anchorX();
  }

  @Override
  default double y() {
    return shape().anchorY();
  }
}
