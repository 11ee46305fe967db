package app.myomap.ui;

import app.myomap.atlas.MuscleCatalogue;
import app.myomap.chart.MuscleWords;
import app.myomap.edit.OwnerCandidates;
import app.myomap.edit.OwnerCandidates.OwnerCandidate;
import app.myomap.edit.OwnerPlace;
import app.myomap.model.Chart;
import app.myomap.model.MarkId;
import app.myomap.model.TriggerPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Names the owner of a referral zone in words: "1 Upper trapezius (R), Posterior: upper fibres,
 * near C7" in lists and the inspector, "1 UT (R)" beside the brush ring.
 */
final class OwnerText {
  private final MuscleCatalogue muscles;
  private final OwnerCandidates candidates;

  OwnerText(MuscleCatalogue muscles, OwnerCandidates candidates) {
    this.muscles = muscles;
    this.candidates = candidates;
  }

  OwnerCandidates candidates() {
    return candidates;
  }

  /** The full label of a candidate: number, muscle, side, view and place. */
  String label(OwnerCandidate candidate) {
    TriggerPoint point = candidate.point();
    String muscle = muscleName(point);
    String place = place(candidate.place());
    return Messages.format(
        place.isEmpty() ? "OwnerText.label" : "OwnerText.labelWithPlace",
        candidate.number(),
        muscle,
        point.side().code(),
        Messages.get("view." + point.view().id()),
        place);
  }

  /** The label without view and place: number, muscle and side. */
  String brief(OwnerCandidate candidate) {
    TriggerPoint point = candidate.point();
    return Messages.format(
        "OwnerText.brief", candidate.number(), muscleName(point), point.side().code());
  }

  /** The short label beside the brush ring: number, abbreviation and side. */
  String shortLabel(OwnerCandidate candidate) {
    TriggerPoint point = candidate.point();
    String muscle = MuscleWords.abbreviation(muscles, point.muscle().id());
    return Messages.format("OwnerText.short", candidate.number(), muscle, point.side().code());
  }

  /** The label of the trigger point {@code owner} of {@code chart}, if it is one. */
  Optional<String> label(Chart chart, MarkId owner) {
    return candidate(chart, owner).map(this::label);
  }

  Optional<OwnerCandidate> candidate(Chart chart, MarkId owner) {
    return chart
        .find(owner)
        .filter(TriggerPoint.class::isInstance)
        .flatMap(point -> candidates.of(chart, (TriggerPoint) point));
  }

  private String muscleName(TriggerPoint point) {
    return MuscleWords.name(muscles, point.muscle().id());
  }

  /** "upper fibres, near C7", or less when the atlas says less. */
  static String place(OwnerPlace place) {
    List<String> words = new ArrayList<>();
    place.part().ifPresent(p -> words.add(Messages.get("OwnerText.part." + p.name())));
    place.landmark().ifPresent(l -> words.add(Messages.format("OwnerText.near", landmarkWords(l))));
    return String.join(", ", words);
  }

  /** "c7" reads C7, "asis.R" ASIS, "scapula-superior-angle.R" scapula superior angle. */
  static String landmarkWords(String landmark) {
    String name = landmark.replaceFirst("\\.[RL]$", "");
    if (name.matches("[ctls]\\d+|asis|aiis|psis")) {
      return name.toUpperCase(Locale.ROOT);
    }
    return name.replace('-', ' ');
  }
}
