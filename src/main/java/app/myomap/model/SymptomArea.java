package app.myomap.model;

import java.util.Optional;

/**
 * An area of the patient's own pain drawing on one view, not tied to a trigger point: the sensation
 * felt there, its intensity and whether it is constant or intermittent.
 *
 * @param intensity the 0-10 rating, empty when none was recorded
 */
public record SymptomArea(
    MarkId id,
    BodyView view,
    ZoneShape shape,
    SymptomSensation sensation,
    Optional<PainIntensity> intensity,
    SymptomConstancy constancy,
    Optional<Carry> carry)
    implements Zone {

  public SymptomArea {
    Checks.present(id, "Symptom area id");
    Checks.present(view, "Symptom area view");
    Checks.present(shape, "Symptom area shape");
    Checks.present(sensation, "Symptom area sensation");
    Checks.present(intensity, "Symptom area intensity");
    Checks.present(constancy, "Symptom area constancy");
    Checks.present(carry, "Symptom area lineage");
  }

  /** A symptom area painted at this visit, not carried forward from an earlier one. */
  public SymptomArea(
      MarkId id,
      BodyView view,
      ZoneShape shape,
      SymptomSensation sensation,
      Optional<PainIntensity> intensity,
      SymptomConstancy constancy) {
    this(id, view, shape, sensation, intensity, constancy, Optional.empty());
  }

  @Override
  public MarkKind kind() {
    return MarkKind.SYMPTOM_AREA;
  }

  @Override
  public SymptomArea withCarry(Optional<Carry> newCarry) {
    return new SymptomArea(id, view, shape, sensation, intensity, constancy, newCarry);
  }

  @Override
  public SymptomArea withPosition(double newX, double newY) {
    return withShape(shape.anchoredAt(newX, newY));
  }

  @Override
  public SymptomArea withShape(ZoneShape newShape) {
    return new SymptomArea(id, view, newShape, sensation, intensity, constancy, carry);
  }

  public SymptomArea withSensation(SymptomSensation newSensation) {
    return new SymptomArea(id, view, shape, newSensation, intensity, constancy, carry);
  }

  public SymptomArea withIntensity(Optional<PainIntensity> newIntensity) {
    return new SymptomArea(id, view, shape, sensation, newIntensity, constancy, carry);
  }

  public SymptomArea withConstancy(SymptomConstancy newConstancy) {
    return new SymptomArea(id, view, shape, sensation, intensity, newConstancy, carry);
  }
}
