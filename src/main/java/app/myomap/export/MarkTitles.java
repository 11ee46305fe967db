package app.myomap.export;

import app.myomap.atlas.Atlas;
import app.myomap.chart.ChartWords;
import app.myomap.chart.MuscleWords;
import app.myomap.model.Chart;
import app.myomap.model.Mark;
import app.myomap.model.NotePin;
import app.myomap.model.PainIntensity;
import app.myomap.model.ReferralZone;
import app.myomap.model.SymptomArea;
import app.myomap.model.TriggerPoint;
import app.myomap.model.Zone;
import java.util.Optional;

/**
 * The title an exported vector picture gives each mark, for a reader hovering it or a screen
 * reader: a trigger point's muscle (its full name from the atlas), side and status; a zone's kind,
 * sensation and intensity, and for a referral zone the trigger point it belongs to; a note pin's
 * text.
 */
final class MarkTitles {
  private final Atlas atlas;
  private final Chart chart;

  MarkTitles(Atlas atlas, Chart chart) {
    this.atlas = atlas;
    this.chart = chart;
  }

  String of(Mark mark) {
    if (mark instanceof TriggerPoint tp) {
      return triggerPoint(tp);
    }
    if (mark instanceof NotePin pin) {
      return ExportWords.format("Picture.notePin", pin.text());
    }
    Zone zone = (Zone) mark;
    String kind =
        zone instanceof ReferralZone referral
            ? ExportWords.get("Picture.referralZone." + referral.referralKind().name())
            : ExportWords.get("Picture.symptomArea." + ((SymptomArea) zone).constancy().name());
    Optional<PainIntensity> intensity =
        zone instanceof ReferralZone referral
            ? referral.intensity()
            : ((SymptomArea) zone).intensity();
    String title =
        intensity
            .map(
                i ->
                    ExportWords.format(
                        "Picture.zone.intensity", kind, ChartWords.sensation(zone), i.toString()))
            .orElseGet(() -> ExportWords.format("Picture.zone", kind, ChartWords.sensation(zone)));
    if (zone instanceof ReferralZone referral && referral.owner().isPresent()) {
      Optional<Mark> owner = chart.find(referral.owner().get());
      if (owner.isPresent() && owner.get() instanceof TriggerPoint tp) {
        title += " " + ExportWords.format("Picture.referralZone.of", muscle(tp), side(tp));
      }
    }
    return title;
  }

  private String triggerPoint(TriggerPoint tp) {
    return ExportWords.format(
        "Picture.triggerPoint",
        muscle(tp),
        side(tp),
        ExportWords.get("Picture.status." + tp.status().name()));
  }

  private String muscle(TriggerPoint tp) {
    return MuscleWords.name(atlas.muscles(), tp.muscle().id());
  }

  private static String side(TriggerPoint tp) {
    return ExportWords.get("Picture.side." + tp.side().name());
  }
}
