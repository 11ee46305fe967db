package app.myomap.tools.atlas;

import static app.myomap.tools.atlas.Knot.c;
import static app.myomap.tools.atlas.Knot.p;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The head of the left lateral figure (face to the viewer's left), authored once in head-view units
 * and shared by the enlarged head view and, scaled down, by the full-body lateral view.
 *
 * <p>Head-view units: the vertex is at y = 30 and the chin at y = 290 (one head = 260 units, 2.6
 * times the body scale); the tragus of the ear is at x = 200. {@link #toBody} maps these units onto
 * the lateral body view, where the tragus lies on the plumb line x = 175 and the vertex at y = 40.
 */
final class HeadViewProfile {

  /** Head-view units per body-view unit. */
  static final double SCALE = 2.6;

  /** Head-view x of the tragus, mapped onto the body plumb line. */
  static final double TRAGUS_X = 200;

  /** Head-view y of the vertex. */
  static final double VERTEX_Y = 30;

  /** Body-view x of the plumb line (tragus, acromion, greater trochanter). */
  static final double PLUMB_X = 175;

  /** Body-view y of the vertex. */
  static final double BODY_TOP_Y = 40;

  private HeadViewProfile() {}

  /**
   * The front of the head from the throat (cervical point) over chin, lips and nose to the vertex.
   */
  static List<Knot> face() {
    return List.of(
        p(162.5, 315),
        p(159.5, 307),
        p(151.5, 301.5),
        p(132, 295),
        p(112, 291),
        p(100, 287.5),
        p(91.5, 281),
        p(88.5, 271),
        p(90, 262),
        p(94, 254),
        p(90.5, 249),
        p(87, 243),
        c(90, 236),
        p(86.5, 231.5),
        p(85.5, 227.5),
        p(87.5, 221),
        c(89.5, 215.5),
        p(81, 213.5),
        p(74.5, 211.5),
        p(70.5, 207.5),
        p(69.5, 201.5),
        p(71.5, 194.5),
        p(76, 184),
        p(81, 172.5),
        p(86.5, 160),
        p(90.5, 152.5),
        p(87.5, 144),
        p(85.5, 134),
        p(85.5, 122),
        p(88, 102),
        p(96.5, 79),
        p(114, 55),
        p(141, 37.5),
        p(178, 30));
  }

  /** The front of the neck from the sternal notch up over the larynx to the throat. */
  static List<Knot> neckFront() {
    return List.of(p(143, 388), p(149, 371), p(154, 354), p(158, 338), p(161, 325));
  }

  /** The back of the head from just behind the vertex over the occiput down to the nape. */
  static List<Knot> skullBack() {
    return List.of(
        p(221, 33),
        p(261, 49.5),
        p(291, 79),
        p(307.5, 114),
        p(311, 142),
        p(306.5, 172),
        p(298, 199),
        p(289, 222),
        p(284, 245),
        p(282.5, 270),
        p(283, 295));
  }

  /** The outline of the auricle (helix, lobe and tragus). */
  static List<Knot> ear() {
    return List.of(
        p(205, 161.5),
        p(211.5, 151),
        p(221.5, 146.5),
        p(233, 147.5),
        p(242, 155.5),
        p(246.5, 168.5),
        p(246, 182.5),
        p(241.5, 196.5),
        p(236, 207.5),
        p(230, 217),
        p(221.5, 222.5),
        p(213, 220.5),
        p(208, 213),
        p(206, 204.5),
        p(201, 196.5),
        p(200, 187.5),
        p(202.5, 173.5));
  }

  /** The inner rim of the helix, following the outline inside. */
  static List<Knot> helixRim() {
    return List.of(
        p(208, 169.5),
        p(213, 158),
        p(223, 153),
        p(234, 155),
        p(239.5, 164),
        p(241, 178),
        p(237, 193.5),
        p(231, 205));
  }

  /** The bowl of the concha behind the tragus, with the antihelix above it. */
  static List<Knot> concha() {
    return List.of(
        p(209.5, 177),
        p(219, 171.5),
        p(228.5, 175.5),
        p(231, 188.5),
        p(226.5, 200),
        p(216, 205),
        p(208, 202.5));
  }

  /** The upper branch of the antihelix. */
  static List<Knot> antihelix() {
    return List.of(p(219, 171.5), p(222.5, 163), p(230.5, 160));
  }

  /** The eye in profile: upper lid to the outer corner and back along the lower lid. */
  static List<Knot> eye() {
    return List.of(
        p(108, 153),
        p(115.5, 150.5),
        p(123.5, 153),
        c(130, 158.5),
        p(122.5, 163.5),
        p(115, 165),
        p(109, 163.5));
  }

  /** The front of the eyeball between the lids. */
  static List<Knot> cornea() {
    return List.of(p(108.5, 153.5), p(106.5, 158.5), p(109, 163.5));
  }

  /** The eyebrow arching over the eye. */
  static List<Knot> brow() {
    return List.of(p(95, 141), p(108, 136.5), p(123, 137.5), p(137, 143));
  }

  /** The wing of the nostril. */
  static List<Knot> nostril() {
    return List.of(p(87, 198), p(94, 202.5), p(95.5, 209), p(91, 214), p(84, 214.5));
  }

  /** The mouth line from the lips back to the corner of the mouth. */
  static List<Knot> mouth() {
    return List.of(p(90, 236), p(97, 237.3), p(104, 237));
  }

  /**
   * The lower border of the mandible from the chin to the angle and up the ramus to the jaw joint.
   */
  static List<Knot> jawLine() {
    return List.of(
        p(104, 285),
        p(132, 280),
        p(160, 272),
        p(182, 264),
        p(190.5, 257.5),
        p(193, 247),
        p(194.5, 228),
        p(195.5, 207));
  }

  /** The zygomatic arch from the cheek bone back to the front of the ear. */
  static List<Knot> zygomaticArch() {
    return List.of(p(126, 176), p(146, 180.5), p(170, 182), p(195, 184.5));
  }

  /**
   * The superior temporal line from the outer brow over the side of the skull to behind the ear.
   */
  static List<Knot> temporalLine() {
    return List.of(
        p(123, 139),
        p(128, 113),
        p(146, 88),
        p(175, 73),
        p(210, 68.5),
        p(244, 76),
        p(269, 96),
        p(281, 126),
        p(278, 156),
        p(265, 178));
  }

  /** The mastoid process behind the lobe of the ear. */
  static List<Knot> mastoid() {
    return List.of(p(244.5, 223), p(248, 233), p(243, 242));
  }

  /** The superior nuchal line from the external occipital protuberance towards the mastoid. */
  static List<Knot> nuchalLine() {
    return List.of(p(293, 206), p(278, 214), p(262, 221), p(250, 226));
  }

  /** Head-view landmarks of the head itself. */
  static Point2D tragus() {
    return new Point2D.Double(200, 190);
  }

  /** The tip of the mastoid process. */
  static Point2D mastoidTip() {
    return new Point2D.Double(241, 240);
  }

  /** The angle of the mandible. */
  static Point2D mandibleAngle() {
    return new Point2D.Double(189, 258);
  }

  /** The middle of the zygomatic arch. */
  static Point2D zygomaticArchMid() {
    return new Point2D.Double(165, 182);
  }

  /** The temple, in the hollow above the arch behind the outer eye. */
  static Point2D temple() {
    return new Point2D.Double(150, 150);
  }

  /** The external occipital protuberance (inion), the bump at the back of the skull base. */
  static Point2D occiput() {
    return new Point2D.Double(295, 203);
  }

  /** The chin (menton), the lowest point of the jaw. */
  static Point2D chin() {
    return new Point2D.Double(110, 290);
  }

  /** The vertex, the highest point of the head. */
  static Point2D vertex() {
    return new Point2D.Double(178, 30);
  }

  /** The transform from head-view units to body-view units of the lateral view. */
  static AffineTransform toBody() {
    AffineTransform t = new AffineTransform();
    t.translate(PLUMB_X, BODY_TOP_Y);
    t.scale(1 / SCALE, 1 / SCALE);
    t.translate(-TRAGUS_X, -VERTEX_Y);
    return t;
  }

  /** The transform from body-view units of the lateral view to head-view units. */
  static AffineTransform toHead() {
    AffineTransform t = new AffineTransform();
    t.translate(TRAGUS_X, VERTEX_Y);
    t.scale(SCALE, SCALE);
    t.translate(-PLUMB_X, -BODY_TOP_Y);
    return t;
  }

  /** The knots mapped by an affine transform, keeping their corner flags. */
  static List<Knot> map(List<Knot> knots, AffineTransform t) {
    List<Knot> result = new ArrayList<>();
    for (Knot k : knots) {
      Point2D q = t.transform(new Point2D.Double(k.x(), k.y()), null);
      result.add(new Knot(q.getX(), q.getY(), k.corner()));
    }
    return result;
  }

  /** The point mapped by an affine transform. */
  static Point2D map(Point2D point, AffineTransform t) {
    return t.transform(point, null);
  }

  /** The shape mapped by an affine transform. */
  static Shape map(Shape shape, AffineTransform t) {
    Path2D.Double copy = new Path2D.Double(shape);
    copy.transform(t);
    return copy;
  }
}
