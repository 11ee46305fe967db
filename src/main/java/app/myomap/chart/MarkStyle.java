package app.myomap.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;

/**
 * The look of every chart mark, prepared once: colours, strokes, fonts and sizes in pixels. The
 * same style serves screen, print and export, and it does not follow the UI theme, so a printed
 * chart never changes with dark mode. Shapes differ as well as colours, so greyscale prints still
 * tell active from latent trigger points.
 */
public final class MarkStyle {
  /** Half the width of a trigger-point X, in pixels at a mark scale of 1. */
  public final float crossHalfPx;

  public final Color activeColor = new Color(0xB7, 0x1C, 0x1C);
  public final Color latentColor = new Color(0x1F, 0x4E, 0x79);
  public final Color haloColor = new Color(255, 255, 255, 230);
  public final Color selectionColor = new Color(0x19, 0x76, 0xD2);
  public final Color hoverColor = new Color(0x19, 0x76, 0xD2, 110);
  public final Color badgeFill = new Color(0x21, 0x21, 0x21);
  public final Color badgeText = Color.WHITE;
  public final Color labelText = new Color(0x21, 0x21, 0x21);
  public final Color labelBackground = new Color(255, 255, 255, 215);
  public final Color noteFill = new Color(0xFF, 0xF1, 0x76);
  public final Color noteStroke = new Color(0x5D, 0x4A, 0x00);

  public final Stroke activeCross;
  public final Stroke latentCross;
  public final Stroke latentRing;
  public final Stroke halo;
  public final Stroke selectionRing;
  public final Stroke thin;
  public final Font badgeFont;
  public final Font labelFont;

  /** The standard style for the screen; {@code markScale} enlarges everything (print, export). */
  public MarkStyle(float markScale) {
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
  }

  public static MarkStyle screen() {
    return new MarkStyle(1f);
  }
}
