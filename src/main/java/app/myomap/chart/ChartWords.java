package app.myomap.chart;

import app.myomap.model.BodyView;
import app.myomap.model.ReferralZone;
import app.myomap.model.ReferredSensation;
import app.myomap.model.SymptomArea;
import app.myomap.model.Zone;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The words a chart is drawn and described with, from the {@code ChartWords} bundle beside this
 * class: the views' names ({@code view.*}), the legend ({@code Legend.*}) and the zones' sensations
 * ({@code Sensation.*}), so the window, print and every export say the same.
 */
public final class ChartWords {
  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("app.myomap.chart.ChartWords");

  private ChartWords() {}

  /** Whether {@code key} is one of these words. */
  public static boolean has(String key) {
    return BUNDLE.containsKey(key);
  }

  /**
   * The text of {@code key}.
   *
   * @throws java.util.MissingResourceException if there is no such word
   */
  public static String get(String key) {
    return BUNDLE.getString(key);
  }

  /** The name of {@code view}, e.g. "Posterior". */
  public static String view(BodyView view) {
    return get("view." + view.id());
  }

  /** The legend's words as {@link PictureOptions#withLegend} takes them. */
  public static Function<String, String> legend() {
    return ChartWords::get;
  }

  /** The short name of a zone's sensation, e.g. "Burning". */
  public static String sensation(Zone zone) {
    return zone instanceof ReferralZone referral
        ? get("Sensation.referred." + referral.sensation().name())
        : get("Sensation.symptom." + ((SymptomArea) zone).sensation().name());
  }

  /**
   * The small label drawn on a zone: its sensation, except for a referral zone of plain pain, which
   * its red already says (as in the textbook charts).
   */
  public static String zoneLabel(Zone zone) {
    return zone instanceof ReferralZone referral && referral.sensation() == ReferredSensation.PAIN
        ? ""
        : sensation(zone);
  }
}
