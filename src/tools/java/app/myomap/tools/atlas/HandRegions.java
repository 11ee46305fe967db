package app.myomap.tools.atlas;

import static app.myomap.tools.atlas.RegionKit.minus;

import app.myomap.model.Side;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;

/**
 * The muscle regions of the hand view, authored on the right hand in hand units ({@link
 * HandShape}), placed on its palm or back and mirrored exactly for the left hand. Each muscle lies
 * on the one picture it is needled from: the thenar and hypothenar muscles and adductor pollicis on
 * the palm, the first dorsal interosseous on the back.
 */
final class HandRegions {

  private HandRegions() {}

  static void add(SvgView svg) {
    RegionKit k = new RegionKit(svg.silhouette());

    Area abductorPollicisBrevis =
        on(
            k,
            HandView.PALMAR,
            -22,
            3,
            -29,
            0,
            -33,
            -12,
            -40,
            -28,
            -48,
            -42,
            -58,
            -52,
            -62,
            -60,
            -56,
            -64,
            -48,
            -58,
            -38,
            -46,
            -30,
            -32,
            -24,
            -16,
            -19,
            -4);
    Area flexorPollicisBrevis =
        minus(
            on(
                k,
                HandView.PALMAR,
                -19,
                -4,
                -24,
                -16,
                -30,
                -32,
                -38,
                -46,
                -48,
                -58,
                -52,
                -66,
                -44,
                -69,
                -36,
                -62,
                -26,
                -50,
                -17,
                -34,
                -12,
                -18,
                -9,
                -6,
                -13,
                0),
            abductorPollicisBrevis);
    Area opponensPollicis =
        on(
            k,
            HandView.PALMAR,
            -25,
            -2,
            -31,
            -8,
            -38,
            -22,
            -47,
            -37,
            -55,
            -48,
            -50,
            -52,
            -40,
            -42,
            -31,
            -28,
            -24,
            -13);
    Area adductorPollicis =
        on(
            k,
            HandView.PALMAR,
            -45,
            -66,
            -42,
            -75,
            -27,
            -81,
            -13,
            -83,
            -7,
            -64,
            -9,
            -46,
            -16,
            -42,
            -28,
            -52,
            -38,
            -60);
    Area abductorDigitiMinimi =
        on(
            k,
            HandView.PALMAR,
            23,
            3,
            31,
            -1,
            39,
            -14,
            45,
            -34,
            45,
            -56,
            40,
            -75,
            34,
            -82,
            30,
            -72,
            33,
            -55,
            32,
            -35,
            28,
            -16,
            21,
            -5);
    Area firstDorsalInterosseous =
        on(
            k,
            HandView.DORSAL,
            -19,
            -10,
            -22,
            -40,
            -26,
            -70,
            -32,
            -90,
            -42,
            -88,
            -50,
            -72,
            -48,
            -60,
            -38,
            -42,
            -28,
            -24);

    svg.regionPair("abductor-pollicis-brevis", Side.RIGHT, abductorPollicisBrevis, HandView.AXIS_X);
    svg.regionPair("flexor-pollicis-brevis", Side.RIGHT, flexorPollicisBrevis, HandView.AXIS_X);
    svg.regionPair("opponens-pollicis", Side.RIGHT, opponensPollicis, HandView.AXIS_X);
    svg.regionPair("adductor-pollicis", Side.RIGHT, adductorPollicis, HandView.AXIS_X);
    svg.regionPair(
        "abductor-digiti-minimi-hand", Side.RIGHT, abductorDigitiMinimi, HandView.AXIS_X);
    svg.regionPair(
        "first-dorsal-interosseous", Side.RIGHT, firstDorsalInterosseous, HandView.AXIS_X);
  }

  /** A smooth outline through hand-unit points, placed by {@code where} and clipped to the body. */
  private static Area on(RegionKit k, AffineTransform where, double... xy) {
    return k.clip(where.createTransformedShape(Curves.closed(xy)));
  }
}
