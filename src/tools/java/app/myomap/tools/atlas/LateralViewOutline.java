package app.myomap.tools.atlas;

import static app.myomap.tools.atlas.Knot.c;
import static app.myomap.tools.atlas.Knot.p;

import java.util.ArrayList;
import java.util.List;

/**
 * Contour knots of the left lateral figure in body-view units (front to the viewer's left, plumb
 * line x = 175, vertex y = 40, soles y = 840), following the depths of DOMAIN.md section 5.
 */
final class LateralViewOutline {

  /** Index of the arm knot at the back of the shoulder cap, where the firm arm outline begins. */
  static final int ARM_CAP_END = 4;

  private LateralViewOutline() {}

  /** The closed outer outline: face, skull, back, buttock, leg, foot, front of leg and trunk. */
  static List<Knot> silhouette() {
    List<Knot> knots = new ArrayList<>();
    knots.addAll(HeadViewProfile.map(HeadViewProfile.face(), HeadViewProfile.toBody()));
    knots.addAll(HeadViewProfile.map(HeadViewProfile.skullBack(), HeadViewProfile.toBody()));
    knots.addAll(back());
    knots.addAll(legBack());
    knots.addAll(foot());
    knots.addAll(legFront());
    knots.addAll(trunkFront());
    knots.addAll(HeadViewProfile.map(HeadViewProfile.neckFront(), HeadViewProfile.toBody()));
    return knots;
  }

  /** Back of the neck from below the nape, thoracic curve, lumbar hollow, buttock to the fold. */
  static List<Knot> back() {
    return List.of(
        p(207.5, 152.5),
        p(209.5, 164),
        p(213, 175),
        p(217.5, 187.5),
        p(220.5, 203),
        p(222.5, 221),
        p(222.5, 240),
        p(220.5, 258),
        p(217, 277),
        p(212.5, 297),
        p(209, 317),
        p(208, 335),
        p(209.5, 352),
        p(212.5, 366),
        p(217, 381),
        p(221.5, 398),
        p(224, 416),
        p(224, 435),
        p(222, 449),
        p(217.5, 461),
        p(212, 469));
  }

  /** The first knots of the back (nape to upper back), shared with the head view. */
  static List<Knot> upperBack() {
    return back().subList(0, 4);
  }

  /**
   * The last knots of the trunk front (chest up to the sternal notch), shared with the head view.
   */
  static List<Knot> upperChest() {
    List<Knot> front = trunkFront();
    return front.subList(front.size() - 3, front.size());
  }

  /** Back of the thigh, knee hollow, calf bulge, Achilles tendon and heel. */
  static List<Knot> legBack() {
    return List.of(
        p(209.5, 477),
        p(209.5, 494),
        p(209.5, 525),
        p(208, 560),
        p(205.5, 594),
        p(203, 621),
        p(201.5, 639),
        p(203.5, 651),
        p(208.5, 663),
        p(213, 676),
        p(215, 690),
        p(213.5, 706),
        p(208.5, 724),
        p(202.5, 744),
        p(198.5, 762),
        p(196.5, 779),
        p(196, 794),
        p(198, 808.5),
        p(202.5, 820),
        p(204.5, 830));
  }

  /** Underside of the heel, the sole on the ground, the toes and the instep up to the ankle. */
  static List<Knot> foot() {
    return List.of(
        p(201, 837),
        p(193, 839.7),
        p(180, 840),
        p(125, 840),
        p(112, 839.6),
        p(104.5, 837.5),
        p(101, 833.5),
        p(102, 829),
        p(107.5, 826.5),
        p(119, 823.5),
        p(133, 817),
        p(147, 807.5),
        p(157.5, 798),
        p(163.5, 787.5));
  }

  /** Shin, knee cap, front of the thigh up to the groin. */
  static List<Knot> legFront() {
    return List.of(
        p(164, 772),
        p(162.5, 748),
        p(160.5, 720),
        p(159, 694),
        p(158, 672),
        p(157.5, 657),
        p(155.5, 643),
        p(153.5, 630),
        p(153.5, 617),
        p(150, 601),
        p(145, 583),
        p(139.5, 556),
        p(136, 525),
        p(134.5, 492),
        p(134.5, 465),
        p(136, 444),
        p(137.5, 429));
  }

  /** Lower abdomen, navel, chest up to the notch above the sternum. */
  static List<Knot> trunkFront() {
    return List.of(
        p(135.5, 415),
        p(132, 397),
        p(129.5, 375),
        p(128.5, 352),
        p(129, 333),
        p(129.5, 313),
        p(128.5, 294),
        p(126.5, 276),
        p(123.5, 259),
        p(122, 243),
        p(123, 228),
        p(126.5, 213),
        p(132.5, 199.5),
        p(139, 190.5),
        p(145.5, 185.5),
        p(150.5, 183));
  }

  /**
   * The near (left) arm hanging at the side, palm to the thigh, thumb forward; closed. It starts at
   * the top of the shoulder cap; the last two knots are the front of the cap.
   */
  static List<Knot> arm() {
    return List.of(
        p(166.5, 181),
        p(176.5, 178.6),
        p(187.5, 179.2),
        p(197.5, 183),
        p(204.5, 192),
        p(207.5, 206),
        p(206, 226),
        p(202.5, 245),
        p(202, 262),
        p(203, 281),
        p(203, 302),
        p(202, 322),
        p(202.5, 338),
        p(201, 351),
        p(198, 364),
        p(196, 381),
        p(194.5, 400),
        p(192.5, 419),
        p(191.5, 436),
        p(193.5, 451),
        p(194, 467),
        p(192.5, 482),
        p(190, 493),
        p(187.5, 500.5),
        c(184.5, 502),
        p(182.5, 507.5),
        p(179.5, 509.5),
        c(177.5, 510),
        p(175.5, 513.5),
        p(172, 515),
        p(169.5, 513),
        c(168.5, 511.5),
        p(166, 511),
        p(164, 506.5),
        p(163.5, 497),
        c(164.5, 486.5),
        p(161, 489),
        p(157.5, 488),
        p(155.5, 483),
        p(155.5, 473),
        p(157.5, 463),
        p(161, 453.5),
        p(165.5, 445),
        p(169, 436),
        p(168.5, 420),
        p(167.5, 401),
        p(166, 382),
        p(164.5, 364),
        p(165, 350),
        p(165.5, 338),
        p(164, 321),
        p(161, 302),
        p(159.5, 282),
        p(159, 262),
        p(156.5, 245),
        p(152, 226),
        p(151.5, 207),
        p(153.5, 195),
        p(158.5, 186.5));
  }

  /** Finger separations on the back of the hand, index to little finger. */
  static List<List<Knot>> fingers() {
    return List.of(
        List.of(p(171, 481), p(170.5, 497), p(168.5, 511.5)),
        List.of(p(178, 482), p(178, 497), p(177.5, 510)),
        List.of(p(185, 480), p(185, 492), p(184.5, 502)));
  }

  /** The back edge of the thumb in front of the index finger. */
  static List<Knot> thumb() {
    return List.of(c(164.5, 486.5), p(163.5, 476), p(164.5, 465));
  }

  /** The lower border of the deltoid, down to its insertion and up the back of the arm. */
  static List<Knot> deltoidBorder() {
    return List.of(p(154, 236), p(163, 252), p(177.5, 264), p(190, 252), p(203, 240));
  }

  /** The front and back edges of the iliotibial band from the TFL down to the lateral knee. */
  static List<Knot> iliotibialBand() {
    return List.of(p(176, 455), p(178.5, 520), p(179, 580), p(177.5, 630), p(175, 655));
  }

  /** The crease in front of the elbow. */
  static List<Knot> elbowCrease() {
    return List.of(p(165.5, 340), p(170, 342), p(175, 341.5));
  }

  /** The lower border of pectoralis major, rising from the chest to the armpit. */
  static List<Knot> pectoralBorder() {
    return List.of(p(123.8, 258), p(134, 252), p(145, 242), p(152.5, 233));
  }

  /** The navel dimple just inside the front outline. */
  static List<Knot> navel() {
    return List.of(p(129.5, 337.5), p(131.5, 340), p(129.5, 342.5));
  }

  /** The lower edge of the buttock (gluteal fold) running forward from the back of the thigh. */
  static List<Knot> glutealFold() {
    return List.of(p(212, 469), p(206, 472), p(199, 472.5));
  }

  /** The back edge of the knee cap and the patellar tendon down to the tibial tuberosity. */
  static List<Knot> patella() {
    return List.of(p(153.6, 612), p(159.5, 613), p(163, 622), p(161.5, 634), p(157, 640.5));
  }

  /** The patellar tendon. */
  static List<Knot> patellarTendon() {
    return List.of(p(160, 638.5), p(161.5, 652), p(162, 666));
  }

  /** The crease at the back of the knee. */
  static List<Knot> poplitealCrease() {
    return List.of(p(201.5, 639.5), p(196, 641.5), p(191, 641));
  }

  /** The front border of the lateral head of gastrocnemius down to the tendon. */
  static List<Knot> gastrocnemiusBorder() {
    return List.of(p(194, 660), p(190.5, 682), p(193, 707), p(200.5, 730), p(204.5, 740));
  }

  /** The front edge of the Achilles tendon down to the heel. */
  static List<Knot> achilles() {
    return List.of(p(194, 758), p(191.5, 778), p(192.5, 800), p(197, 812));
  }

  /** The outer ankle bone. */
  static List<Knot> lateralMalleolus() {
    return List.of(p(182, 797.5), p(187.5, 802.5), p(186.5, 810.5), p(180.5, 812.5), p(177, 805.5));
  }

  /** The little toe seen from the outer side. */
  static List<Knot> littleToe() {
    return List.of(p(124, 839.5), p(121, 833.5), p(114, 831), p(107.5, 832.5));
  }
}
