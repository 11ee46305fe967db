package app.myomap.bench;

import app.myomap.model.BodyView;
import app.myomap.model.ChartChange;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
import app.myomap.model.Patient;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import app.myomap.model.Visit;
import app.myomap.model.record.AdverseEvent;
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
import app.myomap.model.record.StoredEntry;
import app.myomap.model.record.Subjective;
import app.myomap.session.ClinicalRecord;
import app.myomap.store.ChartStore;
import app.myomap.store.Database;
import app.myomap.store.PatientStore;
import app.myomap.store.RecordStore;
import app.myomap.store.RecordVerifier;
import app.myomap.store.SignatureStore;
import app.myomap.store.VerifyReport;
import app.myomap.store.VisitStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The clinical record's figures: signing a visit of 200 marks with a full record, committing one
 * record entry, and the whole record check of a file of 10,000 signed visits.
 */
final class RecordBench {
  private static final String AUTHOR = "Bench Practitioner";
  private static final int MARKS = 200;
  private static final int NEEDLED = 20;
  private static final int SIGNED_VISITS = 10_000;

  private RecordBench() {}

  static void run() throws Exception {
    Path folder = Files.createTempDirectory("myomap-record-bench");
    try {
      signAndCommit(folder.resolve("sign.db"));
      verifySigned(folder.resolve("verify.db"));
    } finally {
      deleteTree(folder);
    }
  }

  private static void signAndCommit(Path file) throws Exception {
    try (Database database = Database.open(file)) {
      Patient patient = Patient.create("Pat Bench", LocalDate.of(1970, 1, 1), "B-1");
      new PatientStore(database).create(patient, AUTHOR);
      VisitStore visits = new VisitStore(database);
      ChartStore charts = new ChartStore(database);
      RecordStore records = new RecordStore(database);
      Random random = new Random(7);
      int rounds = 30;
      int warmUp = 5;
      double[] sign = new double[rounds - warmUp];
      for (int round = 0; round < rounds; round++) {
        String visitId = newVisit(visits, patient);
        List<TriggerPoint> points = new ArrayList<>();
        for (int edit = 0; edit < MARKS / 10; edit++) {
          Set<TriggerPoint> added = new HashSet<>();
          for (int i = 0; i < 10; i++) {
            TriggerPoint point = point(random, points.size() < NEEDLED);
            points.add(point);
            added.add(point);
          }
          charts.commit(visitId, new ChartChange(Set.copyOf(added), Set.of(), "add"), AUTHOR);
        }
        for (RecordEntry entry : fullRecord(points.subList(0, NEEDLED))) {
          records.add(visitId, entry, AUTHOR);
        }
        ClinicalRecord record = new ClinicalRecord(database, java.time.Clock.systemUTC(), visitId);
        long start = System.nanoTime();
        record.sign(null, AUTHOR);
        double millis = (System.nanoTime() - start) / 1e6;
        if (round >= warmUp) {
          sign[round - warmUp] = millis;
        }
      }
      System.out.println(
          "record: sign a visit of "
              + MARKS
              + " trigger points and a full record ("
              + (NEEDLED + 7)
              + " entries), with its audit row: "
              + new Stats(sign).describe("ms"));

      String open = newVisit(visits, patient);
      int commits = 300;
      List<TriggerPoint> needled = new ArrayList<>();
      for (int i = 0; i < commits / 2; i++) {
        needled.add(point(random, true));
      }
      charts.commit(open, new ChartChange(Set.copyOf(needled), Set.of(), "add"), AUTHOR);
      double[] commit = new double[commits - 50];
      StoredEntry retest = records.add(open, retest(0), AUTHOR);
      for (int i = 0; i < commits; i++) {
        long start = System.nanoTime();
        if (i % 2 == 0) {
          records.add(open, needling(needled.get(i / 2).id(), i), AUTHOR);
        } else {
          retest = records.revise(open, retest, retest(i), AUTHOR);
        }
        double millis = (System.nanoTime() - start) / 1e6;
        if (i >= 50) {
          commit[i - 50] = millis;
        }
      }
      System.out.println(
          "record: commit one record entry (a new needling entry, or a re-test revised), in its own"
              + " transaction: "
              + new Stats(commit).describe("ms"));
    }
  }

  private static void verifySigned(Path file) throws Exception {
    try (Database database = Database.open(file)) {
      long fillStart = System.nanoTime();
      fill(database);
      System.out.printf(
          Locale.ROOT,
          "record: filled %,d signed visits in %.1f s%n",
          SIGNED_VISITS,
          (System.nanoTime() - fillStart) / 1e9);
      RecordVerifier verifier = new RecordVerifier(database);
      long[] checked = new long[1];
      int[] reports = new int[1];
      Stats whole =
          Stats.timeMicros(
              1,
              3,
              () -> {
                reports[0] = 0;
                VerifyReport report = verifier.verifyAll(done -> reports[0]++);
                if (!report.clean()) {
                  throw new IllegalStateException("The bench database does not verify");
                }
                checked[0] = report.checked();
              });
      System.out.println(
          "record: whole check of a file of "
              + String.format(Locale.ROOT, "%,d", SIGNED_VISITS)
              + " signed visits ("
              + String.format(Locale.ROOT, "%,d", checked[0])
              + " chained changes, every signature's content hashed again, "
              + reports[0]
              + " progress reports): "
              + String.format(
                  Locale.ROOT,
                  "median %.2f s, p90 %.2f s",
                  whole.median() / 1e6,
                  whole.percentile(90) / 1e6));
    }
  }

  /** 10,000 visits of 100 patients, each with 5 trigger points and 4 record entries, signed. */
  private static void fill(Database database) {
    PatientStore patients = new PatientStore(database);
    VisitStore visits = new VisitStore(database);
    ChartStore charts = new ChartStore(database);
    RecordStore records = new RecordStore(database);
    SignatureStore signatures = new SignatureStore(database);
    Random random = new Random(11);
    Instant first = Instant.now().minus(Duration.ofDays(2_000));
    int batch = 500;
    List<Patient> created = new ArrayList<>();
    database.inTransaction(
        c -> {
          for (int p = 0; p < 100; p++) {
            Patient patient =
                Patient.create("Patient " + p, LocalDate.of(1950 + p % 50, 1 + p % 12, 1), "");
            patients.create(patient, AUTHOR);
            created.add(patient);
          }
          return null;
        });
    for (int from = 0; from < SIGNED_VISITS; from += batch) {
      int start = from;
      database.inTransaction(
          c -> {
            for (int v = start; v < start + batch; v++) {
              Visit visit =
                  new Visit(
                      UUID.randomUUID().toString(),
                      created.get(v % created.size()).id(),
                      first.plus(Duration.ofMinutes(v * 15L)),
                      "v1",
                      AUTHOR);
              visits.create(visit);
              TriggerPoint needledPoint = point(random, true);
              Set<TriggerPoint> added = new HashSet<>(Set.of(needledPoint));
              for (int i = 1; i < 5; i++) {
                added.add(point(random, false));
              }
              charts.commit(
                  visit.id(), new ChartChange(Set.copyOf(added), Set.of(), "add"), AUTHOR);
              MarkId needled = needledPoint.id();
              records.add(visit.id(), subjective(), AUTHOR);
              records.add(visit.id(), consent(), AUTHOR);
              records.add(visit.id(), needling(needled, v), AUTHOR);
              records.add(visit.id(), afterCare(), AUTHOR);
              signatures.sign(visit.id(), AUTHOR);
            }
            return null;
          });
    }
  }

  private static String newVisit(VisitStore visits, Patient patient) {
    Visit visit =
        new Visit(UUID.randomUUID().toString(), patient.id(), Instant.now(), "v1", AUTHOR);
    visits.create(visit);
    return visit.id();
  }

  private static TriggerPoint point(Random random, boolean needled) {
    return TriggerPoint.place(
            MarkId.random(),
            BodyView.values()[random.nextInt(BodyView.values().length)],
            random.nextDouble() * 400,
            random.nextDouble() * 900,
            new MuscleRef("upper-trapezius"),
            random.nextBoolean() ? Side.RIGHT : Side.LEFT,
            AUTHOR)
        .withNeedled(needled);
  }

  private static List<RecordEntry> fullRecord(List<TriggerPoint> needled) {
    List<RecordEntry> entries = new ArrayList<>();
    entries.add(subjective());
    entries.add(new IntakeAnswers(IntakeAnswer.YES, IntakeAnswer.SOMETIMES, IntakeAnswer.YES));
    entries.add(new SinceLastVisit(true, OptionalInt.of(36), OptionalInt.of(4), ""));
    entries.add(consent());
    for (int i = 0; i < needled.size(); i++) {
      entries.add(needling(needled.get(i).id(), i));
    }
    entries.add(retest(3));
    entries.add(
        new AdverseEvent(
            AdverseEvent.Type.FAINTING, AdverseEvent.Severity.MILD, "Lay flat, recovered", ""));
    entries.add(afterCare());
    return entries;
  }

  private static Retest retest(int n) {
    return new Retest(OptionalInt.of(n % 11), "Rotation R " + (40 + n % 40) + "°", "");
  }

  private static Subjective subjective() {
    return new Subjective(
        "Neck pain after long days at the desk",
        Set.of(ContributingFactor.PROLONGED_SITTING_OR_POSTURE),
        "",
        OptionalInt.of(6),
        OptionalInt.of(8));
  }

  private static Consent consent() {
    return new Consent(
        Consent.ConsentForm.VERBAL,
        Consent.ConsentGiver.PATIENT,
        "",
        Instant.now(),
        List.of("Bruising", "Soreness", "Fainting", "Pneumothorax"));
  }

  private static NeedlingEntry needling(MarkId point, int n) {
    return new NeedlingEntry(
        point,
        NeedlingTechnique.PISTONING,
        0.25,
        40,
        OptionalDouble.of(15 + n % 10),
        1 + n % 4,
        OptionalInt.empty(),
        NeedlingEntry.OptionalStimulation.none(),
        Set.of(NeedlingResponse.FAMILIAR_PAIN_REPRODUCED),
        "");
  }

  private static AfterCare afterCare() {
    return new AfterCare(true, AfterCare.DEFAULT_ADVICE, "In one week", "Chin tucks 3×10", "");
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
