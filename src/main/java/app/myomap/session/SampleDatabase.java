package app.myomap.session;

import app.myomap.atlas.Atlas;
import app.myomap.edit.ChartEditor;
import app.myomap.edit.ReferralBrush;
import app.myomap.edit.SymptomBrush;
import app.myomap.edit.ToolKind;
import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
import app.myomap.model.PainIntensity;
import app.myomap.model.Patient;
import app.myomap.model.PressurePainThreshold;
import app.myomap.model.PressureUnit;
import app.myomap.model.ReferralKind;
import app.myomap.model.ReferredSensation;
import app.myomap.model.Side;
import app.myomap.model.SymptomConstancy;
import app.myomap.model.SymptomSensation;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointCriterion;
import app.myomap.model.TriggerPointStatus;
import app.myomap.model.TwitchDetection;
import app.myomap.model.TwitchStrength;
import app.myomap.model.Visit;
import app.myomap.model.record.AfterCare;
import app.myomap.model.record.Consent;
import app.myomap.model.record.ContributingFactor;
import app.myomap.model.record.IntakeAnswer;
import app.myomap.model.record.IntakeAnswers;
import app.myomap.model.record.NeedlingEntry;
import app.myomap.model.record.NeedlingResponse;
import app.myomap.model.record.NeedlingTechnique;
import app.myomap.model.record.RecordEntry;
import app.myomap.model.record.Retest;
import app.myomap.model.record.SinceLastVisit;
import app.myomap.model.record.Subjective;
import app.myomap.store.ChartStore;
import app.myomap.store.Database;
import app.myomap.store.MetaStore;
import app.myomap.store.PatientStore;
import app.myomap.store.RecordStore;
import app.myomap.store.VisitStore;
import java.awt.geom.Point2D;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Writes the sample patient a new user can try everything on: record number {@value
 * #RECORD_NUMBER}, a right-sided tension-type headache charted over three weekly visits that get
 * better. Every mark is placed, examined and painted through the chart editor and committed through
 * the chart store as a practitioner's edits are, each with its author and a time in the visit, so
 * the history, undo labels and later comparisons behave as with real charts.
 */
public final class SampleDatabase {
  public static final String RECORD_NUMBER = "DEMO-001";
  public static final String PATIENT_NAME = "Sam Sample";
  public static final String PRACTITIONER = "Alex Morgan (sample)";

  /** Weeks before today of the three visits, oldest first. */
  private static final int[] WEEKS_AGO = {3, 2, 1};

  private final Database database;
  private final Atlas atlas;
  private final Instant now;

  /**
   * A sample written into {@code database} with marks charted on {@code atlas}; visits are dated
   * back from {@code now}.
   */
  public SampleDatabase(Database database, Atlas atlas, Instant now) {
    this.database = database;
    this.atlas = atlas;
    this.now = now;
  }

  /** Writes the sample patient with its three visits; returns the patient. */
  public Patient write() {
    Patient patient = Patient.create(PATIENT_NAME, LocalDate.of(1984, 3, 27), RECORD_NUMBER);
    Instant firstVisit = now.minus(Duration.ofDays(7L * WEEKS_AGO[0])).minus(Duration.ofHours(2));
    new PatientStore(database, Clock.fixed(firstVisit, ZoneOffset.UTC))
        .create(patient, PRACTITIONER);
    new MetaStore(database).setPractitioner(PRACTITIONER);
    for (int i = 0; i < WEEKS_AGO.length; i++) {
      Instant start = now.minus(Duration.ofDays(7L * WEEKS_AGO[i])).minus(Duration.ofHours(2));
      chartVisit(patient, start, i);
    }
    return patient;
  }

  private void chartVisit(Patient patient, Instant start, int week) {
    TickingClock clock = new TickingClock(start);
    Visit visit = Visit.start(patient.id(), atlas.version(), PRACTITIONER, clock);
    new VisitStore(database, clock).create(visit);
    ChartStore charts = new ChartStore(database, clock);
    ChartEditor editor =
        new ChartEditor(
            Chart.empty(),
            atlas.regions(),
            PRACTITIONER,
            (view, point) -> Optional.empty(),
            (view, point) -> Optional.empty());
    editor.addCommitListener(change -> charts.commit(visit.id(), change, PRACTITIONER));
    editor.setView(BodyView.POSTERIOR);

    MarkId trapezius = place(editor, between("c7", "acromion.R"), "upper-trapezius", Side.RIGHT);
    examine(editor, trapezius, week < 2, new int[] {3, 1, 0}[week], 2.1 + week * 0.6);
    if (week < 2) {
      paintReferral(
          editor,
          trapezius,
          week == 0 ? 7 : 4,
          point("mastoid.R", 4, 4),
          point("mastoid.R", 10, 20),
          between("c7", "acromion.R"));
    }

    if (week < 2) {
      MarkId levator = place(editor, point("scapula-superior-angle.R", -3, -7), null, Side.RIGHT);
      editor.updateTriggerPoint(
          levator, tp -> tp.withMuscle(new MuscleRef("levator-scapulae"), Side.RIGHT));
      examine(editor, levator, week == 0, week == 0 ? 2 : 0, 2.6);
      if (week == 0) {
        paintReferral(
            editor,
            levator,
            5,
            point("scapula-superior-angle.R", -8, 6),
            point("scapula-inferior-angle.R", -10, -10));
      }
    }

    MarkId infraspinatus =
        place(
            editor,
            offset(between("scapula-spine-root.R", "scapula-glenoid.R"), 0, 14),
            "infraspinatus",
            Side.RIGHT);
    examine(editor, infraspinatus, false, 0, 3.4);

    paintSymptom(
        editor,
        BodyView.POSTERIOR,
        new int[] {6, 4, 2}[week],
        8 - 2 * week,
        point("mastoid.R", 2, 8),
        point("c7", 12, 4),
        point("acromion.R", -16, 2));
    paintSymptom(
        editor,
        BodyView.HEAD_RIGHT,
        new int[] {5, 3, 1}[week],
        10 - 3 * week,
        headPoint("temple", 0, -6),
        headPoint("temple", -14, 6));
    writeRecord(visit, editor.chart(), week, clock);
  }

  /**
   * The visit's clinical record as the practitioner kept it: pain easing from week to week, the
   * intake answers at the first visit, soreness since the last needling, consent, a needling entry
   * per needled point, the re-test and after-care.
   */
  private void writeRecord(Visit visit, Chart chart, int week, Clock clock) {
    RecordStore records = new RecordStore(database, clock);
    List<RecordEntry> entries = new ArrayList<>();
    entries.add(
        new Subjective(
            "Right-sided neck pain into the temple after long days at the desk",
            EnumSet.of(ContributingFactor.PROLONGED_SITTING_OR_POSTURE, ContributingFactor.STRESS),
            "",
            OptionalInt.of(new int[] {7, 5, 3}[week]),
            OptionalInt.of(new int[] {9, 7, 4}[week])));
    if (week == 0) {
      entries.add(new IntakeAnswers(IntakeAnswer.YES, IntakeAnswer.YES, IntakeAnswer.SOMETIMES));
    } else {
      entries.add(
          new SinceLastVisit(
              week == 1,
              week == 1 ? OptionalInt.of(30) : OptionalInt.empty(),
              week == 1 ? OptionalInt.of(3) : OptionalInt.empty(),
              ""));
    }
    List<TriggerPoint> needled =
        chart.triggerPoints().stream().filter(TriggerPoint::needled).toList();
    if (!needled.isEmpty()) {
      entries.add(
          new Consent(
              Consent.ConsentForm.VERBAL,
              Consent.ConsentGiver.PATIENT,
              "",
              clock.instant(),
              List.of("Bruising", "Soreness after needling", "Fainting", "Pneumothorax")));
      for (TriggerPoint point : needled) {
        entries.add(
            new NeedlingEntry(
                point.id(),
                NeedlingTechnique.FAST_IN_FAST_OUT,
                0.25,
                40,
                OptionalDouble.of(15),
                4,
                OptionalInt.empty(),
                NeedlingEntry.OptionalStimulation.none(),
                EnumSet.of(
                    NeedlingResponse.FAMILIAR_PAIN_REPRODUCED, NeedlingResponse.WELL_TOLERATED),
                "Pincer grip, directed away from the lung"));
      }
      entries.add(new Retest(OptionalInt.of(new int[] {4, 3, 2}[week]), "", ""));
    }
    entries.add(
        new AfterCare(
            !needled.isEmpty(), AfterCare.DEFAULT_ADVICE, "In one week", "Chin tucks 3 × 10", ""));
    for (RecordEntry entry : entries) {
      records.add(visit.id(), entry, PRACTITIONER);
    }
  }

  private MarkId place(ChartEditor editor, Point2D at, String expectedMuscle, Side side) {
    editor.setTool(ToolKind.TRIGGER_POINT);
    editor.press(at, app.myomap.edit.Modifiers.NONE);
    editor.release(at, app.myomap.edit.Modifiers.NONE);
    TriggerPoint placed =
        editor.chart().triggerPoints().get(editor.chart().triggerPoints().size() - 1);
    if (expectedMuscle != null && !placed.muscle().id().equals(expectedMuscle)) {
      editor.updateTriggerPoint(
          placed.id(), tp -> tp.withMuscle(new MuscleRef(expectedMuscle), side));
    }
    return placed.id();
  }

  /** The examination of one point: criteria, threshold, needling and the twitch response. */
  private static void examine(
      ChartEditor editor, MarkId id, boolean active, int twitches, double thresholdKgPerCm2) {
    editor.updateTriggerPoint(
        id,
        tp ->
            tp.withStatus(active ? TriggerPointStatus.ACTIVE : TriggerPointStatus.LATENT)
                .withCriteria(
                    active
                        ? EnumSet.of(
                            TriggerPointCriterion.TAUT_BAND,
                            TriggerPointCriterion.TENDER_SPOT,
                            TriggerPointCriterion.RECOGNITION)
                        : EnumSet.of(
                            TriggerPointCriterion.TAUT_BAND, TriggerPointCriterion.TENDER_SPOT))
                .withPressurePainThreshold(
                    Optional.of(
                        new PressurePainThreshold(thresholdKgPerCm2, PressureUnit.KG_PER_CM2))));
    if (active) {
      editor.updateTriggerPoint(id, tp -> tp.withNeedled(true));
      editor.setTwitchCount(id, twitches);
      if (twitches > 0) {
        editor.updateTriggerPoint(
            id,
            tp ->
                tp.withTwitch(
                    tp.twitch()
                        .withStrength(
                            twitches > 2 ? TwitchStrength.STRONG : TwitchStrength.MODERATE)
                        .withDetectedBy(
                            EnumSet.of(TwitchDetection.VISIBLE, TwitchDetection.PALPABLE))));
      }
    }
  }

  private void paintReferral(ChartEditor editor, MarkId owner, int intensity, Point2D... path) {
    editor.select(List.of(owner));
    editor.setTool(ToolKind.REFERRAL_ZONE);
    editor
        .zones()
        .setReferralBrush(
            new ReferralBrush(
                ReferralKind.ESSENTIAL,
                ReferredSensation.DEEP_ACHE,
                Optional.of(PainIntensity.of(intensity))));
    editor.zones().setBrushRadius(7);
    stroke(editor, path);
    editor.clearSelection();
  }

  private void paintSymptom(
      ChartEditor editor, BodyView view, int intensity, double radius, Point2D... path) {
    editor.setView(view);
    editor.setTool(ToolKind.SYMPTOM_AREA);
    editor
        .zones()
        .setSymptomBrush(
            new SymptomBrush(
                SymptomSensation.ACHING,
                Optional.of(PainIntensity.of(intensity)),
                SymptomConstancy.INTERMITTENT));
    editor.zones().setBrushRadius(radius);
    stroke(editor, path);
    editor.setView(BodyView.POSTERIOR);
  }

  /** One brush stroke along {@code path}, with the pointer events a hand makes in between. */
  private static void stroke(ChartEditor editor, Point2D... path) {
    editor.press(path[0], app.myomap.edit.Modifiers.NONE);
    for (int i = 1; i < path.length; i++) {
      for (int step = 1; step <= 8; step++) {
        double t = step / 8.0;
        editor.drag(
            new Point2D.Double(
                path[i - 1].getX() + t * (path[i].getX() - path[i - 1].getX()),
                path[i - 1].getY() + t * (path[i].getY() - path[i - 1].getY())),
            app.myomap.edit.Modifiers.NONE);
      }
    }
    editor.release(path[path.length - 1], app.myomap.edit.Modifiers.NONE);
  }

  private Point2D between(String a, String b) {
    Point2D p = atlas.landmarks().point(BodyView.POSTERIOR, a);
    Point2D q = atlas.landmarks().point(BodyView.POSTERIOR, b);
    return new Point2D.Double((p.getX() + q.getX()) / 2, (p.getY() + q.getY()) / 2);
  }

  private Point2D point(String landmark, double dx, double dy) {
    return offset(atlas.landmarks().point(BodyView.POSTERIOR, landmark), dx, dy);
  }

  private Point2D headPoint(String landmark, double dx, double dy) {
    return offset(atlas.landmarks().point(BodyView.HEAD_RIGHT, landmark), dx, dy);
  }

  private static Point2D offset(Point2D p, double dx, double dy) {
    return new Point2D.Double(p.getX() + dx, p.getY() + dy);
  }

  /** A clock that moves on by half a minute at each reading: edits spread over the visit. */
  private static final class TickingClock extends Clock {
    private Instant next;

    TickingClock(Instant start) {
      this.next = start;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      Instant reading = next;
      next = next.plusSeconds(30);
      return reading;
    }
  }
}
