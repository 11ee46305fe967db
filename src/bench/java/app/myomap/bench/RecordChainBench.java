package app.myomap.bench;

import app.myomap.model.BodyView;
import app.myomap.model.ChartChange;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
import app.myomap.model.Patient;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import app.myomap.model.Visit;
import app.myomap.store.ChartStore;
import app.myomap.store.Database;
import app.myomap.store.PatientStore;
import app.myomap.store.RecordVerifier;
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
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The record chain's checks on a database of 100,000 recorded changes (100 patients, 2,000 visits,
 * about 97,900 chart edits): the whole check, and the quick check at open after a day's charting
 * (30 edits since the last whole check).
 */
final class RecordChainBench {
  private static final String AUTHOR = "Bench Practitioner";
  private static final int CHANGES = 100_000;
  private static final int PATIENTS = 100;
  private static final int VISITS = 2_000;

  private RecordChainBench() {}

  static void run() throws Exception {
    Path folder = Files.createTempDirectory("myomap-chain-bench");
    try (Database database = Database.open(folder.resolve("chain.db"))) {
      List<String> visits = fill(database);
      RecordVerifier verifier = new RecordVerifier(database);
      long[] checked = new long[1];
      Stats whole =
          Stats.timeMicros(
              1,
              5,
              () -> {
                VerifyReport report = verifier.verifyAll(done -> {});
                if (!report.clean()) {
                  throw new IllegalStateException("The bench database does not verify");
                }
                checked[0] = report.checked();
              });
      System.out.println(
          "chain: whole check of "
              + checked[0]
              + " changes: "
              + String.format(
                  Locale.ROOT,
                  "median %.2f s, p90 %.2f s",
                  whole.median() / 1e6,
                  whole.percentile(90) / 1e6));

      ChartStore charts = new ChartStore(database);
      Random random = new Random(3);
      double[] quick = new double[20];
      for (int run = -3; run < quick.length; run++) {
        verifier.verifyAll(done -> {});
        for (int edit = 0; edit < 30; edit++) {
          charts.commit(visits.get(random.nextInt(visits.size())), added(random), AUTHOR);
        }
        long start = System.nanoTime();
        VerifyReport report = verifier.verifySinceLastVerified();
        long micros = (System.nanoTime() - start) / 1000;
        if (!report.clean() || report.checked() != 30) {
          throw new IllegalStateException("The quick check did not check the 30 new edits");
        }
        if (run >= 0) {
          quick[run] = micros / 1000.0;
        }
      }
      System.out.println(
          "chain: quick check at open (30 changes since the last whole check): "
              + new Stats(quick).describe("ms"));
    } finally {
      deleteTree(folder);
    }
  }

  /** 100,000 changes, written in one transaction (the chain is the same as with one per edit). */
  private static List<String> fill(Database database) {
    PatientStore patients = new PatientStore(database);
    VisitStore visitStore = new VisitStore(database);
    ChartStore charts = new ChartStore(database);
    Random random = new Random(1);
    List<String> visits = new ArrayList<>();
    Instant first = Instant.now().minus(Duration.ofDays(400));
    database.inTransaction(
        c -> {
          List<Patient> created = new ArrayList<>();
          for (int p = 0; p < PATIENTS; p++) {
            Patient patient =
                Patient.create("Patient " + p, LocalDate.of(1950 + p % 50, 1 + p % 12, 1), "");
            patients.create(patient, AUTHOR);
            created.add(patient);
          }
          for (int v = 0; v < VISITS; v++) {
            Visit visit =
                new Visit(
                    UUID.randomUUID().toString(),
                    created.get(v % PATIENTS).id(),
                    first.plus(Duration.ofHours(v * 4L)),
                    "v1",
                    AUTHOR);
            visitStore.create(visit);
            visits.add(visit.id());
          }
          for (int e = PATIENTS + VISITS; e < CHANGES; e++) {
            charts.commit(visits.get(random.nextInt(VISITS)), added(random), AUTHOR);
          }
          return null;
        });
    return visits;
  }

  private static ChartChange added(Random random) {
    TriggerPoint point =
        TriggerPoint.place(
            MarkId.random(),
            BodyView.values()[random.nextInt(BodyView.values().length)],
            random.nextDouble() * 400,
            random.nextDouble() * 900,
            new MuscleRef("upper-trapezius"),
            random.nextBoolean() ? Side.RIGHT : Side.LEFT,
            AUTHOR);
    return new ChartChange(Set.of(point), Set.of(), "edit.addMarks");
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
