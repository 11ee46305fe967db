package app.myomap.tools.atlas;

/**
 * Landmark heights of the full-body views on the 8-head canon (1 head = 100 outline units, top of
 * the head at y = 40, soles at y = 840), shared by every full-body view so their levels agree.
 */
public final class Canon {

  /** Outline units per head height. */
  public static final double HEAD = 100;

  /** The midline of the anterior and posterior views. */
  public static final double MID_X = 200;

  public static final double TOP_OF_HEAD = 40;
  public static final double EYES = 90;
  public static final double CHIN = 140;
  public static final double C7 = 160;
  public static final double ACROMION = 178;
  public static final double STERNAL_NOTCH = 183;
  public static final double ARMPIT = 228;
  public static final double NIPPLES = 240;
  public static final double INFERIOR_ANGLE = 246;
  public static final double XIPHOID = 275;
  public static final double T12 = 300;
  public static final double NAVEL = 340;
  public static final double ELBOW = 340;
  public static final double ILIAC_CREST = 358;
  public static final double ASIS = 385;
  public static final double PSIS = 388;
  public static final double GREATER_TROCHANTER = 410;
  public static final double CROTCH = 440;
  public static final double WRIST = 440;
  public static final double GLUTEAL_FOLD = 472;
  public static final double FINGERTIPS = 514;
  public static final double MID_THIGH = 540;
  public static final double PATELLA = 622;
  public static final double KNEE = 640;
  public static final double MID_CALF = 740;
  public static final double MEDIAL_MALLEOLUS = 797;
  public static final double LATERAL_MALLEOLUS = 805;
  public static final double SOLES = 840;

  private Canon() {}
}
