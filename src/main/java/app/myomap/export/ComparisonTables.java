package app.myomap.export;

import app.myomap.atlas.Atlas;
import app.myomap.chart.ChartWords;
import app.myomap.compare.ChangeLabel;
import app.myomap.compare.ChartCounts;
import app.myomap.compare.ExtentChange;
import app.myomap.compare.PointFate;
import app.myomap.compare.PointMatch;
import app.myomap.compare.VisitComparison;
import app.myomap.compare.WpiResult;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TwitchPresence;
import app.myomap.session.ComparedVisits;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * The tables of a comparison of two visits: the measures of both visits with their change (extent
 * in percentage points labelled against the smallest detectable change, the Widespread Pain Index,
 * the counts of findings) followed by the location agreement; and every trigger point with what
 * became of it and its state at each visit.
 */
final class ComparisonTables {
  /** The order fates are listed in: what changed first, what stayed the same last. */
  private static final List<PointFate> FATE_ORDER =
      List.of(PointFate.NEW, PointFate.RESOLVED, PointFate.CHANGED, PointFate.PERSISTING);

  private final ReportStyle style;
  private final ReportDates dates;
  private final ComparedVisits compared;

  ComparisonTables(ReportStyle style, ReportDates dates, ComparedVisits compared) {
    this.style = style;
    this.dates = dates;
    this.compared = compared;
  }

  /** The measures table, then a note on the smallest detectable change and the agreement. */
  ReportSection measures() {
    return flow -> {
      Locale locale = flow.settings().locale();
      VisitComparison c = compared.comparison();
      List<ReportTable.Row> rows = new ArrayList<>();
      rows.add(extent("Compare.measure.painted", c.paintedChange(), locale));
      rows.add(extent("Compare.measure.referral", c.referralChange(), locale));
      rows.add(extent("Compare.measure.symptom", c.symptomChange(), locale));
      rows.add(count("Compare.measure.wpi", score(c.earlierWpi()), score(c.laterWpi())));
      rows.add(count("Compare.measure.active", c, ChartCounts::active));
      rows.add(count("Compare.measure.latent", c, ChartCounts::latent));
      rows.add(count("Compare.measure.twitch", c, ChartCounts::withTwitch));
      rows.add(count("Compare.measure.twitchTotal", c, ChartCounts::twitchTotal));
      rows.add(count("Compare.measure.muscles", c, ChartCounts::muscleSides));
      rows.add(count("Compare.measure.needled", c, ChartCounts::needled));
      new ReportTable(
              style,
              ExportWords.get("Compare.measures"),
              List.of(
                  new ReportTable.Column(ExportWords.get("Compare.column.measure"), 2.4),
                  new ReportTable.Column(
                      ExportWords.format(
                          "Compare.column.earlier",
                          dates.date(compared.earlier().visit().startedAt())),
                      1.15),
                  new ReportTable.Column(
                      ExportWords.format(
                          "Compare.column.later", dates.date(compared.later().visit().startedAt())),
                      1.15),
                  new ReportTable.Column(ExportWords.get("Compare.column.change"), 2.3)),
              rows,
              "")
          .layOut(flow);
      String agreement =
          c.locationAgreement()
              .map(
                  a ->
                      ExportWords.format(
                          "Compare.jaccard", String.format(Locale.ROOT, "%.2f", a.overall())))
              .orElse(ExportWords.get("Compare.jaccardOtherAtlas"));
      String sdc =
          ExportWords.format(
              "Compare.sdc", String.format(locale, "%.1f", c.smallestDetectableChange()));
      List<String> agreementLines = ReportStyle.wrap(style.bodyBold, agreement, flow.widthPt());
      List<String> sdcLines = ReportStyle.wrap(style.small, sdc, flow.widthPt());
      double top = 5;
      double agreementHeight = agreementLines.size() * ReportStyle.lineHeight(style.bodyBold);
      flow.place(
          top + agreementHeight + 3 + sdcLines.size() * ReportStyle.lineHeight(style.small),
          (g, w) -> {
            ReportStyle.lines(g, style.bodyBold, ReportStyle.INK, agreementLines, 0, top);
            ReportStyle.lines(
                g, style.small, ReportStyle.MUTED, sdcLines, 0, top + agreementHeight + 3);
          });
    };
  }

  /** Every trigger point of either visit, new and resolved first, with its state at each. */
  ReportTable fates() {
    Atlas earlierAtlas = compared.earlier().atlas();
    Atlas laterAtlas = compared.later().atlas();
    record Fated(PointFate fate, TriggerPoint earlier, TriggerPoint later, String muscle) {}
    List<Fated> fated = new ArrayList<>();
    var points = compared.comparison().points();
    for (PointMatch match : points.matched()) {
      fated.add(
          new Fated(
              match.changed() ? PointFate.CHANGED : PointFate.PERSISTING,
              match.earlier(),
              match.later(),
              FindingsTables.muscle(laterAtlas, match.later())));
    }
    for (TriggerPoint p : points.resolved()) {
      fated.add(new Fated(PointFate.RESOLVED, p, null, FindingsTables.muscle(earlierAtlas, p)));
    }
    for (TriggerPoint p : points.added()) {
      fated.add(new Fated(PointFate.NEW, null, p, FindingsTables.muscle(laterAtlas, p)));
    }
    fated.sort(
        Comparator.comparingInt((Fated f) -> FATE_ORDER.indexOf(f.fate()))
            .thenComparing(Fated::muscle));
    List<ReportTable.Row> rows = new ArrayList<>();
    for (Fated f : fated) {
      TriggerPoint shown = f.later() != null ? f.later() : f.earlier();
      rows.add(
          new ReportTable.Row(
              List.of(
                  f.muscle(),
                  ExportWords.get("Report.side." + shown.side().name()),
                  ChartWords.view(shown.view()),
                  ExportWords.get("Compare.fate." + f.fate().name()),
                  state(f.earlier()),
                  state(f.later())),
              ""));
    }
    return new ReportTable(
        style,
        ExportWords.get("Compare.fates"),
        List.of(
            column("Report.column.muscle", 2.2),
            column("Report.column.side", 0.7),
            column("Report.column.view", 1.0),
            column("Compare.column.fate", 1.1),
            new ReportTable.Column(
                ExportWords.format(
                    "Compare.column.earlier", dates.date(compared.earlier().visit().startedAt())),
                1.8),
            new ReportTable.Column(
                ExportWords.format(
                    "Compare.column.later", dates.date(compared.later().visit().startedAt())),
                1.8)),
        rows,
        ExportWords.get("Compare.fates.none"));
  }

  /**
   * A trigger point's state at one visit: status (saying so when carried forward and not
   * re-examined), twitch response, needled; a dash if absent.
   */
  private static String state(TriggerPoint point) {
    if (point == null) {
      return ExportWords.get("Report.none");
    }
    String status = ExportWords.get("Report.status." + point.status());
    StringBuilder text =
        new StringBuilder(
            point.awaitsReexamination()
                ? ExportWords.format("Report.status.carried", status)
                : status);
    if (point.twitch().presence() == TwitchPresence.PRESENT) {
      text.append(", ")
          .append(
              point.twitch().count() > 0
                  ? ExportWords.format("Report.twitch.count", point.twitch().count())
                  : ExportWords.get("Compare.state.twitch"));
    }
    if (point.needled()) {
      text.append(", ").append(ExportWords.get("Compare.state.needled"));
    }
    return text.toString();
  }

  private static ReportTable.Column column(String key, double weight) {
    return new ReportTable.Column(ExportWords.get(key), weight);
  }

  private static ReportTable.Row extent(String key, ExtentChange change, Locale locale) {
    double delta = Math.round(change.deltaPoints() * 10) / 10.0 + 0.0;
    return new ReportTable.Row(
        List.of(
            ExportWords.get(key),
            percent(change.earlierPercent(), locale),
            percent(change.laterPercent(), locale),
            ExportWords.format(
                "Compare.delta",
                String.format(locale, "%+.1f", delta),
                ExportWords.get(
                    change.label() == ChangeLabel.LIKELY_REAL
                        ? "Compare.likelyReal"
                        : "Compare.withinError"))),
        "");
  }

  private static ReportTable.Row count(
      String key, VisitComparison c, ToIntFunction<ChartCounts> of) {
    return count(
        key,
        Optional.of(of.applyAsInt(c.earlierCounts())),
        Optional.of(of.applyAsInt(c.laterCounts())));
  }

  private static ReportTable.Row count(
      String key, Optional<Integer> earlier, Optional<Integer> later) {
    String none = ExportWords.get("Report.none");
    String change =
        earlier.isPresent() && later.isPresent()
            ? String.format(Locale.ROOT, "%+d", later.get() - earlier.get())
            : none;
    return new ReportTable.Row(
        List.of(
            ExportWords.get(key),
            earlier.map(String::valueOf).orElse(none),
            later.map(String::valueOf).orElse(none),
            change),
        "");
  }

  private static Optional<Integer> score(Optional<WpiResult> wpi) {
    return wpi.map(WpiResult::score);
  }

  private static String percent(double value, Locale locale) {
    return String.format(locale, "%.1f %%", value);
  }
}
