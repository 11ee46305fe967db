package app.myomap.tools.atlas;

import static app.myomap.tools.atlas.Knot.p;

import java.awt.geom.Point2D;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Named landmark points and the light landmark lines of the left lateral figure, in body-view
 * units; the plumb line x = 175 runs through ear, acromion and greater trochanter, just in front of
 * the knee and the lateral malleolus.
 */
final class LateralViewLandmarks {

  private LateralViewLandmarks() {}

  /** The named points of the left lateral view, in writing order. */
  static Map<String, Point2D> points() {
    Map<String, Point2D> m = new LinkedHashMap<>();
    m.put("top-of-head", HeadViewProfile.map(HeadViewProfile.vertex(), HeadViewProfile.toBody()));
    m.put("ear", HeadViewProfile.map(HeadViewProfile.tragus(), HeadViewProfile.toBody()));
    m.put("mastoid", HeadViewProfile.map(HeadViewProfile.mastoidTip(), HeadViewProfile.toBody()));
    m.put(
        "mandible-angle",
        HeadViewProfile.map(HeadViewProfile.mandibleAngle(), HeadViewProfile.toBody()));
    m.put("chin", HeadViewProfile.map(HeadViewProfile.chin(), HeadViewProfile.toBody()));
    m.put("occiput", HeadViewProfile.map(HeadViewProfile.occiput(), HeadViewProfile.toBody()));
    m.put("c7", pt(207, Canon.C7));
    m.put("sternal-notch", pt(150.5, Canon.STERNAL_NOTCH));
    m.put("clavicle-mid", pt(163, 180));
    m.put("acromion", pt(HeadViewProfile.PLUMB_X, Canon.ACROMION));
    m.put("scapula-spine", pt(198, 188));
    m.put("scapula-inferior-angle", pt(214.5, Canon.INFERIOR_ANGLE));
    m.put("axilla-posterior", pt(203, 228));
    m.put("nipple", pt(122, Canon.NIPPLES));
    m.put("xiphoid", pt(126.5, Canon.XIPHOID));
    m.put("rib-12", pt(203, 318));
    m.put("navel", pt(128.5, Canon.NAVEL));
    m.put("elbow", ArmPose.pose(pt(183, Canon.ELBOW)));
    m.put("lateral-epicondyle", ArmPose.pose(pt(191, 338)));
    m.put("wrist", ArmPose.pose(pt(181, Canon.WRIST)));
    m.put("fingertip", ArmPose.pose(pt(172, 515)));
    m.put("iliac-crest", pt(176, Canon.ILIAC_CREST));
    m.put("asis", pt(140.5, Canon.ASIS));
    m.put("psis", pt(213.5, Canon.PSIS));
    m.put("greater-trochanter", pt(HeadViewProfile.PLUMB_X, Canon.GREATER_TROCHANTER));
    m.put("gluteal-fold", pt(206, Canon.GLUTEAL_FOLD));
    m.put("mid-thigh", pt(172, Canon.MID_THIGH));
    m.put("patella", pt(158, 624));
    m.put("knee", pt(178.5, Canon.KNEE));
    m.put("fibular-head", pt(190.5, 655));
    m.put("mid-calf", pt(186, Canon.MID_CALF));
    m.put("lateral-malleolus", pt(182, Canon.LATERAL_MALLEOLUS));
    m.put("heel", pt(204.5, 830));
    m.put("soles", pt(160, Canon.SOLES));
    return m;
  }

  /** The iliac crest from the ASIS over its highest point back to the PSIS. */
  static List<Knot> iliacCrest() {
    return List.of(
        p(140.5, 385),
        p(146.5, 374),
        p(151, 369),
        p(160, 364),
        p(176, 358),
        p(190, 360),
        p(204, 368),
        p(210, 377),
        p(213.5, 388));
  }

  /** The inguinal ligament from the ASIS down and forward to the pubis. */
  static List<Knot> inguinal() {
    return List.of(p(140.5, 385), p(139, 404), p(137.5, 424));
  }

  /** The lower border of the rib cage from the xiphoid back to the twelfth rib. */
  static List<Knot> costalMargin() {
    return List.of(p(126.5, 276), p(135, 295), p(147, 312), p(165, 322), p(186, 323), p(203, 318));
  }

  /** The clavicle from the sternal notch back to the acromion. */
  static List<Knot> clavicle() {
    return List.of(p(152, 182), p(163, 180), p(172, 178.5));
  }

  /** The spine of the scapula from the acromion back to its root. */
  static List<Knot> scapularSpine() {
    return List.of(p(181, 181), p(198, 187.5), p(216, 196));
  }

  /** The medial border of the scapula from the superior angle down to the inferior angle. */
  static List<Knot> scapulaMedialBorder() {
    return List.of(p(212, 178), p(218, 196), p(220.5, 215), p(220.5, 230));
  }

  /** The free end of the twelfth rib, slanting down and forward from the back. */
  static List<Knot> rib12() {
    return List.of(p(209, 310), p(203, 318), p(194, 324));
  }

  /** The lateral border of the scapula round the inferior angle to the medial border. */
  static List<Knot> scapulaBorder() {
    return List.of(
        p(196.5, 208), p(203, 224), p(209.5, 239), p(214.5, 246), p(218.5, 241.5), p(220.5, 230));
  }

  private static Point2D pt(double x, double y) {
    return new Point2D.Double(x, y);
  }
}
