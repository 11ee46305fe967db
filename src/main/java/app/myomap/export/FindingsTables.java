package app.myomap.export;

import app.myomap.atlas.Atlas;
import app.myomap.chart.ChartWords;
import app.myomap.chart.MuscleWords;
import app.myomap.model.Chart;
import app.myomap.model.MarkId;
import app.myomap.model.NotePin;
import app.myomap.model.PainIntensity;
import app.myomap.model.PressurePainThreshold;
import app.myomap.model.ReferralZone;
import app.myomap.model.SymptomArea;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TwitchDetection;
import app.myomap.model.TwitchPresence;
import app.myomap.model.TwitchResponse;
import app.myomap.session.OpenedVisit;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The findings of a visit as report tables: every trigger point with its examination, the referral
 * zones with the muscle of the point they belong to, the patient's symptom areas, and the notes
 * pinned to the chart; each with its sensation and intensity where it has them.
 */
final class FindingsTables {
  private final ReportStyle style;

  FindingsTables(ReportStyle style) {
    this.style = style;
  }

  /** The tables in report order: trigger points, referral zones, symptom areas, notes. */
  List<ReportSection> sections(OpenedVisit visit) {
    Chart chart = visit.chart();
    Atlas atlas = visit.atlas();
    List<ReportSection> sections = new ArrayList<>();
    sections.add(triggerPoints(chart, atlas));
    sections.add(referralZones(chart, atlas));
    sections.add(symptomAreas(chart));
    if (!chart.notePins().isEmpty()) {
      sections.add(notePins(chart));
    }
    return sections;
  }

  private ReportTable triggerPoints(Chart chart, Atlas atlas) {
    List<ReportTable.Row> rows = new ArrayList<>();
    for (TriggerPoint tp : chart.triggerPoints()) {
      rows.add(
          new ReportTable.Row(
              List.of(
                  muscle(atlas, tp),
                  word("Report.side." + tp.side().name()),
                  ChartWords.view(tp.view()),
                  tp.awaitsReexamination()
                      ? ExportWords.format(
                          "Report.status.carried", word("Report.status." + tp.status().name()))
                      : word("Report.status." + tp.status().name()),
                  tp.criteria().isEmpty()
                      ? word("Report.none")
                      : tp.criteria().stream()
                          .map(c -> word("Report.criterion." + c.name()))
                          .collect(Collectors.joining(", ")),
                  twitch(tp.twitch()),
                  tp.pressurePainThreshold()
                      .map(FindingsTables::threshold)
                      .orElse(word("Report.none")),
                  word(tp.needled() ? "Report.yes" : "Report.no")),
              tp.note()));
    }
    return new ReportTable(
        style,
        word("Report.triggerPoints"),
        List.of(
            column("muscle", 2.0),
            column("side", 0.75),
            column("view", 1.2),
            column("status", 1.55),
            column("criteria", 1.95),
            column("twitch", 2.05),
            column("threshold", 1.3),
            column("needled", 1.1)),
        rows,
        word("Report.empty.triggerPoints"));
  }

  private ReportTable referralZones(Chart chart, Atlas atlas) {
    Map<MarkId, TriggerPoint> points = new HashMap<>();
    for (TriggerPoint tp : chart.triggerPoints()) {
      points.put(tp.id(), tp);
    }
    List<ReportTable.Row> rows = new ArrayList<>();
    for (ReferralZone zone : chart.referralZones()) {
      String owner =
          zone.owner()
              .map(points::get)
              .map(tp -> muscle(atlas, tp) + ", " + word("Report.side." + tp.side().name()))
              .orElse(word("Report.unowned"));
      rows.add(
          new ReportTable.Row(
              List.of(
                  owner,
                  ChartWords.view(zone.view()),
                  word("Report.referralKind." + zone.referralKind().name()),
                  ChartWords.sensation(zone),
                  intensity(zone.intensity())),
              ""));
    }
    return new ReportTable(
        style,
        word("Report.referralZones"),
        List.of(
            column("owner", 3.2),
            column("view", 1.4),
            column("kind", 1.3),
            column("sensation", 1.6),
            column("intensity", 1.1)),
        rows,
        word("Report.empty.referralZones"));
  }

  private ReportTable symptomAreas(Chart chart) {
    List<ReportTable.Row> rows = new ArrayList<>();
    for (SymptomArea area : chart.symptomAreas()) {
      rows.add(
          new ReportTable.Row(
              List.of(
                  ChartWords.view(area.view()),
                  ChartWords.sensation(area),
                  intensity(area.intensity()),
                  word("Report.constancy." + area.constancy().name())),
              ""));
    }
    return new ReportTable(
        style,
        word("Report.symptomAreas"),
        List.of(
            column("view", 1.4),
            column("sensation", 1.6),
            column("intensity", 1.1),
            column("constancy", 1.3)),
        rows,
        word("Report.empty.symptomAreas"));
  }

  private ReportTable notePins(Chart chart) {
    List<ReportTable.Row> rows = new ArrayList<>();
    for (NotePin pin : chart.notePins()) {
      rows.add(new ReportTable.Row(List.of(ChartWords.view(pin.view()), pin.text()), ""));
    }
    return new ReportTable(
        style,
        word("Report.notePins"),
        List.of(column("view", 1.4), column("text", 7.2)),
        rows,
        "");
  }

  /** The name of {@code tp}'s muscle in {@code atlas}'s catalogue, else its id. */
  static String muscle(Atlas atlas, TriggerPoint tp) {
    return MuscleWords.name(atlas.muscles(), tp.muscle().id());
  }

  /** The twitch response in words, e.g. "Present, 3 twitches, strong (visible, palpable)". */
  static String twitch(TwitchResponse twitch) {
    if (twitch.presence() != TwitchPresence.PRESENT) {
      return word("Report.twitch." + twitch.presence().name());
    }
    StringBuilder text = new StringBuilder(word("Report.twitch.PRESENT"));
    if (twitch.count() > 0) {
      text.append(", ").append(ExportWords.format("Report.twitch.count", twitch.count()));
    }
    twitch.strength().ifPresent(s -> text.append(", ").append(word("Report.strength." + s.name())));
    if (!twitch.detectedBy().isEmpty()) {
      text.append(" (")
          .append(
              twitch.detectedBy().stream()
                  .sorted()
                  .map(TwitchDetection::name)
                  .map(name -> word("Report.detection." + name))
                  .collect(Collectors.joining(", ")))
          .append(')');
    }
    return text.toString();
  }

  static String threshold(PressurePainThreshold threshold) {
    DecimalFormat number =
        new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
    return number.format(threshold.value()) + " " + threshold.unit().symbol();
  }

  private static String intensity(Optional<PainIntensity> intensity) {
    return intensity.map(PainIntensity::toString).orElse(word("Report.none"));
  }

  private static ReportTable.Column column(String name, double weight) {
    return new ReportTable.Column(word("Report.column." + name), weight);
  }

  private static String word(String key) {
    return ExportWords.get(key);
  }
}
