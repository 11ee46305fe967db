package app.myomap.app;

import app.myomap.atlas.Atlas;
import app.myomap.atlas.AtlasException;
import app.myomap.compare.CompareSettings;
import app.myomap.compare.VisitComparer;
import app.myomap.export.AtomicFile;
import app.myomap.export.BatchExport;
import app.myomap.export.ComparisonExport;
import app.myomap.export.ExportChoice;
import app.myomap.export.ExportFiles;
import app.myomap.export.ExportFormat;
import app.myomap.export.ExportPlan;
import app.myomap.export.Paper;
import app.myomap.export.PdfReport;
import app.myomap.export.VisitFiles;
import app.myomap.export.WriteProblem;
import app.myomap.model.BodyView;
import app.myomap.model.Patient;
import app.myomap.model.Visit;
import app.myomap.session.AuditTrail;
import app.myomap.session.ComparedVisits;
import app.myomap.session.RecordChecks;
import app.myomap.session.VisitRecords;
import app.myomap.store.Database;
import app.myomap.store.DatabaseException;
import app.myomap.store.DatabaseRefusedException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code myomap export}: writes a patient's charts as PNG or SVG pictures (a file per visit and
 * view) or PDF visit reports (a file per visit), with no display, reading the database under the
 * same lock as the window and changing nothing in it but its audit log, which notes each file
 * written.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = MyoMapCommand.VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Writes a patient's charts for clinical notes: a PNG or SVG picture of each charted view, or"
          + " a PDF visit report, one file per visit (and view), named by record number, visit"
          + " time and view, for example DEMO-001_2026-12-07_0930_posterior.png.",
      "With --compare A,B it writes the comparison of two visits instead: a PDF comparison report,"
          + " or a PNG picture of each view either visit charted (both visits, the difference map"
          + " and the measures).",
      "Needs no display. While MyoMap has the file open, use File > Export there instead.",
      "Exit status: 0 written, 1 no such patient or visit, 2 wrong options, 3 the database could"
          + " not be opened, 4 the files could not be written."
    })
final class ExportCommand implements Callable<Integer> {
  static final int NOT_FOUND = 1;
  static final int DATABASE_PROBLEM = 3;
  static final int OUTPUT_PROBLEM = 4;

  private static final Logger LOG = Logger.getLogger(ExportCommand.class.getName());

  /** Loads in the background; daemon threads, so a failed export exits without waiting. */
  private static final java.util.concurrent.Executor BACKGROUND =
      runnable -> {
        Thread thread = new Thread(runnable, "myomap-export-preload");
        thread.setDaemon(true);
        thread.start();
      };

  @Option(names = "--db", required = true, paramLabel = "FILE", description = "The database.")
  Path database;

  @Option(
      names = "--patient",
      required = true,
      paramLabel = "RECORD_NO|ID",
      description = "The patient, by record number or id.")
  String patient;

  @Option(
      names = "--visit",
      paramLabel = "WHICH",
      defaultValue = "latest",
      description =
          "latest (the default), all, a date YYYY-MM-DD (every visit started that day), or a"
              + " visit id.")
  String visit;

  @Option(
      names = "--compare",
      paramLabel = "A,B",
      description =
          "Compare two visits instead of exporting one: each a visit id, a date YYYY-MM-DD (the"
              + " patient's one visit that day), previous (the visit before the latest) or latest;"
              + " for example previous,latest. With --format pdf or png; not with --visit.")
  String compare;

  @Option(
      names = "--match-tolerance",
      paramLabel = "UNITS",
      defaultValue = "15",
      description =
          "With --compare: outline units within which two points of a muscle and side are one"
              + " point when no lineage pairs them (default ${DEFAULT-VALUE}, about 3.5 cm).")
  double matchTolerance;

  @Option(
      names = "--detectable-change",
      paramLabel = "PP",
      defaultValue = "0.4",
      description =
          "With --compare: the smallest change of pain extent, in percentage points, labelled"
              + " likely real (default ${DEFAULT-VALUE}).")
  double detectableChange;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "png|svg|pdf",
      converter = FormatConverter.class,
      description = "png or svg: a picture of each view; pdf: the visit report.")
  ExportFormat format;

  @Option(
      names = "--views",
      split = ",",
      paramLabel = "VIEW",
      converter = ViewConverter.class,
      description =
          "The views to draw, from anterior, posterior, lateral-left, lateral-right, head-left,"
              + " head-right, hand, foot (a visit whose atlas lacks a view skips it); by default"
              + " every view that carries marks.")
  List<BodyView> views = List.of();

  @Option(
      names = "--dpi",
      defaultValue = "300",
      paramLabel = "N",
      description = "Dots per inch of a PNG (default ${DEFAULT-VALUE}); marks grow with it.")
  int dpi;

  @Option(
      names = "--paper",
      defaultValue = "a4",
      paramLabel = "a4|letter",
      converter = PaperConverter.class,
      description = "The page a picture or report is laid out for (default a4).")
  Paper paper;

  @Option(names = "--transparent", description = "A PNG without a white background.")
  boolean transparent;

  @Option(names = "--no-caption", description = "Pictures without the patient and visit caption.")
  boolean noCaption;

  @Option(names = "--no-legend", description = "Pictures without the legend.")
  boolean noLegend;

  @Option(names = "--force", description = "Replace files that exist (otherwise refused).")
  boolean force;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "PATH",
      description =
          "The folder to write into (made if missing), or the file's name when the export is one"
              + " file ending in the format's extension.")
  Path output;

  @Spec CommandSpec spec;

  private final Clock clock;

  ExportCommand() {
    this(Clock.systemDefaultZone());
  }

  ExportCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    VisitFiles files;
    try {
      files =
          ExportFiles.of(
              new ExportChoice(
                  format, views, paper, dpi, Optional.empty(), !noCaption, !noLegend, transparent),
              "MyoMap " + Version.current(),
              clock,
              clock.getZone());
    } catch (IllegalArgumentException e) {
      err.println("myomap: " + e.getMessage() + ".");
      return 2;
    }
    VisitPair pair = null;
    if (compare != null) {
      try {
        pair = comparePair();
      } catch (IllegalArgumentException e) {
        err.println("myomap: " + e.getMessage());
        return 2;
      }
    }
    if (!(matchTolerance >= 0 && matchTolerance <= 1000)
        || !(detectableChange >= 0 && detectableChange <= 100)) {
      err.println(
          "myomap: --match-tolerance must be 0 to 1000 outline units and --detectable-change 0 to"
              + " 100 percentage points.");
      return 2;
    }
    if (!Files.isRegularFile(database)) {
      err.println("myomap: \"" + database + "\" is not a file; nothing was exported.");
      return DATABASE_PROBLEM;
    }
    ShareWarning.onStderr(database, err);
    // A cold export is mostly class loading: the current atlas (almost every visit's; its views
    // load when a visit needs them) and the report writer load while the database opens.
    CompletableFuture<Optional<Atlas>> atlas =
        CompletableFuture.supplyAsync(ExportCommand::currentAtlas, BACKGROUND);
    if (format == ExportFormat.PDF) {
      CompletableFuture.runAsync(PdfReport::prepare, BACKGROUND);
    }
    try (Database opened = Database.open(database, false)) {
      // The whole record check, as Tools > Verify Records makes it: a report is evidence, so an
      // export of a visit changed outside MyoMap says so (100,000 changes take under 2 s). It runs
      // once the visits are read, beside the drawing of the first file (see write).
      RecordChecks checks = new RecordChecks(opened);
      VisitRecords records = new VisitRecords(opened, checks::isAltered);
      atlas.join().ifPresent(records::remember);
      AuditTrail audit = AuditTrail.onCallingThread(opened, clock, AuditTrail::commandLineUser);
      return pair != null
          ? exportComparison(records, checks, audit, pair, err)
          : export(records, checks, audit, files, err);
    } catch (DatabaseRefusedException e) {
      String words = e.getMessage();
      if (e.reason() == DatabaseRefusedException.Reason.IN_USE) {
        words += " Use File > Export in that MyoMap window.";
      }
      err.println("myomap: " + words);
      return DATABASE_PROBLEM;
    } catch (DatabaseException | AtlasException e) {
      LOG.log(Level.SEVERE, "Could not export from " + database, e);
      err.println("myomap: the charts could not be read (" + e.getMessage() + ").");
      return DATABASE_PROBLEM;
    }
  }

  /** The current atlas, or empty when it cannot load (a visit needing it then says why). */
  private static Optional<Atlas> currentAtlas() {
    try {
      Atlas atlas = Atlas.loadOnDemand(Atlas.CURRENT_VERSION);
      // The back is the view most charted for trigger points; loading it also loads the SVG
      // renderer, so the views a visit needs then load quickly.
      atlas.view(BodyView.POSTERIOR);
      return Optional.of(atlas);
    } catch (AtlasException e) {
      LOG.log(Level.WARNING, "The current atlas did not load", e);
      return Optional.empty();
    }
  }

  /**
   * What {@code --compare} names, checked against the options it cannot go with.
   *
   * @throws IllegalArgumentException with the words to print
   */
  private VisitPair comparePair() {
    if (spec.commandLine().getParseResult().hasMatchedOption("--visit")) {
      throw new IllegalArgumentException(
          "--compare names its own two visits; leave out --visit \"" + visit + "\".");
    }
    if (format == ExportFormat.SVG) {
      throw new IllegalArgumentException("--compare writes a pdf report or png pictures, not svg.");
    }
    return VisitPair.parse(compare);
  }

  /** The one patient {@code --patient} names, or empty after saying why not. */
  private Optional<Patient> patient(VisitRecords records, PrintWriter err) {
    List<Patient> found = records.findPatients(patient);
    if (found.isEmpty()) {
      err.println("myomap: no patient has the record number or id \"" + patient + "\".");
      return Optional.empty();
    }
    if (found.size() > 1) {
      err.println(
          "myomap: "
              + found.size()
              + " patients share the record number \""
              + patient
              + "\"; give one of their ids: "
              + String.join(", ", found.stream().map(p -> p.id() + " (" + p.name() + ")").toList())
              + ".");
      return Optional.empty();
    }
    return Optional.of(found.get(0));
  }

  private int export(
      VisitRecords records,
      RecordChecks checks,
      AuditTrail audit,
      VisitFiles files,
      PrintWriter err) {
    Optional<Patient> found = patient(records, err);
    if (found.isEmpty()) {
      return NOT_FOUND;
    }
    Patient who = found.get();
    List<Visit> chosen;
    try {
      chosen = VisitChoice.parse(visit).of(records.visits(who), clock.getZone());
    } catch (IllegalArgumentException e) {
      err.println("myomap: " + e.getMessage());
      return 2;
    }
    if (chosen.isEmpty()) {
      err.println("myomap: " + who.name() + " has no visit " + describeVisit() + ".");
      return NOT_FOUND;
    }
    BatchExport batch = new BatchExport(records, files, audit);
    return write(
        batch, folder -> batch.plan(who, chosen, folder), chosen, checks, chosen.size() > 1, err);
  }

  /** Writes the comparison of the two visits {@code pair} names. */
  private int exportComparison(
      VisitRecords records,
      RecordChecks checks,
      AuditTrail audit,
      VisitPair pair,
      PrintWriter err) {
    Optional<Patient> found = patient(records, err);
    if (found.isEmpty()) {
      return NOT_FOUND;
    }
    Patient who = found.get();
    List<Visit> two;
    try {
      two = pair.find(records.visits(who), who.name(), clock.getZone());
    } catch (VisitPair.Refused e) {
      err.println("myomap: " + e.getMessage());
      return e.status();
    }
    VisitComparer comparer =
        new VisitComparer(
            CompareSettings.DEFAULTS
                .withMatchTolerance(matchTolerance)
                .withSmallestDetectableChange(detectableChange));
    ExportChoice choice =
        new ExportChoice(
            format, views, paper, dpi, Optional.empty(), !noCaption, !noLegend, transparent);
    BatchExport batch = new BatchExport(records, visit -> List.of(), audit);
    return write(
        batch,
        folder -> {
          ComparedVisits compared =
              ComparedVisits.of(
                  records.open(who, two.get(0)), records.open(who, two.get(1)), comparer);
          return new ExportPlan(
              ComparisonExport.files(
                      compared, choice, "MyoMap " + Version.current(), clock, clock.getZone())
                  .stream()
                  .map(
                      n ->
                          new ExportPlan.File(
                              folder.resolve(n.name()), n.content(), who.id(), null))
                  .toList(),
              2);
        },
        two,
        checks,
        false,
        err);
  }

  /**
   * Writes the files {@code planIn} makes in a folder to {@code -o} (the folder, or the one file's
   * name), printing each file written, unless a file exists and {@code --force} was not given.
   *
   * <p>The whole record check of the file runs beside the drawing of the first file, which takes
   * the visits as unaltered: when the check finds one of {@code exported} altered, every file is
   * drawn again from visits that say so, so nothing is written before the check has ended.
   */
  private int write(
      BatchExport batch,
      java.util.function.Function<Path, ExportPlan> planIn,
      List<Visit> exported,
      RecordChecks checks,
      boolean many,
      PrintWriter err) {
    try {
      boolean namedFile = isFileName(output);
      Path folder = namedFile ? parentOf(output) : output;
      // The visits are read before the check starts: both use the one connection.
      ExportPlan plan = planIn.apply(folder);
      if (namedFile) {
        if (plan.files().size() != 1) {
          err.println(
              "myomap: this export writes "
                  + plan.files().size()
                  + " files; give a folder with -o instead of \""
                  + output
                  + "\".");
          return 2;
        }
        plan = plan.to(output.toAbsolutePath());
      }
      if (!force && !plan.existing().isEmpty()) {
        err.println(
            "myomap: \""
                + plan.existing().get(0)
                + "\" exists"
                + (plan.existing().size() > 1
                    ? " (and " + (plan.existing().size() - 1) + " more)"
                    : "")
                + "; nothing was written. Add --force to replace.");
        return OUTPUT_PROBLEM;
      }
      CompletableFuture<?> check = checks.whole(BACKGROUND, done -> {});
      ExportPlan.File first = plan.files().get(0);
      byte[] drawn = AtomicFile.toBytes(first.content());
      awaitCheck(check);
      long altered = exported.stream().filter(v -> checks.isAltered(v.id())).count();
      if (altered > 0) {
        plan = planIn.apply(folder);
        if (namedFile) {
          plan = plan.to(output.toAbsolutePath());
        }
      } else {
        plan = plan.withFirst(out -> out.write(drawn));
      }
      Files.createDirectories(first.target().toAbsolutePath().getParent());
      List<Path> written =
          batch.write(
              plan,
              (done, total, file) -> {
                if (many) {
                  err.println("Exported " + done + " of " + total + ": " + file.getFileName());
                }
              },
              () -> false);
      PrintWriter out = spec.commandLine().getOut();
      for (Path file : written) {
        out.println(file.toAbsolutePath());
      }
      if (altered > 0) {
        err.println(
            "myomap: warning: "
                + (altered == 1 ? "one visit's record" : altered + " visits' records")
                + " exported here changed outside MyoMap since charted; the files say so. Run"
                + " myomap verify for the details.");
      }
      return 0;
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Export to " + output + " failed", e);
      err.println(
          "myomap: could not write into \"" + output + "\" (" + WriteProblem.describe(e) + ").");
      return OUTPUT_PROBLEM;
    }
  }

  /** Waits for the record check, passing on the failure that ended it. */
  private static void awaitCheck(CompletableFuture<?> check) {
    try {
      check.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw e;
    }
  }

  private String describeVisit() {
    return switch (visit.toLowerCase(Locale.ROOT)) {
      case "latest", "all" -> "yet";
      default -> "\"" + visit + "\"";
    };
  }

  private boolean isFileName(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    return name.toLowerCase(Locale.ROOT).endsWith("." + format.extension())
        && !Files.isDirectory(path);
  }

  private static Path parentOf(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? file.toAbsolutePath() : parent;
  }

  static final class FormatConverter implements ITypeConverter<ExportFormat> {
    @Override
    public ExportFormat convert(String value) {
      try {
        return ExportFormat.named(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("use png, svg or pdf, not '" + value + "'");
      }
    }
  }

  static final class PaperConverter implements ITypeConverter<Paper> {
    @Override
    public Paper convert(String value) {
      try {
        return Paper.named(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("use a4 or letter, not '" + value + "'");
      }
    }
  }

  static final class ViewConverter implements ITypeConverter<BodyView> {
    @Override
    public BodyView convert(String value) {
      try {
        return BodyView.ofId(value.strip().toLowerCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            "'"
                + value
                + "' is not a view; use anterior, posterior, lateral-left, lateral-right,"
                + " head-left, head-right, hand or foot");
      }
    }
  }
}
