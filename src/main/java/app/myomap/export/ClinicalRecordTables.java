package app.myomap.export;

import app.myomap.atlas.Atlas;
import app.myomap.chart.MuscleWords;
import app.myomap.model.TriggerPoint;
import app.myomap.model.record.AdverseEvent;
import app.myomap.model.record.AfterCare;
import app.myomap.model.record.Amendment;
import app.myomap.model.record.Consent;
import app.myomap.model.record.IntakeAnswers;
import app.myomap.model.record.NeedlingEntry;
import app.myomap.model.record.RecordSection;
import app.myomap.model.record.Retest;
import app.myomap.model.record.Screening;
import app.myomap.model.record.ScreeningCategory;
import app.myomap.model.record.Signature;
import app.myomap.model.record.SigningState;
import app.myomap.model.record.SinceLastVisit;
import app.myomap.model.record.StoredEntry;
import app.myomap.model.record.Subjective;
import app.myomap.model.record.VisitRecord;
import app.myomap.session.OpenedVisit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * A visit's clinical record as report tables: what the patient reported and answered, consent, the
 * needling of each point (with the twitch responses the chart holds), the re-test, adverse events,
 * after-care and plan, then every signature and addendum.
 */
final class ClinicalRecordTables {
  private final ReportStyle style;
  private final ReportDates dates;

  ClinicalRecordTables(ReportStyle style, ReportDates dates) {
    this.style = style;
    this.dates = dates;
  }

  /** The tables, or none for a visit with no record and no signature. */
  List<ReportSection> sections(OpenedVisit visit) {
    VisitRecord record = visit.record();
    if (record.isEmpty() && !visit.signing().signed()) {
      return List.of();
    }
    List<ReportSection> sections = new ArrayList<>();
    sections.add(summary(record));
    sections.add(needling(visit));
    sections.add(adverseEvents(record));
    sections.add(signatures(visit.signing()));
    return sections;
  }

  /**
   * "Asked 14 items; present: Anticoagulants (note); absolute, needled all the same: … (reason)",
   * or that nothing asked was present.
   */
  private static String screening(Screening screening) {
    List<String> present = new ArrayList<>();
    for (Screening.Answer answer : screening.answers()) {
      if (!answer.present()) {
        continue;
      }
      String item =
          answer.item().words() + (answer.note().isEmpty() ? "" : " (" + answer.note() + ")");
      if (answer.item().category() == ScreeningCategory.ABSOLUTE) {
        item =
            answer.overrideReason().isEmpty()
                ? ExportWords.format("Record.report.screeningBlocking", item)
                : ExportWords.format(
                    "Record.report.screeningOverridden", item, answer.overrideReason());
      }
      present.add(item);
    }
    return ExportWords.format("Record.report.screeningAsked", screening.answers().size())
        + "; "
        + (present.isEmpty()
            ? word("Record.report.screeningNonePresent")
            : ExportWords.format("Record.report.screeningPresent", String.join("; ", present)));
  }

  private ReportTable summary(VisitRecord record) {
    List<ReportTable.Row> rows = new ArrayList<>();
    record
        .single(Subjective.class)
        .ifPresent(
            s -> {
              add(rows, "Record.report.complaint", s.complaint());
              add(
                  rows,
                  "Record.report.factors",
                  s.factors().stream()
                          .map(f -> word("Record.factor." + f.name()))
                          .collect(Collectors.joining(", "))
                      + (s.otherFactor().isEmpty() ? "" : " (" + s.otherFactor() + ")"));
              add(
                  rows,
                  "Record.report.pain",
                  ExportWords.format(
                      "Record.report.painValues", rating(s.painNow()), rating(s.painWorst24h())));
            });
    record
        .single(IntakeAnswers.class)
        .ifPresent(
            a ->
                add(
                    rows,
                    "Record.report.intake",
                    ExportWords.format(
                        "Record.report.intakeValues",
                        word("Record.answer." + a.knotsReturnAfterMassage().name()),
                        word("Record.answer." + a.deepHardToReachPain().name()),
                        word("Record.answer." + a.stretchingHelpsLittle().name()),
                        word(
                            a.suggestsDryNeedling()
                                ? "Record.report.intakeSuggests"
                                : "Record.report.intakeNotSuggests"))));
    record
        .single(SinceLastVisit.class)
        .ifPresent(
            s ->
                add(
                    rows,
                    "Record.report.sinceLast",
                    (s.soreness()
                            ? ExportWords.format(
                                "Record.report.soreness",
                                rating(s.sorenessHours()),
                                rating(s.sorenessSeverity()))
                            : word("Record.report.noSoreness"))
                        + (s.otherReactions().isEmpty() ? "" : "; " + s.otherReactions())));
    record
        .single(Screening.class)
        .ifPresent(s -> add(rows, "Record.report.screening", screening(s)));
    record
        .single(Consent.class)
        .ifPresent(
            c ->
                add(
                    rows,
                    "Record.report.consent",
                    ExportWords.format(
                        "Record.report.consentValues",
                        word("Record.consent." + c.form().name()),
                        c.by() == Consent.ConsentGiver.GUARDIAN
                            ? c.guardianName()
                            : word("Record.consent.PATIENT"),
                        dates.dateTime(c.givenAt()),
                        c.risksDiscussed().isEmpty()
                            ? word("Report.none")
                            : String.join(", ", c.risksDiscussed()))));
    record
        .single(Retest.class)
        .ifPresent(
            r ->
                add(
                    rows,
                    "Record.report.retest",
                    ExportWords.format("Record.report.retestPain", rating(r.painNow()))
                        + (r.rangeOfMotion().isEmpty() ? "" : "; " + r.rangeOfMotion())
                        + (r.pressurePain().isEmpty() ? "" : "; " + r.pressurePain())));
    record
        .single(AfterCare.class)
        .ifPresent(
            a -> {
              add(
                  rows,
                  "Record.report.needles",
                  word(
                      a.needlesAccounted() ? "Record.report.counted" : "Record.report.notCounted"));
              add(rows, "Record.report.advice", a.advice());
              add(rows, "Record.report.next", a.nextAppointment());
              add(rows, "Record.report.exercises", a.homeExercises());
              add(rows, "Record.report.referral", a.referral());
            });
    return new ReportTable(
        style,
        word("Record.report.title"),
        List.of(column("item", 1.3), column("entry", 5)),
        rows,
        word("Record.report.empty"));
  }

  private ReportTable needling(OpenedVisit visit) {
    Atlas atlas = visit.atlas();
    List<ReportTable.Row> rows = new ArrayList<>();
    for (StoredEntry stored : visit.record().all(RecordSection.NEEDLING)) {
      NeedlingEntry entry = (NeedlingEntry) stored.entry();
      Optional<TriggerPoint> point =
          visit
              .chart()
              .find(entry.point())
              .filter(TriggerPoint.class::isInstance)
              .map(TriggerPoint.class::cast);
      String where =
          point
              .map(
                  tp ->
                      MuscleWords.name(atlas.muscles(), tp.muscle().id())
                          + ", "
                          + word("Report.side." + tp.side().name()))
              .orElse(word("Record.report.pointGone"));
      String twitch =
          point.map(tp -> FindingsTables.twitch(tp.twitch())).orElse(word("Report.none"));
      List<String> notes = new ArrayList<>();
      if (entry.stimulation().isPresent()) {
        notes.add(
            ExportWords.format(
                "Record.report.stimulation",
                number(entry.stimulation().frequencyHz()),
                entry.stimulation().pulseWidthMicros(),
                number(entry.stimulation().intensityMa())));
      }
      if (!entry.responses().isEmpty()) {
        notes.add(
            entry.responses().stream()
                .sorted()
                .map(r -> word("Record.response." + r.name()))
                .collect(Collectors.joining(", ")));
      }
      if (!entry.note().isEmpty()) {
        notes.add(entry.note());
      }
      rows.add(
          new ReportTable.Row(
              List.of(
                  where,
                  word("Record.technique." + entry.technique().name()),
                  String.format(
                      Locale.ROOT,
                      "%.2f × %s mm",
                      entry.needleDiameterMm(),
                      number(entry.needleLengthMm())),
                  entry.depthMm().isPresent()
                      ? number(entry.depthMm().getAsDouble()) + " mm"
                      : word("Report.none"),
                  Integer.toString(entry.insertions()),
                  entry.minutesInSitu().isPresent()
                      ? entry.minutesInSitu().getAsInt() + " min"
                      : word("Report.none"),
                  twitch),
              String.join(" · ", notes)));
    }
    return new ReportTable(
        style,
        word("Record.report.needling"),
        List.of(
            column("muscle", 2.3),
            column("technique", 1.6),
            column("needle", 1.5),
            column("depth", 0.8),
            column("insertions", 0.9),
            column("minutes", 0.9),
            column("twitch", 1.8)),
        rows,
        word("Record.report.noNeedling"));
  }

  private ReportTable adverseEvents(VisitRecord record) {
    List<ReportTable.Row> rows = new ArrayList<>();
    for (StoredEntry stored : record.all(RecordSection.ADVERSE_EVENT)) {
      AdverseEvent event = (AdverseEvent) stored.entry();
      rows.add(
          new ReportTable.Row(
              List.of(
                  word("Record.adverse.type." + event.type().name()),
                  word("Record.adverse.severity." + event.severity().name()),
                  event.actionTaken().isEmpty() ? word("Report.none") : event.actionTaken()),
              event.note()));
    }
    return new ReportTable(
        style,
        word("Record.report.adverse"),
        List.of(column("event", 2), column("severity", 1), column("action", 4)),
        rows,
        word("Record.report.noAdverse"));
  }

  private ReportTable signatures(SigningState signing) {
    List<ReportTable.Row> rows = new ArrayList<>();
    for (Signature signature : signing.signatures()) {
      if (signature.signsAddendum()) {
        Amendment amendment = signing.amendments().get(signature.n() - 1);
        rows.add(
            new ReportTable.Row(
                List.of(
                    ExportWords.format("Record.report.addendumOpened", signature.n()),
                    dates.dateTime(amendment.openedAt()),
                    amendment.author(),
                    word("Report.none")),
                ExportWords.format("Record.report.reason", amendment.reason())));
      }
      rows.add(
          new ReportTable.Row(
              List.of(
                  signature.signsAddendum()
                      ? ExportWords.format("Record.report.addendumSigned", signature.n())
                      : word("Record.report.visitSigned"),
                  dates.dateTime(signature.signedAt()),
                  signature.author(),
                  signature.shortHash()),
              ""));
    }
    signing
        .openAmendment()
        .ifPresent(
            open ->
                rows.add(
                    new ReportTable.Row(
                        List.of(
                            ExportWords.format("Record.report.addendumOpen", open.n()),
                            dates.dateTime(open.openedAt()),
                            open.author(),
                            word("Report.none")),
                        ExportWords.format("Record.report.reason", open.reason()))));
    return new ReportTable(
        style,
        word("Record.report.signatures"),
        List.of(
            column("signing", 2.2), column("when", 1.8), column("by", 1.8), column("hash", 1.3)),
        rows,
        word("Record.report.unsigned"));
  }

  private static void add(List<ReportTable.Row> rows, String key, String value) {
    if (!value.isBlank()) {
      rows.add(new ReportTable.Row(List.of(word(key), value), ""));
    }
  }

  private static String rating(OptionalInt value) {
    return value.isPresent() ? Integer.toString(value.getAsInt()) : word("Report.none");
  }

  private static String number(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
  }

  private static ReportTable.Column column(String name, double weight) {
    return new ReportTable.Column(word("Record.report.column." + name), weight);
  }

  private static String word(String key) {
    return ExportWords.get(key);
  }
}
