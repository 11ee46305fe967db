package app.myomap.chart;

import app.myomap.model.SymptomSensation;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.util.EnumMap;
import java.util.Map;

/**
 * The look of every chart mark, prepared once: colours, strokes, fonts and sizes in pixels. The
 * same style serves screen, print and export, and it does not follow the UI theme, so a printed
 * chart never changes with dark mode. Shapes differ as well as colours, so greyscale prints still
 * tell active from latent trigger points, essential (solid) from spillover (stippled) referral
 * zones, and the symptom areas by their pain-drawing symbols (aching ^, burning x, stabbing /, pins
 * and needles o, numbness =) as well as their colours (yellow, blue, red, green, grey).
 */
public final class MarkStyle {
  /** The opacity of a carried-forward mark not re-examined yet (1 is opaque). */
  public static final float CARRIED_OPACITY = 0.4f;

  /** How much larger than on the screen every mark is drawn: 1 on the screen, DPI / 96 on paper. */
  public final float markScale;

  /** Half the width of a trigger-point X, in pixels at a mark scale of 1. */
  public final float crossHalfPx;

  /** The paper a chart is printed on, which is also the body fill of the atlas drawings. */
  private static final Color PAPER = new Color(0xFB, 0xFA, 0xF8);

  /** How opaque a symptom area's fill is. */
  private static final int SYMPTOM_FILL_ALPHA = 228;

  public final Color activeColor;
  public final Color latentColor;
  public final Color haloColor = new Color(255, 255, 255, 230);
  public final Color selectionColor = new Color(0x19, 0x76, 0xD2);
  public final Color hoverColor = new Color(0x19, 0x76, 0xD2, 110);
  public final Color badgeFill = new Color(0x21, 0x21, 0x21);
  public final Color badgeText = Color.WHITE;
  public final Color labelText = new Color(0x21, 0x21, 0x21);
  public final Color labelBackground = new Color(255, 255, 255, 215);
  public final Color noteFill = new Color(0xFF, 0xF1, 0x76);
  public final Color noteStroke = new Color(0x5D, 0x4A, 0x00);

  public final Color essentialFill;
  public final Color essentialEdge;
  public final Color spilloverDots;
  public final Color spilloverTint;
  public final Color spilloverEdge;
  public final Color connectorColor;

  /** The one colour of every mark in an inked style; null in the standard style. */
  private final Color ink;

  private final Map<SymptomSensation, Color> symptomFills = new EnumMap<>(SymptomSensation.class);
  private final Map<SymptomSensation, Color> symptomInks = new EnumMap<>(SymptomSensation.class);

  public final Stroke activeCross;
  public final Stroke latentCross;
  public final Stroke latentRing;
  public final Stroke halo;
  public final Stroke selectionRing;
  public final Stroke thin;
  public final Font badgeFont;
  public final Font labelFont;

  /** The smaller font of a zone's sensation label. */
  public final Font zoneLabelFont;

  /** The edge of an essential zone and of a constant symptom area. */
  public final Stroke solidEdge;

  /** The edge of a spillover zone and of an intermittent symptom area. */
  public final Stroke dashedEdge;

  /** The lines of the pain-drawing symbols. */
  public final Stroke symbolStroke;

  /** The line from a trigger point to each of its referral zones. */
  public final Stroke connector;

  /** The connector, and the ring of a trigger point, when the other end is selected. */
  public final Stroke linked;

  /** The dot pitch of the spillover stipple aimed at, in pixels. */
  public final float dotPitchPx;

  /** The pitch of the symptom symbols aimed at, in pixels. */
  public final float symbolPitchPx;

  /** The standard style for the screen; {@code markScale} enlarges everything (print, export). */
  public MarkStyle(float markScale) {
    this(markScale, null);
  }

  private MarkStyle(float markScale, Color ink) {
    if (!(markScale > 0) || Float.isInfinite(markScale)) {
      throw new IllegalArgumentException("mark scale must be positive: " + markScale);
    }
    this.markScale = markScale;
    crossHalfPx = 6.5f * markScale;
    activeCross = new BasicStroke(3.2f * markScale, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    latentCross = new BasicStroke(1.6f * markScale, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    latentRing = new BasicStroke(1.4f * markScale);
    halo = new BasicStroke(6.5f * markScale, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    selectionRing =
        new BasicStroke(
            1.6f * markScale,
            BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_ROUND,
            10f,
            new float[] {4f * markScale, 3f * markScale},
            0f);
    thin = new BasicStroke(1f * markScale);
    badgeFont = new Font(Font.SANS_SERIF, Font.BOLD, Math.round(10 * markScale));
    labelFont = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(11 * markScale));
    zoneLabelFont = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(9 * markScale));
    // An inked chart lies beneath another: its edges are dashed, so a grey print tells them apart.
    solidEdge =
        ink == null
            ? new BasicStroke(1.2f * markScale, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
            : new BasicStroke(
                1.4f * markScale,
                BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_ROUND,
                10f,
                new float[] {7f * markScale, 4f * markScale},
                0f);
    dashedEdge =
        new BasicStroke(
            1.1f * markScale,
            BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_ROUND,
            10f,
            new float[] {4f * markScale, 3f * markScale},
            0f);
    symbolStroke = new BasicStroke(1.1f * markScale, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    connector =
        new BasicStroke(
            1f * markScale,
            BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_ROUND,
            10f,
            new float[] {3f * markScale, 3f * markScale},
            0f);
    linked = new BasicStroke(1.6f * markScale, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    dotPitchPx = 5f * markScale;
    symbolPitchPx = 11f * markScale;
    this.ink = ink;
    if (ink == null) {
      activeColor = new Color(0xB7, 0x1C, 0x1C);
      latentColor = new Color(0x1F, 0x4E, 0x79);
      essentialFill = new Color(0xD3, 0x2F, 0x2F, 140);
      essentialEdge = new Color(0x8E, 0x1B, 0x1B, 230);
      spilloverDots = new Color(0xD3, 0x2F, 0x2F, 235);
      spilloverTint = new Color(0xD3, 0x2F, 0x2F, 26);
      spilloverEdge = new Color(0xD3, 0x2F, 0x2F, 220);
      connectorColor = new Color(0x42, 0x42, 0x42, 200);
      symptom(SymptomSensation.ACHING, 0xFDD835, 0x9A5B00);
      symptom(SymptomSensation.BURNING, 0x64B5F6, 0x0D47A1);
      symptom(SymptomSensation.STABBING, 0xEF9A9A, 0xB71C1C);
      symptom(SymptomSensation.PINS_AND_NEEDLES, 0x81C784, 0x1B5E20);
      symptom(SymptomSensation.NUMBNESS, 0xBDBDBD, 0x212121);
    } else {
      activeColor = ink;
      latentColor = ink;
      essentialFill = alpha(ink, 70);
      essentialEdge = ink;
      spilloverDots = alpha(ink, 200);
      spilloverTint = alpha(ink, 18);
      spilloverEdge = ink;
      connectorColor = alpha(ink, 150);
      for (SymptomSensation sensation : SymptomSensation.values()) {
        symptomFills.put(sensation, alpha(ink, 60));
        symptomInks.put(sensation, ink);
      }
    }
  }

  /**
   * A style that draws every mark in {@code ink} and every solid edge dashed, for a chart shown
   * beneath another one: it differs from the standard style in colour and, printed in grey, in its
   * lines. The marks keep their shapes and patterns (active X, latent ring, stipple, symbols).
   */
  public static MarkStyle inked(float markScale, Color ink) {
    return new MarkStyle(markScale, java.util.Objects.requireNonNull(ink, "ink"));
  }

  /** The same kind of style (standard or inked in the same colour) at another mark scale. */
  public MarkStyle withMarkScale(float scale) {
    return new MarkStyle(scale, ink);
  }

  private static Color alpha(Color colour, int alpha) {
    return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
  }

  /** The light fill of a symptom area of this sensation. */
  public Color symptomFill(SymptomSensation sensation) {
    return symptomFills.get(sensation);
  }

  /** The dark colour of the symbols and edge of a symptom area of this sensation. */
  public Color symptomInk(SymptomSensation sensation) {
    return symptomInks.get(sensation);
  }

  /**
   * A sensation's light fill is its colour washed over the paper (a third of it), then laid down
   * nearly opaque: on the body it looks as a thin wash, and where a pain drawing reaches past the
   * body onto a dark canvas it stays the same light colour instead of turning muddy, while the
   * body's lines still show faintly through.
   */
  private void symptom(SymptomSensation sensation, int fillRgb, int inkRgb) {
    Color colour = new Color(fillRgb);
    double wash = 90 / 255.0;
    symptomFills.put(
        sensation,
        new Color(
            mix(colour.getRed(), PAPER.getRed(), wash),
            mix(colour.getGreen(), PAPER.getGreen(), wash),
            mix(colour.getBlue(), PAPER.getBlue(), wash),
            SYMPTOM_FILL_ALPHA));
    symptomInks.put(sensation, new Color(inkRgb));
  }

  private static int mix(int top, int ground, double share) {
    return (int) Math.round(top * share + ground * (1 - share));
  }

  public static MarkStyle screen() {
    return new MarkStyle(1f);
  }
}
