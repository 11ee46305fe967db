package app.myomap.tools.atlas;

import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Point2D;
import java.util.List;

/**
 * The right hand seen from the palm, fingers up, in hand units: 1 unit = 1 mm of an average adult
 * hand, origin at the middle of the distal wrist crease, x toward the little finger (the viewer's
 * right), y down. The back of the hand is this drawing reflected about x = 0.
 */
final class HandShape {

  /** Distance below the wrist crease where the forearm is cut off. */
  static final double CUT_Y = 44;

  /** Fractions of a finger's length (base crease to tip) at its palmar PIP and DIP creases. */
  private static final double[] FINGER_JOINTS = {0.37, 0.69};

  static final Digit INDEX = Digit.straight(-28, -99, -6, 72, 24, 9.4, 7.6, FINGER_JOINTS);
  static final Digit MIDDLE = Digit.straight(-8.2, -104, -1, 82, 26, 9.7, 7.9, FINGER_JOINTS);
  static final Digit RING = Digit.straight(11.2, -101, 4.5, 76, 26, 9.1, 7.5, FINGER_JOINTS);
  static final Digit LITTLE = Digit.straight(28.4, -90, 11, 60, 24, 8.1, 6.6, FINGER_JOINTS);

  /** The thumb from inside the thenar eminence through CMC, MCP and IP to the tip. */
  static final Digit THUMB =
      new Digit(
          new double[] {-19, -10, -33, -30, -48, -56, -62, -84, -72, -111},
          10.5,
          12.5,
          10.8,
          10.2,
          8.4);

  private HandShape() {}

  /** The four fingers, index first. */
  static List<Digit> fingers() {
    return List.of(INDEX, MIDDLE, RING, LITTLE);
  }

  /** The closed outline of the hand and the cut-off end of the forearm. */
  static Area outline() {
    Area hand = new Area(palm());
    for (Digit finger : fingers()) {
      hand.add(new Area(finger.outline()));
    }
    hand.add(new Area(THUMB.outline()));
    return hand;
  }

  /** The palm from the forearm cut to the finger webs, with thenar and hypothenar eminences. */
  private static Shape palm() {
    return Curves.closed(
        Knot.c(-30.5, CUT_Y),
        Knot.p(-29.5, 20),
        Knot.p(-29, 4),
        Knot.p(-31.5, -9),
        Knot.p(-36, -26),
        Knot.p(-41, -44),
        Knot.p(-41.5, -66),
        Knot.p(-39, -82),
        Knot.p(-37, -92),
        Knot.p(-33, -97),
        Knot.p(-18, -97),
        Knot.p(2, -96),
        Knot.p(20, -90),
        Knot.p(28, -92),
        Knot.p(36.5, -85),
        Knot.p(39.5, -72),
        Knot.p(41.5, -58),
        Knot.p(41.5, -36),
        Knot.p(37, -14),
        Knot.p(30.5, 1),
        Knot.p(30.5, 20),
        Knot.c(31.5, CUT_Y));
  }

  /** The distal and proximal wrist creases. */
  static List<Shape> wristCreases() {
    return List.of(
        Curves.open(-25, 1, -8, -1.5, 8, -1.5, 26, 1), Curves.open(-22, 9, 0, 7.5, 23, 9));
  }

  /** The thenar crease curving around the ball of the thumb down to the wrist. */
  static Shape thenarCrease() {
    return Curves.open(-38.5, -69, -27, -56, -18.5, -38, -12.5, -18, -8, -4);
  }

  /** The proximal palmar crease across the radial half of the palm. */
  static Shape proximalPalmarCrease() {
    return Curves.open(-38, -71, -22, -70, -4, -66, 16, -58);
  }

  /** The distal palmar crease from the index-middle web to the ulnar border. */
  static Shape distalPalmarCrease() {
    return Curves.open(-18, -88, -4, -80, 14, -76, 30, -72, 40.5, -67);
  }

  /** The radial edge of the hypothenar eminence. */
  static Shape hypothenarEdge() {
    return Curves.open(21, -4, 25, -24, 27.5, -46, 27, -60);
  }

  /** The first dorsal interosseous bulge between the thumb and index metacarpals (back view). */
  static Shape firstWebContour() {
    return Curves.open(-24, -12, -31, -40, -37, -66, -36, -86);
  }

  /** The extensor tendons of the fingers from the wrist to the knuckles (back view). */
  static List<Shape> extensorTendons() {
    return List.of(
        Curves.open(-10, 6, -18, -40, -27, -80),
        Curves.open(-4, 6, -6, -40, -8.2, -84),
        Curves.open(2, 6, 6, -40, 10.5, -80),
        Curves.open(8, 6, 18, -40, 27, -70));
  }

  /** The tendon of extensor pollicis longus, the ulnar edge of the anatomical snuffbox. */
  static Shape thumbExtensorTendon() {
    return Curves.open(-14, 8, -26, -18, -38, -40, -46, -52);
  }

  /** Centre of the head of each finger's metacarpal (the knuckle), index first. */
  static List<Point2D> knuckles() {
    return List.of(at(-27, -80), at(-8.3, -84), at(10.5, -80), at(27, -70));
  }

  /** The pisiform at the base of the hypothenar eminence. */
  static Point2D pisiform() {
    return at(24, 4);
  }

  /** The tubercle of the scaphoid at the base of the thenar eminence. */
  static Point2D scaphoidTubercle() {
    return at(-21, 3);
  }

  /** The ulnar styloid process on the back of the wrist (palmar-local coordinates). */
  static Point2D ulnarStyloid() {
    return at(26, 10);
  }

  /** The middle of the distal wrist crease. */
  static Point2D wristCrease() {
    return at(0, 0);
  }

  private static Point2D at(double x, double y) {
    return new Point2D.Double(x, y);
  }
}
