package app.myomap.tools.atlas;

import static app.myomap.tools.atlas.HeadViewRegions.region;
import static app.myomap.tools.atlas.HeadViewRegions.reversed;
import static app.myomap.tools.atlas.HeadViewRegions.seg;
import static app.myomap.tools.atlas.Knot.p;

import java.awt.Shape;
import java.awt.geom.Area;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The muscle regions of the left lateral figure in body-view units. Arm muscles are clipped to the
 * arm; trunk, neck and leg muscles to the part of the silhouette the arm leaves visible, so a point
 * on the arm never answers a muscle hidden under it. Neighbours share the boundary lines below.
 */
final class LateralViewRegions {

  // Arm: the lateral intermuscular septum and the borders of the mobile wad of the forearm.
  private static final List<Knot> DELTOID_FRONT = List.of(p(154, 236), p(163, 252), p(177.5, 264));
  private static final List<Knot> DELTOID_BACK = List.of(p(177.5, 264), p(190, 247), p(205, 226));
  private static final List<Knot> SEPTUM = List.of(p(177.5, 264), p(181, 290), p(184, 308));
  private static final List<Knot> BICEPS_FOREARM =
      List.of(p(184, 308), p(180.5, 320), p(173, 332), p(165.5, 339));
  private static final List<Knot> TRICEPS_FOREARM =
      List.of(p(184, 308), p(186.5, 317), p(188.5, 326), p(191, 337));
  private static final List<Knot> BR_ECRL =
      List.of(
          p(184, 308),
          p(185, 324),
          p(182.5, 340),
          p(178, 358),
          p(174.5, 380),
          p(172, 403),
          p(171, 425));
  private static final List<Knot> ECRL_ECRB =
      List.of(p(188.5, 326), p(190, 339), p(186.5, 356), p(182, 375), p(178, 398), p(176, 419));
  private static final List<Knot> ECRB_BACK =
      List.of(p(191, 337), p(194.5, 350), p(191.5, 366), p(187.5, 386), p(183.5, 408), p(181, 424));

  // Trunk.
  private static final List<Knot> PECTORAL_BORDER_FRONT = List.of(p(123.8, 258), p(134, 252));
  private static final List<Knot> PECTORAL_BORDER_BACK =
      List.of(p(134, 252), p(145, 242), p(152.5, 233));
  private static final List<Knot> CREST_FRONT = List.of(p(140.5, 385), p(146.5, 374), p(151, 369));
  private static final List<Knot> CREST_MID_FRONT =
      List.of(p(151, 369), p(158.5, 364.8), p(166, 361.5));
  private static final List<Knot> CREST_MID_BACK =
      List.of(p(166, 361.5), p(176, 358), p(190, 360), p(204, 368), p(208.5, 374));
  private static final List<Knot> CREST_BACK = List.of(p(208.5, 374), p(211, 379), p(213.5, 388));

  // Hip and thigh: TFL, gluteal and quadriceps borders.
  private static final List<Knot> TFL_BACK =
      List.of(p(151, 369), p(154, 390), p(161, 410), p(169.5, 426), p(173, 452));
  private static final List<Knot> TFL_BOTTOM = List.of(p(173, 452), p(160, 452.5), p(149, 452));
  private static final List<Knot> RECTUS_TOP = List.of(p(144, 395), p(147, 430), p(149, 452));
  private static final List<Knot> RECTUS_BACK =
      List.of(
          p(149, 452), p(150.5, 470), p(153.5, 520), p(156.5, 565), p(158.5, 598), p(157.5, 611));
  private static final List<Knot> TROCHANTER_TOP = List.of(p(182, 408), p(175, 412), p(169.5, 426));
  // The anterior border of gluteus medius, behind the exposed anterior fibres of gluteus minimus.
  private static final List<Knot> MINIMUS_BACK = List.of(p(166, 361.5), p(172, 385), p(175, 412));

  // Flank: the anterior border of latissimus dorsi from the axilla down to the twelfth rib.
  private static final List<Knot> LATISSIMUS_FRONT =
      List.of(p(190, 214), p(186.5, 250), p(186, 290), p(190, 319));
  // The anterior border of gluteus maximus, from the back third of the crest to the fold.
  private static final List<Knot> GLUTEUS_MAXIMUS_FRONT =
      List.of(p(208.5, 374), p(195, 391), p(182, 408), p(183.5, 430), p(190, 452), p(197, 471));
  private static final List<Knot> GLUTEAL_FOLD = List.of(p(197, 471), p(205, 471.5), p(212, 469));
  private static final List<Knot> HAMSTRING_FRONT =
      List.of(
          p(197, 471),
          p(194.5, 500),
          p(192.5, 540),
          p(191.5, 580),
          p(190.5, 610),
          p(190, 632),
          p(189.5, 646));

  // Leg: the anterior compartment (tibialis anterior, extensor digitorum longus) and the lateral
  // one (fibularis longus over brevis), which begins below the neck of the fibula.
  private static final List<Knot> TIBIALIS_BACK =
      List.of(p(171, 666), p(171.5, 690), p(172.5, 720), p(174, 750), p(174.5, 775));
  private static final List<Knot> EDL_BACK =
      List.of(p(179, 670), p(179.5, 690), p(181, 720), p(181.5, 750), p(180.5, 778));
  private static final List<Knot> FIBULARIS_BACK =
      List.of(p(192.5, 670), p(190, 690), p(188.5, 720), p(188, 750), p(186.5, 778));
  private static final List<Knot> LONGUS_BREVIS =
      List.of(p(181.2, 738), p(185, 736), p(188.2, 735));
  private static final List<Knot> GASTROCNEMIUS_FRONT =
      List.of(p(196, 648), p(194, 660), p(190.5, 682), p(193, 707), p(200.5, 730), p(206, 742));

  private LateralViewRegions() {}

  /** Region outlines by muscle id, in catalogue order. */
  static Map<String, Shape> all() {
    Area arm = new Area(Curves.closed(ArmPose.pose(LateralViewOutline.arm())));
    Area visible = new Area(Curves.closed(LateralViewOutline.silhouette()));
    visible.subtract(arm);
    Map<String, Shape> neck = HeadViewRegions.rough();
    Map<String, Shape> m = new LinkedHashMap<>();
    m.put("upper-trapezius", clip(toBody(neck.get("upper-trapezius")), visible));
    m.put("levator-scapulae", clip(toBody(neck.get("levator-scapulae")), visible));
    m.put("sternocleidomastoid", clip(toBody(neck.get("sternocleidomastoid")), visible));
    m.put("scalenes", clip(toBody(neck.get("scalenes")), visible));
    m.put("pectoralis-major", clip(pectoralisMajor(), visible));
    m.put("deltoid", clip(ArmPose.pose(deltoid()), arm));
    m.put("latissimus-dorsi", clip(latissimusDorsi(), visible));
    m.put("serratus-anterior", clip(serratusAnterior(), visible));
    m.put("biceps-brachii", clip(ArmPose.pose(bicepsBrachii()), arm));
    m.put("triceps-brachii", clip(ArmPose.pose(tricepsBrachii()), arm));
    m.put("extensor-carpi-radialis-longus", clip(ArmPose.pose(extensorCarpiRadialisLongus()), arm));
    m.put("extensor-carpi-radialis-brevis", clip(ArmPose.pose(extensorCarpiRadialisBrevis()), arm));
    m.put("brachioradialis", clip(ArmPose.pose(brachioradialis()), arm));
    m.put("quadratus-lumborum", clip(quadratusLumborum(), visible));
    m.put("gluteus-maximus", clip(gluteusMaximus(), visible));
    m.put("gluteus-medius", clip(gluteusMedius(), visible));
    m.put("gluteus-minimus", clip(gluteusMinimus(), visible));
    m.put("tensor-fasciae-latae", clip(tensorFasciaeLatae(), visible));
    m.put("biceps-femoris", clip(bicepsFemoris(), visible));
    m.put("rectus-femoris", clip(rectusFemoris(), visible));
    m.put("vastus-lateralis", clip(vastusLateralis(), visible));
    m.put("gastrocnemius", clip(gastrocnemius(), visible));
    m.put("soleus", clip(soleus(), visible));
    m.put("tibialis-anterior", clip(tibialisAnterior(), visible));
    m.put("fibularis-longus", clip(fibularisLongus(), visible));
    m.put("extensor-digitorum-longus", clip(extensorDigitorumLongus(), visible));
    m.put("fibularis-brevis", clip(fibularisBrevis(), visible));
    m.put(
        "subscapularis",
        clip(
            Curves.closed(
                p(196, 212), p(203, 213), p(209, 223), p(212, 236), p(205, 238), p(197.5, 227)),
            visible));
    m.put(
        "brachialis",
        clip(
            ArmPose.pose(
                Curves.closed(
                    p(172, 292), p(179, 288), p(183, 304), p(181, 320), p(174, 326), p(170, 310))),
            arm));
    m.put(
        "supinator",
        clip(
            ArmPose.pose(
                Curves.closed(p(185.5, 341), p(191.5, 344), p(191, 356), p(185, 363), p(182, 352))),
            arm));
    return m;
  }

  private static Shape deltoid() {
    return region(
        List.of(
            DELTOID_FRONT,
            DELTOID_BACK,
            seg(205, 226, 225, 226),
            seg(225, 226, 225, 165),
            seg(225, 165, 140, 165),
            seg(140, 165, 140, 236),
            seg(140, 236, 154, 236)));
  }

  private static Shape bicepsBrachii() {
    return region(
        List.of(
            SEPTUM,
            BICEPS_FOREARM,
            seg(165.5, 339, 140, 339),
            seg(140, 339, 140, 236),
            seg(140, 236, 154, 236),
            DELTOID_FRONT));
  }

  private static Shape tricepsBrachii() {
    return region(
        List.of(
            DELTOID_BACK,
            seg(205, 226, 225, 226),
            seg(225, 226, 225, 356),
            seg(225, 356, 194.5, 350),
            reversed(ECRB_BACK.subList(0, 2)),
            reversed(TRICEPS_FOREARM),
            reversed(SEPTUM)));
  }

  private static Shape brachioradialis() {
    return region(
        List.of(
            BR_ECRL,
            seg(171, 425, 150, 430),
            seg(150, 430, 150, 339),
            seg(150, 339, 165.5, 339),
            reversed(BICEPS_FOREARM)));
  }

  private static Shape extensorCarpiRadialisLongus() {
    return region(
        List.of(
            TRICEPS_FOREARM.subList(0, 3),
            ECRL_ECRB,
            seg(176, 419, 171.2, 417),
            seg(171.2, 417, 172, 403),
            reversed(BR_ECRL.subList(0, 6))));
  }

  private static Shape extensorCarpiRadialisBrevis() {
    return region(
        List.of(
            TRICEPS_FOREARM.subList(2, 4),
            ECRB_BACK,
            seg(181, 424, 176, 419),
            reversed(ECRL_ECRB)));
  }

  private static Shape pectoralisMajor() {
    return region(
        List.of(
            PECTORAL_BORDER_FRONT,
            PECTORAL_BORDER_BACK,
            seg(152.5, 233, 172, 226),
            List.of(p(172, 226), p(174, 182), p(164, 179.6), p(153, 178)),
            seg(153, 178, 105, 178),
            seg(105, 178, 105, 262),
            seg(105, 262, 123.8, 258)));
  }

  private static Shape serratusAnterior() {
    return region(
        List.of(
            PECTORAL_BORDER_BACK,
            seg(152.5, 233, 190, 214),
            LATISSIMUS_FRONT,
            List.of(
                p(190, 319), p(166, 311), p(148.5, 300), p(141, 286), p(136.5, 268), p(134, 252))));
  }

  private static Shape latissimusDorsi() {
    return region(
        List.of(
            List.of(p(190, 214), p(205, 225), p(216, 236), p(226, 242)),
            seg(226, 242, 226, 312),
            List.of(p(226, 312), p(209, 312), p(200, 317), p(190, 319)),
            reversed(LATISSIMUS_FRONT)));
  }

  private static Shape quadratusLumborum() {
    return Curves.closed(
        p(188, 324),
        p(203, 318),
        p(211, 333),
        p(212, 352),
        p(209, 366.5),
        p(198, 363),
        p(189, 349));
  }

  private static Shape gluteusMedius() {
    return region(
        List.of(
            CREST_MID_BACK,
            GLUTEUS_MAXIMUS_FRONT.subList(0, 3),
            TROCHANTER_TOP.subList(0, 2),
            reversed(MINIMUS_BACK)));
  }

  private static Shape gluteusMinimus() {
    return region(
        List.of(
            CREST_MID_FRONT,
            MINIMUS_BACK,
            TROCHANTER_TOP.subList(1, 3),
            reversed(TFL_BACK.subList(0, 4))));
  }

  private static Shape tensorFasciaeLatae() {
    return region(
        List.of(
            CREST_FRONT,
            TFL_BACK,
            TFL_BOTTOM,
            reversed(RECTUS_TOP),
            List.of(p(144, 395), p(141.5, 390), p(140.5, 385))));
  }

  private static Shape gluteusMaximus() {
    return region(
        List.of(
            CREST_BACK,
            seg(213.5, 388, 240, 388),
            seg(240, 388, 240, 470),
            seg(240, 470, 212, 469),
            reversed(GLUTEAL_FOLD),
            reversed(GLUTEUS_MAXIMUS_FRONT)));
  }

  private static Shape rectusFemoris() {
    return region(
        List.of(
            RECTUS_TOP,
            RECTUS_BACK,
            List.of(p(157.5, 611), p(152, 610)),
            seg(152, 610, 115, 600),
            seg(115, 600, 115, 392),
            seg(115, 392, 144, 395)));
  }

  private static Shape vastusLateralis() {
    return region(
        List.of(
            reversed(TFL_BOTTOM),
            reversed(TFL_BACK.subList(3, 5)),
            reversed(TROCHANTER_TOP),
            GLUTEUS_MAXIMUS_FRONT.subList(2, 6),
            HAMSTRING_FRONT.subList(0, 6),
            List.of(p(190, 632), p(178, 627), p(165, 622), p(157.5, 611)),
            reversed(RECTUS_BACK)));
  }

  private static Shape bicepsFemoris() {
    return region(
        List.of(
            HAMSTRING_FRONT,
            seg(189.5, 646, 196, 648),
            seg(196, 648, 240, 648),
            seg(240, 648, 240, 465),
            seg(240, 465, 212, 469),
            reversed(GLUTEAL_FOLD)));
  }

  private static Shape gastrocnemius() {
    return region(
        List.of(
            GASTROCNEMIUS_FRONT,
            seg(206, 742, 240, 742),
            seg(240, 742, 240, 648),
            seg(240, 648, 196, 648)));
  }

  private static Shape soleus() {
    return Curves.closed(
        p(190, 664),
        p(198, 670),
        p(206, 700),
        p(205, 730),
        p(199, 757),
        p(196, 774),
        p(187, 778),
        p(188, 750),
        p(188, 720),
        p(189.5, 690));
  }

  private static Shape tibialisAnterior() {
    return region(
        List.of(
            List.of(p(161, 668), p(164, 663.5), p(168, 663.5), p(171, 666)),
            TIBIALIS_BACK,
            seg(174.5, 775, 166, 772),
            List.of(p(166, 772), p(164.5, 750), p(163, 720), p(162, 690), p(161, 668))));
  }

  private static Shape extensorDigitorumLongus() {
    return region(
        List.of(
            List.of(p(171, 666), p(174.5, 664.5), p(179, 670)),
            EDL_BACK,
            seg(180.5, 778, 174.5, 775),
            reversed(TIBIALIS_BACK)));
  }

  private static Shape fibularisLongus() {
    return region(
        List.of(
            List.of(p(179, 670), p(185.5, 666.5), p(192.5, 670)),
            FIBULARIS_BACK.subList(0, 3),
            List.of(p(188.5, 720), p(188.2, 735)),
            reversed(LONGUS_BREVIS),
            List.of(p(181.2, 738), p(181, 720), p(179.5, 690), p(179, 670))));
  }

  private static Shape fibularisBrevis() {
    return region(
        List.of(
            LONGUS_BREVIS,
            List.of(p(188.2, 735), p(188, 750), p(186.5, 778)),
            seg(186.5, 778, 180.5, 778),
            List.of(p(180.5, 778), p(181.5, 750), p(181.2, 738))));
  }

  private static Shape toBody(Shape headShape) {
    return HeadViewProfile.map(headShape, HeadViewProfile.toBody());
  }

  private static Shape clip(Shape region, Area within) {
    return HeadViewRegions.clip(region, within);
  }
}
