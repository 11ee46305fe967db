package app.myomap.tools.atlas;

import static app.myomap.tools.atlas.Knot.c;
import static app.myomap.tools.atlas.Knot.p;

import java.awt.Shape;
import java.awt.geom.Area;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The neck lines and muscle regions of the left head view in head-view units. Neighbouring
 * superficial regions share the knots of the line between them, and every region is clipped to the
 * silhouette so it hugs the outline without leaving it.
 */
final class HeadViewRegions {

  private HeadViewRegions() {}

  /** The anterior border of sternocleidomastoid from the mastoid to the sternum. */
  static List<Knot> scmFront() {
    return List.of(p(233, 236), p(214, 266), p(191, 302), p(166, 344), p(143, 396));
  }

  /** The posterior border of sternocleidomastoid from the mastoid to the clavicle. */
  static List<Knot> scmBack() {
    return join(scmBackUpper(), scmBackLower());
  }

  private static List<Knot> scmBackUpper() {
    return List.of(p(249, 240), p(238, 279));
  }

  private static List<Knot> scmBackLower() {
    return List.of(p(238, 279), p(221, 320), p(202, 358), p(187, 390.5));
  }

  /** The anterior border of trapezius from the occiput down the neck to the lateral clavicle. */
  static List<Knot> trapeziusBorder() {
    return join(trapeziusUpper(), trapeziusLower());
  }

  private static List<Knot> trapeziusUpper() {
    return List.of(p(283, 217), p(272, 247), p(262, 282), p(251, 320), p(238, 358));
  }

  private static List<Knot> trapeziusLower() {
    return List.of(p(238, 358), p(226, 386), p(219, 394));
  }

  /** The clavicle from the sternal notch back to the acromion. */
  static List<Knot> clavicle() {
    return List.of(p(141, 398.5), p(168, 393.5), p(192, 390), p(206, 389.5));
  }

  /** The spine of the scapula running back from the acromion. */
  static List<Knot> scapularSpine() {
    return List.of(p(216, 400), p(240, 408), p(264, 418.5), p(288, 431));
  }

  /** The top of the deltoid over the shoulder joint, down to the cut at both sides. */
  static List<Knot> shoulderCap() {
    return List.of(
        p(144.5, HeadView.CUT_Y),
        p(149, 418),
        p(159.5, 405.5),
        p(179, 394.5),
        p(206, 390),
        p(234, 393),
        p(259, 405),
        p(273, 419),
        p(278, HeadView.CUT_Y));
  }

  /** Region outlines by muscle id, in catalogue order, clipped to the head-view silhouette. */
  static Map<String, Shape> all() {
    Area silhouette = new Area(Curves.closed(HeadView.silhouette()));
    Map<String, Shape> m = new LinkedHashMap<>();
    rough().forEach((muscle, shape) -> m.put(muscle, clip(shape, silhouette)));
    return m;
  }

  /**
   * Region outlines before clipping; their outer edges may run past the outline. The lateral view
   * maps the neck muscles among them onto the body scale.
   */
  static Map<String, Shape> rough() {
    Map<String, Shape> m = new LinkedHashMap<>();
    m.put("upper-trapezius", upperTrapezius());
    m.put("levator-scapulae", levatorScapulae());
    m.put("sternocleidomastoid", sternocleidomastoid());
    m.put("suboccipitals", suboccipitals());
    m.put("splenius-capitis", spleniusCapitis());
    m.put("scalenes", scalenes());
    m.put("masseter", masseter());
    m.put("temporalis", temporalis());
    m.put("semispinalis-capitis", semispinalisCapitis());
    m.put("cervical-multifidi", cervicalMultifidi());
    m.put("splenius-cervicis", spleniusCervicis());
    m.put("lateral-pterygoid", lateralPterygoid());
    m.put("medial-pterygoid", medialPterygoid());
    return m;
  }

  private static Shape upperTrapezius() {
    return region(
        List.of(
            trapeziusUpper(),
            trapeziusLower(),
            List.of(p(219, 394), p(240, 404), p(263, 415.5), p(300, 428)),
            seg(300, 428, 330, 434),
            seg(330, 434, 330, 200),
            seg(330, 200, 283, 217)));
  }

  private static Shape levatorScapulae() {
    return Curves.closed(
        p(247, 288),
        p(257.5, 284),
        p(259, 300),
        p(262, 318),
        p(270, 350),
        p(283, 384),
        p(291, 398),
        p(279, 403),
        p(266, 384),
        p(255, 355),
        p(248, 322),
        p(246, 300));
  }

  private static Shape sternocleidomastoid() {
    return region(
        List.of(
            scmFront(),
            List.of(p(143, 396), p(166, 392.5), p(187, 390.5)),
            reversed(scmBackLower()),
            reversed(scmBackUpper()),
            List.of(p(249, 240), p(250, 229), p(241, 223.5), p(233, 236))));
  }

  private static Shape suboccipitals() {
    return Curves.closed(
        p(256, 226), p(272, 216), p(290, 211), p(291, 226), p(282, 244), p(266, 254), p(253, 248));
  }

  private static Shape spleniusCapitis() {
    return Curves.closed(
        p(247, 236),
        p(263, 225),
        p(281, 219),
        p(284, 252),
        p(284, 292),
        p(286, 330),
        p(284, 346),
        p(274, 338),
        p(264, 310),
        p(255, 282),
        p(248, 258));
  }

  private static Shape scalenes() {
    return region(
        List.of(
            scmBackLower(),
            List.of(p(187, 390.5), p(205, 390.5), p(219, 394)),
            reversed(trapeziusLower()),
            List.of(p(238, 358), p(244, 327), p(245, 301), p(238, 279))));
  }

  private static Shape masseter() {
    return Curves.closed(
        c(134, 186),
        p(162, 185.5),
        c(192, 188.5),
        p(194, 210),
        p(193.5, 232),
        p(190, 251),
        c(185, 259.5),
        p(169, 266),
        c(152, 272.5),
        p(145, 245),
        p(138, 212));
  }

  private static Shape temporalis() {
    return Curves.closed(
        c(153, 179),
        p(151, 158),
        p(153, 134),
        p(162, 106),
        p(180, 85),
        p(210, 72),
        p(244, 76),
        p(269, 96),
        p(281, 126),
        p(277, 155),
        c(266, 170),
        p(253, 154),
        p(239, 143),
        p(222, 138.5),
        p(207, 146),
        p(201, 162),
        c(197, 181),
        p(175, 180));
  }

  private static Shape semispinalisCapitis() {
    return Curves.closed(
        p(276, 214),
        p(292, 208),
        p(296, 232),
        p(294, 270),
        p(290, 310),
        p(286, 334),
        p(280, 312),
        p(277, 272),
        p(276, 240));
  }

  private static Shape cervicalMultifidi() {
    return Curves.closed(
        p(280, 252), p(290, 254), p(291, 290), p(288, 334), p(281, 332), p(279, 290));
  }

  /** From the upper thoracic spinous processes up and forward under levator scapulae. */
  private static Shape spleniusCervicis() {
    return Curves.closed(
        p(270, 326), p(282, 336), p(291, 366), p(292, 398), p(282, 396), p(272, 362));
  }

  /** In the mandibular notch below the zygomatic arch, in front of the jaw joint. */
  private static Shape lateralPterygoid() {
    return Curves.closed(p(166, 188), p(188, 190), p(191, 202), p(181, 209), p(168, 206));
  }

  /** On the inner face of the mandibular angle, reached just in front of and below it. */
  private static Shape medialPterygoid() {
    return Curves.closed(
        p(174, 250), p(187, 244), p(196, 255), p(193, 270), p(180, 273), p(171, 263));
  }

  /**
   * A closed region bounded by lines joined end to end; each line's end knots become corners, so a
   * line shared by two regions is drawn identically in both.
   */
  static Shape region(List<List<Knot>> lines) {
    List<Knot> knots = new ArrayList<>();
    for (List<Knot> line : lines) {
      for (Knot k : corners(line)) {
        Knot last = knots.isEmpty() ? null : knots.get(knots.size() - 1);
        if (last != null && last.x() == k.x() && last.y() == k.y()) {
          continue;
        }
        knots.add(k);
      }
    }
    Knot first = knots.get(0);
    Knot last = knots.get(knots.size() - 1);
    if (first.x() == last.x() && first.y() == last.y()) {
      knots.remove(knots.size() - 1);
    }
    return Curves.closed(knots);
  }

  /** The knots with their end points made corners, for a region bounded by a drawn line. */
  static List<Knot> corners(List<Knot> line) {
    List<Knot> result = new ArrayList<>(line);
    Knot first = line.get(0);
    Knot last = line.get(line.size() - 1);
    result.set(0, c(first.x(), first.y()));
    result.set(result.size() - 1, c(last.x(), last.y()));
    return result;
  }

  /** A straight edge between two corners. */
  static List<Knot> seg(double x1, double y1, double x2, double y2) {
    return List.of(c(x1, y1), c(x2, y2));
  }

  /** Two lines joined at their common knot. */
  static List<Knot> join(List<Knot> first, List<Knot> second) {
    List<Knot> result = new ArrayList<>(first);
    result.addAll(second.subList(1, second.size()));
    return result;
  }

  /** The line traversed backwards. */
  static List<Knot> reversed(List<Knot> line) {
    List<Knot> result = new ArrayList<>(line);
    Collections.reverse(result);
    return result;
  }

  /** The part of the region inside the silhouette. */
  static Shape clip(Shape region, Area silhouette) {
    Area a = new Area(region);
    a.intersect(silhouette);
    return a;
  }
}
