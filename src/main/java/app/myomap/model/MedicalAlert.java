package app.myomap.model;

import java.util.Optional;

/**
 * A condition or circumstance of a patient that matters before needling; shown on every visit of
 * the patient and met by the screening checklist through its {@link #id()}. The ids are shared with
 * the screening data, which names them as text ({@code alert=PREGNANCY}), so they never change.
 */
public enum MedicalAlert {
  ANTICOAGULANTS,
  BLEEDING_DISORDER,
  PREGNANCY,
  NEEDLE_PHOBIA,
  FAINTING,
  EPILEPSY,
  METAL_ALLERGY,
  IMPLANTS,
  PACEMAKER,
  IMMUNOCOMPROMISED,
  DIABETES,
  LYMPHOEDEMA,
  CANCER,
  COGNITIVE_IMPAIRMENT;

  /** The stable id of this alert, as stored and as screening items name it. */
  public String id() {
    return name();
  }

  /** The alert with this id, if there is one. */
  public static Optional<MedicalAlert> fromId(String id) {
    for (MedicalAlert alert : values()) {
      if (alert.id().equals(id)) {
        return Optional.of(alert);
      }
    }
    return Optional.empty();
  }
}
