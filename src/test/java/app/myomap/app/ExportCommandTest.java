package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.atlas.Atlas;
import app.myomap.session.SampleDatabase;
import app.myomap.store.ChainHead;
import app.myomap.store.Database;
import app.myomap.store.RecordVerifier;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code myomap export} on a real database written through the store (the sample patient, three
 * visits): every format, and every failure with its exit status and its one line.
 */
class ExportCommandTest {
  private static Atlas atlas;

  @TempDir Path dir;
  private Path db;
  private Path out;
  private final StringWriter stdout = new StringWriter();
  private final StringWriter stderr = new StringWriter();

  @BeforeAll
  static void loadAtlas() {
    atlas = Atlas.load(Atlas.CURRENT_VERSION);
  }

  @BeforeEach
  void writeSample() throws Exception {
    db = dir.resolve("demo.db");
    out = dir.resolve("notes");
    try (Database opened = Database.open(db)) {
      new SampleDatabase(opened, atlas, Instant.now()).write();
    }
  }

  private int run(String... args) {
    picocli.CommandLine cli =
        new picocli.CommandLine(
            new MyoMapCommand(
                (file, create, readOnly) -> {
                  throw new AssertionError("no window for a command-line tool");
                }));
    cli.setErr(new PrintWriter(stderr, true));
    cli.setOut(new PrintWriter(stdout, true));
    return cli.execute(args);
  }

  private List<Path> written() {
    return stdout.toString().lines().map(Path::of).toList();
  }

  @Test
  void aPdfOfTheLatestVisitIsOneReportNamedByRecordNumberAndTime() throws Exception {
    int status =
        run(
            "export",
            "--db",
            db.toString(),
            "--patient",
            "demo-001",
            "--format",
            "pdf",
            "-o",
            out.toString());

    assertThat(status).as(stderr.toString()).isZero();
    assertThat(written())
        .singleElement()
        .satisfies(
            file -> {
              assertThat(file.getParent()).isEqualTo(out.toAbsolutePath());
              assertThat(file.getFileName().toString())
                  .matches("DEMO-001_\\d{4}-\\d{2}-\\d{2}_\\d{4}\\.pdf");
            });
    try (PDDocument pdf = Loader.loadPDF(written().get(0).toFile())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains(SampleDatabase.PATIENT_NAME).contains("DEMO-001");
    }
    assertThat(stderr.toString()).isEmpty();
  }

  @Test
  void pngsOfEveryVisitAreAFilePerVisitAndViewWithProgress() throws Exception {
    int status =
        run(
            "export",
            "--db",
            db.toString(),
            "--patient",
            "DEMO-001",
            "--visit",
            "all",
            "--format",
            "png",
            "--views",
            "posterior",
            "--dpi",
            "72",
            "--paper",
            "letter",
            "-o",
            out.toString());

    assertThat(status).as(stderr.toString()).isZero();
    assertThat(written())
        .hasSize(3)
        .allSatisfy(
            file -> {
              assertThat(file.getFileName().toString()).endsWith("_posterior.png");
              BufferedImage image = ImageIO.read(file.toFile());
              assertThat(image.getWidth()).isEqualTo(612);
              assertThat(image.getHeight()).isEqualTo(792);
            });
    assertThat(stderr.toString().lines())
        .containsExactly(
            "Exported 1 of 3: " + written().get(0).getFileName(),
            "Exported 2 of 3: " + written().get(1).getFileName(),
            "Exported 3 of 3: " + written().get(2).getFileName());
    try (var files = Files.list(out)) {
      assertThat(files).hasSize(3);
    }
  }

  @Test
  void anSvgGoesToTheFileNamed() throws Exception {
    Path file = dir.resolve("back.svg");
    int status =
        run(
            "export",
            "--db",
            db.toString(),
            "--patient",
            "DEMO-001",
            "--format",
            "svg",
            "--views",
            "posterior",
            "-o",
            file.toString());

    assertThat(status).as(stderr.toString()).isZero();
    assertThat(written()).containsExactly(file.toAbsolutePath());
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    assertThat(
            factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement().getLocalName())
        .isEqualTo("svg");
  }

  @Test
  void aFileNameForAnExportOfManyFilesIsRefused() throws Exception {
    int status =
        run(
            "export",
            "--db",
            db.toString(),
            "--patient",
            "DEMO-001",
            "--visit",
            "all",
            "--format",
            "pdf",
            "-o",
            dir.resolve("all.pdf").toString());

    assertThat(status).isEqualTo(2);
    assertThat(stderr.toString()).contains("writes 3 files; give a folder with -o");
    assertThat(dir.resolve("all.pdf")).doesNotExist();
  }

  @Test
  void anUnknownPatientOrVisitIsNamed() throws Exception {
    assertThat(
            run(
                "export",
                "--db",
                db.toString(),
                "--patient",
                "NOPE-9",
                "--format",
                "pdf",
                "-o",
                out.toString()))
        .isEqualTo(ExportCommand.NOT_FOUND);
    assertThat(stderr.toString()).contains("no patient has the record number or id \"NOPE-9\"");

    assertThat(
            run(
                "export",
                "--db",
                db.toString(),
                "--patient",
                "DEMO-001",
                "--visit",
                "1999-01-01",
                "--format",
                "pdf",
                "-o",
                out.toString()))
        .isEqualTo(ExportCommand.NOT_FOUND);
    assertThat(stderr.toString()).contains("Sam Sample has no visit \"1999-01-01\"");
    assertThat(out).doesNotExist();
  }

  @Test
  void wrongOptionsAreRefusedWithTheChoices() throws Exception {
    assertThat(
            run(
                "export",
                "--db",
                db.toString(),
                "--patient",
                "DEMO-001",
                "--format",
                "gif",
                "-o",
                out.toString()))
        .isEqualTo(2);
    assertThat(stderr.toString()).contains("use png, svg or pdf, not 'gif'");
    assertThat(
            run(
                "export",
                "--db",
                db.toString(),
                "--patient",
                "DEMO-001",
                "--format",
                "png",
                "--views",
                "front",
                "-o",
                out.toString()))
        .isEqualTo(2);
    assertThat(stderr.toString()).contains("'front' is not a view");
    assertThat(
            run(
                "export",
                "--db",
                db.toString(),
                "--patient",
                "DEMO-001",
                "--format",
                "pdf",
                "--visit",
                "yesterday",
                "-o",
                out.toString()))
        .isEqualTo(2);
    assertThat(stderr.toString())
        .contains("--visit takes latest, all, a date YYYY-MM-DD or a visit id");
  }

  @Test
  void anExistingFileIsReplacedOnlyWithForce() throws Exception {
    Path file = dir.resolve("report.pdf");
    Files.writeString(file, "kept");
    String[] args = {
      "export",
      "--db",
      db.toString(),
      "--patient",
      "DEMO-001",
      "--format",
      "pdf",
      "-o",
      file.toString()
    };

    assertThat(run(args)).isEqualTo(ExportCommand.OUTPUT_PROBLEM);
    assertThat(stderr.toString()).contains("report.pdf\" exists").contains("--force");
    assertThat(Files.readString(file)).isEqualTo("kept");

    String[] forced =
        java.util.stream.Stream.concat(
                java.util.Arrays.stream(args), java.util.stream.Stream.of("--force"))
            .toArray(String[]::new);
    assertThat(run(forced)).isZero();
    assertThat(Files.readAllBytes(file)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void aForeignFileIsRefusedAndLeftUntouched() throws Exception {
    Path foreign = dir.resolve("notes.db");
    Files.writeString(foreign, "not a database at all");
    FileTime before = Files.getLastModifiedTime(foreign);

    assertThat(
            run(
                "export",
                "--db",
                foreign.toString(),
                "--patient",
                "DEMO-001",
                "--format",
                "pdf",
                "-o",
                out.toString()))
        .isEqualTo(ExportCommand.DATABASE_PROBLEM);
    assertThat(stderr.toString()).startsWith("myomap: ").contains("notes.db");
    assertThat(Files.readString(foreign)).isEqualTo("not a database at all");
    assertThat(Files.getLastModifiedTime(foreign)).isEqualTo(before);
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("notes")))
          .as("nothing written beside the foreign file")
          .containsExactly("notes.db");
    }
  }

  @Test
  void aFileOfANewerMyoMapIsRefusedAndLeftUntouched() throws Exception {
    try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
        java.sql.Statement sql = connection.createStatement()) {
      sql.executeUpdate("PRAGMA user_version = " + (Database.SCHEMA_VERSION + 1));
    }
    byte[] before = Files.readAllBytes(db);

    assertThat(
            run(
                "export",
                "--db",
                db.toString(),
                "--patient",
                "DEMO-001",
                "--format",
                "pdf",
                "-o",
                out.toString()))
        .isEqualTo(ExportCommand.DATABASE_PROBLEM);
    assertThat(stderr.toString()).startsWith("myomap: ").contains("newer version of MyoMap");
    assertThat(stderr.toString().lines()).hasSize(1);
    assertThat(Files.readAllBytes(db)).isEqualTo(before);
    assertThat(out).doesNotExist();
  }

  @Test
  void aDatabaseOpenInMyoMapPointsToFileExport() throws Exception {
    try (Database open = Database.open(db)) {
      assertThat(
              run(
                  "export",
                  "--db",
                  db.toString(),
                  "--patient",
                  "DEMO-001",
                  "--format",
                  "pdf",
                  "-o",
                  out.toString()))
          .isEqualTo(ExportCommand.DATABASE_PROBLEM);
    }
    assertThat(stderr.toString()).contains("already open").contains("File > Export");
    assertThat(out).doesNotExist();
  }

  @Test
  void anUnwritableOutputIsNamed() throws Exception {
    Path inTheWay = dir.resolve("a-file");
    Files.writeString(inTheWay, "x");

    assertThat(
            run(
                "export",
                "--db",
                db.toString(),
                "--patient",
                "DEMO-001",
                "--format",
                "pdf",
                "-o",
                inTheWay.resolve("reports").toString()))
        .isEqualTo(ExportCommand.OUTPUT_PROBLEM);
    assertThat(stderr.toString()).contains("could not write into").contains("reports");
  }

  @Test
  void aVisitChangedOutsideMyoMapIsExportedSayingSo() throws Exception {
    try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
        java.sql.Statement sql = connection.createStatement()) {
      sql.executeUpdate("DROP TRIGGER mark_versions_no_update");
      sql.executeUpdate("UPDATE mark_versions SET x = x + 5 WHERE muscle = 'upper-trapezius'");
    }

    int status =
        run(
            "export",
            "--db",
            db.toString(),
            "--patient",
            "DEMO-001",
            "--visit",
            "all",
            "--format",
            "pdf",
            "-o",
            out.toString());

    assertThat(status).as(stderr.toString()).isZero();
    assertThat(stderr.toString()).contains("warning: ").contains("changed outside MyoMap");
    long warned = 0;
    for (Path file : written()) {
      try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
        String text = new PDFTextStripper().getText(pdf);
        if (text.contains("Changed outside MyoMap")) {
          assertThat(text.split("CHANGED OUTSIDE MYOMAP", -1)).hasSize(pdf.getNumberOfPages() + 1);
          warned++;
        }
      }
    }
    assertThat(warned).isEqualTo(3);
  }

  @Test
  void exportingChangesNoClinicalRecord() throws Exception {
    ChainHead before;
    try (Database opened = Database.open(db)) {
      before = new RecordVerifier(opened).head();
    }

    assertThat(
            run(
                "export",
                "--db",
                db.toString(),
                "--patient",
                "DEMO-001",
                "--visit",
                "all",
                "--format",
                "pdf",
                "-o",
                out.toString()))
        .isZero();

    try (Database opened = Database.open(db)) {
      assertThat(new RecordVerifier(opened).head()).isEqualTo(before);
      assertThat(new RecordVerifier(opened).verifyAll(n -> {}).clean()).isTrue();
    }
  }

  /** The sample patient's visits, the latest first. */
  private List<app.myomap.model.Visit> sampleVisits() throws Exception {
    try (Database opened = Database.open(db)) {
      app.myomap.session.VisitRecords records = new app.myomap.session.VisitRecords(opened);
      return records.visits(records.findPatients("DEMO-001").get(0));
    }
  }

  private static String day(app.myomap.model.Visit visit) {
    return visit.startedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate().toString();
  }

  private int compare(String pair, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("export", "--db", db.toString(), "--patient", "DEMO-001", "--compare", pair));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  @Test
  void comparePreviousWithLatestWritesOneComparisonReport() throws Exception {
    List<app.myomap.model.Visit> visits = sampleVisits();

    int status = compare("previous,latest", "--format", "pdf", "-o", out.toString());

    assertThat(status).as(stderr.toString()).isZero();
    Path file = written().get(0);
    assertThat(written()).hasSize(1);
    assertThat(file.getFileName().toString())
        .matches(
            "DEMO-001_compare_"
                + day(visits.get(1))
                + "_\\d{4}_"
                + day(visits.get(0))
                + "_\\d{4}\\.pdf");
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text)
          .contains("Visit comparison", SampleDatabase.PATIENT_NAME, "DEMO-001")
          .contains("Difference", "Active trigger points", "Trigger points between the visits");
    }
    assertThat(stderr.toString()).isEmpty();
  }

  @Test
  void aComparisonOfAVisitChangedOutsideMyoMapSaysSoOnEveryPage() throws Exception {
    try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
        java.sql.Statement sql = connection.createStatement()) {
      sql.executeUpdate("DROP TRIGGER mark_versions_no_update");
      sql.executeUpdate("UPDATE mark_versions SET x = x + 5 WHERE muscle = 'upper-trapezius'");
    }

    int status = compare("previous,latest", "--format", "pdf", "-o", out.toString());

    assertThat(status).as(stderr.toString()).isZero();
    assertThat(stderr.toString()).contains("warning: 2 visits' records");
    try (PDDocument pdf = Loader.loadPDF(written().get(0).toFile())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text.split("CHANGED OUTSIDE MYOMAP", -1)).hasSize(pdf.getNumberOfPages() + 1);
    }
  }

  @Test
  void compareTakesIdsAndDatesInEitherOrderAndWritesAPngPerChartedView() throws Exception {
    List<app.myomap.model.Visit> visits = sampleVisits();
    app.myomap.model.Visit first = visits.get(visits.size() - 1);

    int status =
        compare(
            day(visits.get(0)) + "," + first.id(),
            "--format",
            "png",
            "--dpi",
            "72",
            "-o",
            out.toString());

    assertThat(status).as(stderr.toString()).isZero();
    assertThat(written())
        .isNotEmpty()
        .allSatisfy(
            file -> {
              // The earlier visit is named first, whichever order they were given in.
              assertThat(file.getFileName().toString())
                  .startsWith("DEMO-001_compare_" + day(first) + "_")
                  .matches(".*_(posterior|head-right)\\.png");
              BufferedImage image = ImageIO.read(file.toFile());
              assertThat(image.getWidth()).isEqualTo(595);
              assertThat(image.getHeight()).isEqualTo(842);
            });
  }

  @Test
  void aDateWithTwoVisitsIsRefusedNamingBoth() throws Exception {
    app.myomap.model.Visit latest = sampleVisits().get(0);
    Instant sameDay =
        latest.startedAt().atZone(java.time.ZoneId.systemDefault()).getHour() < 12
            ? latest.startedAt().plusSeconds(60)
            : latest.startedAt().minusSeconds(60);
    app.myomap.model.Visit second =
        new app.myomap.model.Visit(
            java.util.UUID.randomUUID().toString(),
            latest.patientId(),
            sameDay,
            latest.atlasVersion(),
            latest.practitioner());
    try (Database opened = Database.open(db)) {
      new app.myomap.store.VisitStore(opened).create(second);
    }

    assertThat(compare(day(latest) + ",previous", "--format", "pdf", "-o", out.toString()))
        .isEqualTo(2);
    assertThat(stderr.toString())
        .contains("Sam Sample has 2 visits on " + day(latest) + "; give one of their ids instead")
        .contains(latest.id(), second.id());
    assertThat(out).doesNotExist();
  }

  @Test
  void anUnknownVisitToCompareIsNamed() throws Exception {
    assertThat(
            compare(
                "00000000-0000-0000-0000-000000000000,latest",
                "--format",
                "pdf",
                "-o",
                out.toString()))
        .isEqualTo(ExportCommand.NOT_FOUND);
    assertThat(stderr.toString())
        .contains("Sam Sample has no visit \"00000000-0000-0000-0000-000000000000\"");
    assertThat(compare("previous,1999-01-01", "--format", "png", "-o", out.toString()))
        .isEqualTo(ExportCommand.NOT_FOUND);
    assertThat(stderr.toString()).contains("Sam Sample has no visit on 1999-01-01.");
    assertThat(out).doesNotExist();
  }

  @Test
  void theComparisonsThresholdsCanBeSetFromTheCommandLine() throws Exception {
    Path strict = dir.resolve("strict");
    Path lenient = dir.resolve("lenient");
    assertThat(
            compare(
                "previous,latest",
                "--detectable-change",
                "0",
                "--format",
                "pdf",
                "-o",
                strict.toString()))
        .as(stderr.toString())
        .isZero();
    assertThat(
            compare(
                "previous,latest",
                "--detectable-change",
                "100",
                "--format",
                "pdf",
                "-o",
                lenient.toString()))
        .as(stderr.toString())
        .isZero();
    assertThat(pdfText(strict)).contains("pp, likely real");
    assertThat(pdfText(lenient))
        .doesNotContain("pp, likely real")
        .contains("pp, within measurement error", "likely real from\n100.0 percentage points");
    assertThat(
            compare(
                "previous,latest",
                "--match-tolerance",
                "-1",
                "--format",
                "pdf",
                "-o",
                out.toString()))
        .isEqualTo(2);
    assertThat(stderr.toString()).contains("--match-tolerance must be 0 to 1000");
    assertThat(out).doesNotExist();
  }

  private static String pdfText(Path folder) throws Exception {
    try (var files = Files.list(folder);
        PDDocument pdf = Loader.loadPDF(files.findFirst().orElseThrow().toFile())) {
      return new PDFTextStripper().getText(pdf);
    }
  }

  @Test
  void wrongComparisonsAreRefusedAsWrongOptions() throws Exception {
    assertThat(compare("latest", "--format", "pdf", "-o", out.toString())).isEqualTo(2);
    assertThat(stderr.toString()).contains("--compare takes two visits separated by a comma");
    assertThat(compare("latest,latest", "--format", "pdf", "-o", out.toString())).isEqualTo(2);
    assertThat(stderr.toString()).contains("names the same visit twice");
    assertThat(compare("tomorrow,latest", "--format", "pdf", "-o", out.toString())).isEqualTo(2);
    assertThat(stderr.toString())
        .contains(
            "--compare takes visit ids, dates YYYY-MM-DD, previous or latest, not \"tomorrow\"");
    assertThat(compare("previous,latest", "--format", "svg", "-o", out.toString())).isEqualTo(2);
    assertThat(stderr.toString()).contains("not svg");
    assertThat(
            compare("previous,latest", "--visit", "all", "--format", "pdf", "-o", out.toString()))
        .isEqualTo(2);
    assertThat(stderr.toString()).contains("leave out --visit");
    assertThat(out).doesNotExist();
  }

  @Test
  void aComparisonFromTheShellNeedsNoDisplayAndLoadsNoSwingClass() throws Exception {
    Path classes = dir.resolve("classes.txt");
    MyoMapProcess.Result r =
        new MyoMapProcess(dir)
            .run(
                List.of("-Xlog:class+load=info:file=" + classes),
                "export",
                "--db",
                db.toString(),
                "--patient",
                "DEMO-001",
                "--compare",
                "previous,latest",
                "--format",
                "png",
                "--dpi",
                "50",
                "--views",
                "posterior",
                "-o",
                out.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().strip()).endsWith("_posterior.png");
    assertThat(Files.readString(classes))
        .contains("app.myomap.export.ComparisonExport")
        .doesNotContain("javax.swing.");
    MyoMapProcess.Result help = new MyoMapProcess(dir).run("export", "--help");
    assertThat(help.out()).contains("--compare=A,B").contains("previous");
  }
}
