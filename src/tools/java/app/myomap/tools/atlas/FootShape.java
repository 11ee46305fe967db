package app.myomap.tools.atlas;

import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Point2D;
import java.util.List;

/**
 * The right foot in foot units (1 unit = 1 mm of an average adult foot, heel to tip of the big toe
 * 262): the sole seen from below with the toes up and the big toe on the viewer's right (origin at
 * the back of the heel, y down), and the inner side seen from the midline with the toes to the
 * viewer's left (origin on the ground below the medial malleolus, y down, x toward the heel).
 */
final class FootShape {

  /** Height above the ground where the leg is cut off in the medial picture. */
  static final double LEG_CUT = 170;

  static final Digit HALLUX = Digit.straight(27.5, -207, 3, 55, 22, 14.6, 12.6, 0.5);
  static final Digit SECOND = Digit.straight(4.5, -208, -2, 34, 22, 9, 7.8, 0.42, 0.72);
  static final Digit THIRD = Digit.straight(-12.5, -202, -5, 29, 22, 8.7, 7.5, 0.42, 0.72);
  static final Digit FOURTH = Digit.straight(-28, -193, -9, 25, 22, 8.3, 7.2, 0.42, 0.72);
  static final Digit FIFTH = Digit.straight(-41.5, -180, -15, 20, 20, 7.9, 6.9, 0.45, 0.75);

  private FootShape() {}

  /** The five toes, big toe first. */
  static List<Digit> toes() {
    return List.of(HALLUX, SECOND, THIRD, FOURTH, FIFTH);
  }

  /** The closed outline of the sole and toes. */
  static Area plantarOutline() {
    Area foot =
        new Area(
            Curves.closed(
                Knot.p(0, 0),
                Knot.p(20, -6),
                Knot.p(29, -24),
                Knot.p(30.5, -48),
                Knot.p(27.5, -82),
                Knot.p(27, -112),
                Knot.p(33, -148),
                Knot.p(43, -178),
                Knot.p(43.5, -198),
                Knot.p(17, -206),
                Knot.p(0, -205),
                Knot.p(-14, -199),
                Knot.p(-28, -190),
                Knot.p(-42, -179),
                Knot.p(-49.5, -166),
                Knot.p(-47.5, -146),
                Knot.p(-42.5, -128),
                Knot.p(-37, -110),
                Knot.p(-33, -80),
                Knot.p(-31, -46),
                Knot.p(-28.5, -22),
                Knot.p(-19, -5)));
    for (Digit toe : toes()) {
      foot.add(new Area(toe.outline()));
    }
    return foot;
  }

  /** The closed outline of the inner side of the foot and the lower leg. */
  static Shape medialOutline() {
    return Curves.closed(
        Knot.c(40, -LEG_CUT),
        Knot.p(37, -128),
        Knot.p(36, -92),
        Knot.p(42, -60),
        Knot.p(53, -38),
        Knot.p(61, -20),
        Knot.p(57, -5),
        Knot.p(40, 0),
        Knot.p(5, -1.5),
        Knot.p(-40, -4),
        Knot.p(-90, -2.5),
        Knot.p(-128, 0),
        Knot.p(-150, -1.5),
        Knot.p(-158, -3),
        Knot.p(-168, -1),
        Knot.p(-182, -2),
        Knot.p(-192, -7),
        Knot.p(-196, -15),
        Knot.p(-192, -24),
        Knot.p(-181, -29.5),
        Knot.p(-164, -31),
        Knot.p(-152, -33.5),
        Knot.p(-140, -39),
        Knot.p(-120, -47),
        Knot.p(-90, -61),
        Knot.p(-62, -78),
        Knot.p(-43, -94),
        Knot.p(-32, -112),
        Knot.p(-27.5, -135),
        Knot.c(-26, -LEG_CUT));
  }

  /** The creases at the toe bases and across the toes of the sole. */
  static List<Shape> toeCreases() {
    return List.of(
        HALLUX.crease(1, 0.85, -1.5),
        HALLUX.crease(2, 0.8, 1.2),
        SECOND.crease(1, 0.8, -1),
        SECOND.crease(2, 0.7, 1),
        THIRD.crease(1, 0.8, -1),
        THIRD.crease(2, 0.7, 1),
        FOURTH.crease(1, 0.8, -1),
        FOURTH.crease(2, 0.7, 1),
        FIFTH.crease(1, 0.8, -1));
  }

  /** The front edge of the heel pad. */
  static Shape heelPad() {
    return Curves.open(-25, -58, -8, -68, 10, -67, 25, -58);
  }

  /** The back edge of the ball of the foot under the metatarsal heads. */
  static Shape ballOfFoot() {
    return Curves.open(37, -163, 18, -170, -4, -165, -24, -157, -42, -146);
  }

  /** The edge of the part of the sole the medial arch lifts off the ground. */
  static Shape archEdge() {
    return Curves.open(27, -56, 18, -84, 17, -116, 24, -146, 34, -162);
  }

  /** The sole's border seen from the inner side, lifted by the arch. */
  static Shape medialSoleBorder() {
    return Curves.open(46, -7, 10, -12, -30, -22, -75, -18, -115, -10, -150, -5);
  }

  /** The medial malleolus. */
  static Shape medialMalleolus() {
    return Curves.ellipse(6, -72, 11, 13);
  }

  /** The front edge of the Achilles tendon down to the heel. */
  static Shape achillesTendon() {
    return Curves.open(27, -160, 24, -118, 29, -80, 40, -50);
  }

  /** The tendon of tibialis anterior over the front of the ankle. */
  static Shape tibialisAnteriorTendon() {
    return Curves.open(-20, -150, -26, -112, -38, -88, -52, -76);
  }

  /** The big toe nail seen edge-on and the first metatarsophalangeal joint. */
  static List<Shape> halluxMedial() {
    return List.of(
        Curves.open(-190, -21, -180, -27.5, -168, -30),
        Curves.open(-140, -34, -137, -22, -138, -8),
        Curves.open(-176, -3, -174, -14, -176, -26));
  }

  static Point2D heel() {
    return at(0, -20);
  }

  static Point2D firstMetatarsalHead() {
    return at(34, -186);
  }

  static Point2D fifthMetatarsalHead() {
    return at(-40, -170);
  }

  static Point2D fifthMetatarsalBase() {
    return at(-38, -126);
  }

  static Point2D medialMalleolusCentre() {
    return at(6, -72);
  }

  static Point2D navicularTuberosity() {
    return at(-32, -40);
  }

  static Point2D medialFirstMetatarsalHead() {
    return at(-138, -18);
  }

  static Point2D medialHeel() {
    return at(48, -22);
  }

  private static Point2D at(double x, double y) {
    return new Point2D.Double(x, y);
  }
}
