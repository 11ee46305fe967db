package app.myomap.atlas;

/** A structure that needling a muscle can injure, as the safety table names it. */
public enum NeedlingHazard {
  /** The pleura and lung: a needle through the chest wall risks a pneumothorax. */
  LUNG,
  ARTERY,
  VEIN,
  NERVE,
  /** The spinal cord or its canal, reached between laminae or at the skull base. */
  SPINAL_CORD,
  /** An organ such as the kidney or the bowel behind the peritoneum. */
  ORGAN,
  /** A bone too thin or fenestrated to stop a needle (e.g. the scapula under infraspinatus). */
  THIN_BONE,
  JOINT,
  GLAND
}
