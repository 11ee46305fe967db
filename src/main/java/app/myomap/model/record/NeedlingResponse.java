package app.myomap.model.record;

/** How the patient responded to needling at a point (DOMAIN.md §3.2). */
public enum NeedlingResponse {
  FAMILIAR_PAIN_REPRODUCED,
  REFERRED_SENSATION,
  WELL_TOLERATED,
  POORLY_TOLERATED,
  STOPPED_EARLY
}
