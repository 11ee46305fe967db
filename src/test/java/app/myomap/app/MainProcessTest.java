package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.store.Database;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@link Main} in a child JVM, as a user starts it from a shell. */
class MainProcessTest {
  @TempDir Path dir;

  @Test
  void unknownOptionPrintsUsageAndExitsWith2() throws Exception {
    MyoMapProcess.Result r = run("--colour", "blue");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option").contains("'--colour'").contains("Usage: myomap");
  }

  @Test
  void helpAndVersion() throws Exception {
    MyoMapProcess.Result help = run("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("--db=FILE").contains("--create").contains("sample");
    MyoMapProcess.Result version = run("--version");
    assertThat(version.exit()).isZero();
    assertThat(version.out()).startsWith("MyoMap ");
    MyoMapProcess.Result sampleHelp = run("sample", "--help");
    assertThat(sampleHelp.exit()).isZero();
    assertThat(sampleHelp.out()).contains("DEMO-001");
  }

  @Test
  void aMistypedFolderIsRefusedWithItsPathAndNothingIsCreated() throws Exception {
    Path typo = dir.resolve("Clinc/charts.db");
    MyoMapProcess.Result r = run("--db", typo.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains(typo.getParent().toString()).contains("--create");
    assertThat(typo.getParent()).doesNotExist();
  }

  @Test
  void errorsGoToTheLogFile() throws Exception {
    Path db = dir.resolve("shared.db");
    try (Database first = Database.open(db)) {
      run("--db", db.toString());
    }
    String log = java.nio.file.Files.readString(dir.resolve("logs/myomap-0.log"));
    assertThat(log).contains("starting").contains("Database refused").contains("already open");
  }

  @Test
  void aSecondInstanceOnTheSameFileSaysItIsInUseAndExits() throws Exception {
    Path db = dir.resolve("shared.db");
    try (Database first = Database.open(db)) {
      MyoMapProcess.Result r = run("--db", db.toString());
      assertThat(r.exit()).isEqualTo(1);
      assertThat(r.err()).contains("shared.db").contains("already open");
    }
  }

  @Test
  void sampleWritesAPatientChartedThroughTheStoreAndRefusesAnExistingFile() throws Exception {
    Path db = dir.resolve("demo.db");
    MyoMapProcess.Result r = run("sample", "--db", db.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("DEMO-001").contains("myomap --db");

    try (Database opened = Database.open(db)) {
      List<app.myomap.model.Patient> found =
          new app.myomap.store.PatientStore(opened).search("DEMO-001", 10);
      assertThat(found).singleElement().extracting(p -> p.name()).isEqualTo("Sam Sample");
      List<app.myomap.model.Visit> visits =
          new app.myomap.store.VisitStore(opened).listByPatient(found.get(0).id());
      assertThat(visits).hasSize(3);
      app.myomap.store.ChartStore charts = new app.myomap.store.ChartStore(opened);
      app.myomap.model.Chart first = charts.load(visits.get(visits.size() - 1).id());
      assertThat(first.triggerPoints())
          .extracting(tp -> tp.muscle().id() + "." + tp.side().code() + " " + tp.twitch().count())
          .containsExactly("upper-trapezius.R 3", "levator-scapulae.R 2", "infraspinatus.R 0");
      assertThat(first.referralZones()).hasSize(2);
      assertThat(first.symptomAreas())
          .extracting(a -> a.view().id())
          .containsExactly("posterior", "head-right");
      app.myomap.model.Chart latest = charts.load(visits.get(0).id());
      assertThat(latest.triggerPoints()).hasSize(2);
      assertThat(latest.referralZones()).isEmpty();
      assertThat(charts.history(visits.get(0).id()))
          .hasSizeGreaterThan(5)
          .allSatisfy(e -> assertThat(e.author()).isEqualTo("Alex Morgan (sample)"));
    }

    MyoMapProcess.Result again = run("sample", "--db", db.toString());
    assertThat(again.exit()).isEqualTo(1);
    assertThat(again.err()).contains("already exists");
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains("partial"));
    }
  }

  @Test
  void verifyFindsAChangeMadeWithASqliteShellAndNamesItsPatientAndVisit() throws Exception {
    Path db = dir.resolve("demo.db");
    assertThat(run("sample", "--db", db.toString()).exit()).isZero();
    MyoMapProcess.Result clean = run("verify", "--db", db.toString());
    assertThat(clean.exit()).as(clean.err()).isZero();
    assertThat(clean.out()).contains("every one matches its record").contains("Chain head: ");

    try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
        java.sql.Statement sql = connection.createStatement()) {
      sql.executeUpdate("DROP TRIGGER mark_versions_no_update");
      sql.executeUpdate(
          "UPDATE mark_versions SET twitch_count = 9 WHERE muscle = 'levator-scapulae'"
              + " AND twitch_presence = 'PRESENT'");
    }
    MyoMapProcess.Result altered = run("verify", "--db", db.toString());
    assertThat(altered.exit()).isEqualTo(1);
    assertThat(altered.out())
        .contains("Sam Sample, visit of ")
        .contains("chart edit of ")
        .contains("was changed outside MyoMap")
        .contains("(mark_versions_no_update) was removed outside MyoMap");

    try (Database open = Database.open(db)) {
      MyoMapProcess.Result busy = run("verify", "--db", db.toString());
      assertThat(busy.exit()).isEqualTo(2);
      assertThat(busy.err()).contains("Tools > Verify Records");
    }
  }

  @Test
  void exportRunsWithoutADisplayAndLoadsNoSwingClass() throws Exception {
    Path db = dir.resolve("demo.db");
    assertThat(run("sample", "--db", db.toString()).exit()).isZero();
    Path notes = dir.resolve("notes");

    // No headless flag given: the export sets it itself, as on a desktop with a display.
    MyoMapProcess.Result r =
        new MyoMapProcess(dir)
            .run(
                List.of("-Xlog:class+load=info:file=" + dir.resolve("classes.txt")),
                "export",
                "--db",
                db.toString(),
                "--patient",
                "DEMO-001",
                "--format",
                "pdf",
                "-o",
                notes.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().strip()).endsWith(".pdf");
    String loaded = java.nio.file.Files.readString(dir.resolve("classes.txt"));
    assertThat(loaded)
        .contains("org.apache.pdfbox.pdmodel.PDDocument")
        .doesNotContain("javax.swing.");

    MyoMapProcess.Result help = run("export", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("--patient=RECORD_NO|ID").contains("--format=png|svg|pdf");
    assertThat(run("--help").out()).contains("export");
  }

  private MyoMapProcess.Result run(String... args) throws IOException, InterruptedException {
    return new MyoMapProcess(dir).run(List.of("-Djava.awt.headless=true"), args);
  }
}
