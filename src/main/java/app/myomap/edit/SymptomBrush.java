package app.myomap.edit;

import app.myomap.model.PainIntensity;
import app.myomap.model.SymptomConstancy;
import app.myomap.model.SymptomSensation;
import java.util.Objects;
import java.util.Optional;

/** What the symptom-area tool paints: the sensation, its intensity and constancy. */
public record SymptomBrush(
    SymptomSensation sensation, Optional<PainIntensity> intensity, SymptomConstancy constancy) {

  /** Constant aching with no intensity recorded. */
  public static final SymptomBrush DEFAULT =
      new SymptomBrush(SymptomSensation.ACHING, Optional.empty(), SymptomConstancy.CONSTANT);

  public SymptomBrush {
    Objects.requireNonNull(sensation, "sensation");
    Objects.requireNonNull(intensity, "intensity");
    Objects.requireNonNull(constancy, "constancy");
  }

  public SymptomBrush withSensation(SymptomSensation newSensation) {
    return new SymptomBrush(newSensation, intensity, constancy);
  }

  public SymptomBrush withIntensity(Optional<PainIntensity> newIntensity) {
    return new SymptomBrush(sensation, newIntensity, constancy);
  }

  public SymptomBrush withConstancy(SymptomConstancy newConstancy) {
    return new SymptomBrush(sensation, intensity, newConstancy);
  }
}
