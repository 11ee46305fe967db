package app.myomap.ui;

import app.myomap.chart.ChartWords;
import app.myomap.model.Chart;
import app.myomap.model.Mark;
import app.myomap.model.NotePin;
import app.myomap.model.PainIntensity;
import app.myomap.model.ReferralZone;
import app.myomap.model.SymptomArea;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TwitchPresence;
import app.myomap.model.Zone;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Says in words what a mark on the chart is, for the canvas tooltip: a trigger point's muscle,
 * side, status and twitch response, a zone's kind, sensation and intensity (and a referral zone's
 * trigger point), a note pin's text; and the small sensation label drawn on a zone.
 */
public final class MarkDescriptions {
  private final Function<String, String> muscleName;

  /** Descriptions naming muscles by {@code muscleName} (catalogue id to display name). */
  public MarkDescriptions(Function<String, String> muscleName) {
    this.muscleName = muscleName;
  }

  /**
   * The one-line description of {@code mark}, with the marks it links to found in {@code chart}.
   */
  public String describe(Mark mark, Chart chart) {
    if (mark instanceof TriggerPoint tp) {
      return point(tp);
    }
    if (mark instanceof ReferralZone zone) {
      List<String> parts = new ArrayList<>();
      parts.add(
          Messages.format(
              "MarkDescriptions.referralZone." + zone.referralKind().name(), sensation(zone)));
      intensity(zone.intensity()).ifPresent(parts::add);
      zone.owner()
          .flatMap(chart::find)
          .filter(TriggerPoint.class::isInstance)
          .map(owner -> Messages.format("MarkDescriptions.from", muscle((TriggerPoint) owner)))
          .ifPresent(parts::add);
      return String.join(" \u00b7 ", parts);
    }
    if (mark instanceof SymptomArea area) {
      List<String> parts = new ArrayList<>();
      parts.add(Messages.format("MarkDescriptions.symptomArea", sensation(area)));
      parts.add(Messages.get("ZonePalette.constancy." + area.constancy().name()).toLowerCase());
      intensity(area.intensity()).ifPresent(parts::add);
      return String.join(" \u00b7 ", parts);
    }
    return Messages.format("MarkDescriptions.note", ((NotePin) mark).text());
  }

  /**
   * The small label drawn on a zone: its sensation, except for a referral zone of plain pain, which
   * its red already says (as in the textbook charts).
   */
  public String chartLabel(Zone zone) {
    return ChartWords.zoneLabel(zone);
  }

  /** The short name of a zone's sensation, e.g. "Burning". */
  public String sensation(Zone zone) {
    return ChartWords.sensation(zone);
  }

  private String point(TriggerPoint tp) {
    List<String> parts = new ArrayList<>();
    parts.add(muscle(tp));
    parts.add(Messages.get("MarkDescriptions.status." + tp.status().name()));
    if (tp.twitch().presence() == TwitchPresence.PRESENT) {
      parts.add(Messages.format("MarkDescriptions.twitch", tp.twitch().count()));
    } else if (tp.twitch().presence() == TwitchPresence.ABSENT) {
      parts.add(Messages.get("MarkDescriptions.noTwitch"));
    }
    return String.join(" \u00b7 ", parts);
  }

  private String muscle(TriggerPoint tp) {
    return Messages.format(
        "MarkDescriptions.muscle",
        muscleName.apply(tp.muscle().id()),
        Messages.get("Inspector.sideWord." + tp.side().name()));
  }

  private static Optional<String> intensity(Optional<PainIntensity> intensity) {
    return intensity.map(i -> Messages.format("MarkDescriptions.intensity", i.toString()));
  }
}
