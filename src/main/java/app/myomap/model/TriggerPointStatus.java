package app.myomap.model;

/** Whether a trigger point reproduces the patient's own complaint (active) or not (latent). */
public enum TriggerPointStatus {
  ACTIVE,
  LATENT
}
