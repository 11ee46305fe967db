package app.myomap.tools.atlas;

import static app.myomap.tools.atlas.RegionKit.minus;

import app.myomap.model.Side;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;

/**
 * The muscle regions of the foot view, authored on the right foot in foot units ({@link
 * FootShape}), placed on its sole or inner side and mirrored exactly for the left foot. Each muscle
 * lies on the one picture it is needled from: abductor hallucis from the inner side, the others
 * from the sole.
 */
final class FootRegions {

  private FootRegions() {}

  static void add(SvgView svg) {
    RegionKit k = new RegionKit(svg.silhouette());

    Area flexorDigitorumBrevis =
        on(
            k,
            FootView.PLANTAR,
            0,
            -34,
            13,
            -40,
            16,
            -80,
            19,
            -120,
            21,
            -156,
            8,
            -167,
            -10,
            -165,
            -25,
            -155,
            -24,
            -120,
            -20,
            -80,
            -14,
            -40);
    Area abductorDigitiMinimi =
        minus(
            on(
                k,
                FootView.PLANTAR,
                -21,
                -10,
                -32,
                -30,
                -36,
                -70,
                -42,
                -112,
                -49,
                -145,
                -52,
                -170,
                -41,
                -168,
                -33,
                -140,
                -27,
                -104,
                -22,
                -66,
                -17,
                -30),
            flexorDigitorumBrevis);
    Area quadratusPlantae =
        on(
            k,
            FootView.PLANTAR,
            0,
            -24,
            14,
            -32,
            17,
            -62,
            13,
            -92,
            0,
            -100,
            -15,
            -94,
            -20,
            -62,
            -16,
            -32);
    Area flexorHallucisBrevis =
        on(
            k,
            FootView.PLANTAR,
            19,
            -132,
            30,
            -138,
            41,
            -162,
            47,
            -186,
            36,
            -194,
            24,
            -182,
            17,
            -160);
    Area abductorHallucis =
        on(
            k,
            FootView.MEDIAL,
            52,
            -6,
            46,
            -20,
            28,
            -30,
            -4,
            -36,
            -34,
            -31,
            -70,
            -27,
            -108,
            -22,
            -134,
            -16,
            -146,
            -8,
            -140,
            4,
            -100,
            4,
            -40,
            4,
            20,
            4,
            46,
            4);

    svg.regionPair("abductor-hallucis", Side.RIGHT, abductorHallucis, FootView.AXIS_X);
    svg.regionPair("flexor-digitorum-brevis", Side.RIGHT, flexorDigitorumBrevis, FootView.AXIS_X);
    svg.regionPair("quadratus-plantae", Side.RIGHT, quadratusPlantae, FootView.AXIS_X);
    svg.regionPair(
        "abductor-digiti-minimi-foot", Side.RIGHT, abductorDigitiMinimi, FootView.AXIS_X);
    svg.regionPair("flexor-hallucis-brevis", Side.RIGHT, flexorHallucisBrevis, FootView.AXIS_X);
  }

  /** A smooth outline through foot-unit points, placed by {@code where} and clipped to the body. */
  private static Area on(RegionKit k, AffineTransform where, double... xy) {
    return k.clip(where.createTransformedShape(Curves.closed(xy)));
  }
}
