package app.myomap.tools.atlas;

import static app.myomap.tools.atlas.Knot.c;
import static app.myomap.tools.atlas.Knot.p;

import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The outline shared by the anterior and posterior views: one half authored on the viewer's left of
 * the midline and mirrored, so both views have identical landmark heights and widths.
 */
final class FrontFigure {

  private FrontFigure() {}

  /** The viewer's-left half from the top of the head to the crotch, both on the midline. */
  static List<Knot> halfOutline() {
    List<Knot> k = new ArrayList<>();
    // head and ear
    k.add(p(200, 40));
    k.add(p(186.4, 41.3));
    k.add(p(175.4, 45.6));
    k.add(p(168.6, 53.4));
    k.add(p(165.6, 64));
    k.add(p(165, 76));
    k.add(c(166.2, 88));
    k.add(p(163, 86.6));
    k.add(p(160, 89.5));
    k.add(p(158.8, 96.5));
    k.add(p(160, 104.5));
    k.add(p(163, 110.8));
    k.add(c(166.8, 113.6));
    k.add(p(168.2, 119.4));
    k.add(p(170.6, 125.2));
    k.add(c(174.2, 130.6));
    // neck and trapezius slope
    k.add(p(177.4, 136.4));
    k.add(p(178.1, 146));
    k.add(p(176.6, 153.5));
    k.add(p(171.6, 159.5));
    k.add(p(161.5, 165.2));
    k.add(p(148.5, 170));
    k.add(p(135.5, 174));
    k.add(p(125.5, 177));
    // shoulder cap and lateral arm
    k.add(p(117.5, 179.5));
    k.add(p(108.8, 183.5));
    k.add(p(101.5, 190.5));
    k.add(p(96.4, 200));
    k.add(p(92.8, 212));
    k.add(p(90.6, 226));
    k.add(p(88.4, 241));
    k.add(p(85.8, 255));
    k.add(p(83.2, 270));
    k.add(p(80.8, 288));
    k.add(p(78.4, 305));
    k.add(p(76, 322));
    k.add(p(73.6, 337));
    k.add(p(71.8, 350));
    k.add(p(69.8, 364));
    k.add(p(67.4, 382));
    k.add(p(65, 400));
    k.add(p(62.8, 418));
    k.add(p(61.6, 430));
    // hand: thenar, thumb, fingers together, hypothenar
    k.add(p(60.8, 439));
    k.add(p(59.2, 445));
    k.add(p(56.6, 452.4));
    k.add(p(53.8, 460.6));
    k.add(p(51.4, 469));
    k.add(p(50, 477));
    k.add(p(50.2, 483.4));
    k.add(p(52.6, 487.2));
    k.add(p(55.8, 486.6));
    k.add(p(57.9, 481.6));
    k.add(p(59.3, 476));
    k.add(c(60.5, 471));
    k.add(p(59.8, 478.6));
    k.add(p(59.6, 488));
    k.add(p(60.1, 497.4));
    k.add(p(61.2, 503.8));
    k.add(p(63.6, 507.6));
    k.add(p(66.4, 507.2));
    k.add(c(67.8, 505));
    k.add(p(69, 509.6));
    k.add(p(71.6, 512.6));
    k.add(p(74.4, 511.6));
    k.add(c(75.6, 508.8));
    k.add(p(76.8, 510.8));
    k.add(p(79.2, 511));
    k.add(p(81.6, 509.2));
    k.add(c(82.6, 506.4));
    k.add(p(83.8, 507));
    k.add(p(86, 504.8));
    k.add(p(88.2, 501.6));
    k.add(p(89.6, 496.6));
    k.add(p(90.3, 489));
    k.add(p(90.6, 481));
    k.add(p(91.2, 470));
    k.add(p(90.6, 458));
    k.add(p(89, 447.8));
    k.add(p(87.4, 440));
    // medial forearm and arm up to the armpit
    k.add(p(88.4, 432));
    k.add(p(90.6, 424));
    k.add(p(94, 410));
    k.add(p(98.2, 396));
    k.add(p(102.6, 382));
    k.add(p(106.4, 369));
    k.add(p(109, 357));
    k.add(p(110.4, 345));
    k.add(p(111.4, 332));
    k.add(p(113.6, 318));
    k.add(p(115.8, 302));
    k.add(p(118.2, 286));
    k.add(p(120.6, 270));
    k.add(p(122.8, 255));
    k.add(p(124.6, 243));
    k.add(p(125.8, 235.6));
    k.add(p(127.6, 231.2));
    k.add(p(129.4, 233.4));
    // torso side
    k.add(p(130.3, 241));
    k.add(p(131.6, 252));
    k.add(p(133.4, 267));
    k.add(p(136.2, 284));
    k.add(p(138.4, 300));
    k.add(p(139.6, 316));
    k.add(p(139.8, 330));
    k.add(p(139.2, 344));
    k.add(p(137.6, 358));
    k.add(p(134.4, 374));
    k.add(p(130.2, 391));
    k.add(p(127.2, 408));
    // lateral thigh, knee, leg
    k.add(p(126.2, 425));
    k.add(p(126.2, 442));
    k.add(p(126.8, 466));
    k.add(p(128.4, 496));
    k.add(p(130.8, 530));
    k.add(p(134, 566));
    k.add(p(137.6, 598));
    k.add(p(140.6, 622));
    k.add(p(142.8, 645));
    k.add(p(142.2, 662));
    k.add(p(140.4, 682));
    k.add(p(140.4, 702));
    k.add(p(143, 726));
    k.add(p(147.4, 752));
    k.add(p(151.4, 772));
    k.add(p(153, 786));
    k.add(p(152.8, 796));
    k.add(p(151.4, 804));
    // foot
    k.add(p(149.6, 812));
    k.add(p(146.4, 820));
    k.add(p(143.8, 828));
    k.add(p(143, 834.6));
    k.add(p(144.8, 838.8));
    k.add(c(149, 839.6));
    k.add(c(184, 840));
    k.add(p(188.4, 838.2));
    k.add(p(189.8, 832));
    k.add(p(189, 824));
    k.add(p(186.6, 815));
    k.add(p(184.6, 806.4));
    k.add(p(184.4, 797));
    // medial leg and thigh up to the crotch
    k.add(p(182.2, 788));
    k.add(p(181.4, 776));
    k.add(p(183.6, 758));
    k.add(p(186.8, 736));
    k.add(p(190, 716));
    k.add(p(191.2, 698));
    k.add(p(190.2, 676));
    k.add(p(187.8, 658));
    k.add(p(187, 646));
    k.add(p(188.2, 630));
    k.add(p(189.8, 612));
    k.add(p(190.8, 590));
    k.add(p(192.4, 560));
    k.add(p(194.6, 528));
    k.add(p(196.8, 496));
    k.add(p(198.6, 466));
    k.add(c(200, 440));
    return k;
  }

  /** The closed silhouette: the half outline and its mirror about the midline. */
  static Path2D.Double silhouette() {
    List<Knot> half = halfOutline();
    List<Knot> all = new ArrayList<>(half);
    List<Knot> mirrored = Curves.mirrorReversed(half, Canon.MID_X);
    all.addAll(mirrored.subList(1, mirrored.size() - 1));
    return Curves.closed(all);
  }
}
