package app.myomap.ui.compare;

import app.myomap.export.AtomicFile;
import app.myomap.export.ComparisonExport;
import app.myomap.export.ExportChoice;
import app.myomap.export.ExportFormat;
import app.myomap.export.ExportNames;
import app.myomap.export.Paper;
import app.myomap.export.PictureSettings;
import app.myomap.export.ReportSettings;
import app.myomap.export.WriteProblem;
import app.myomap.model.BodyView;
import app.myomap.session.ComparedVisits;
import app.myomap.ui.ExportTargets;
import app.myomap.ui.Messages;
import app.myomap.ui.Settings;
import app.myomap.ui.UiSettings;
import java.awt.Component;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JOptionPane;
import javax.swing.SwingWorker;

/**
 * The compare window's Export…: the comparison shown written as a PDF comparison report or as a PNG
 * picture of the view shown, through the same exporter as {@code myomap export --compare}. Asks
 * where (the last export folder proposed) and before replacing a file, writes in the background,
 * and says where it went. The picture takes its paper, density, caption and legend from the choices
 * last made in File › Export….
 */
final class CompareExport {
  private static final Logger LOG = Logger.getLogger(CompareExport.class.getName());

  private final Component owner;
  private final Settings settings;
  private final Clock clock;
  private final String generator;
  private final Consumer<String> status;

  /**
   * Exports from {@code owner}'s window; reports by {@code generator} dated by {@code clock};
   * {@code status} shows what happened.
   */
  CompareExport(
      Component owner, Settings settings, Clock clock, String generator, Consumer<String> status) {
    this.owner = owner;
    this.settings = settings;
    this.clock = clock;
    this.generator = generator;
    this.status = status;
  }

  /** Asks for a file and writes the comparison report of {@code compared} there. */
  void exportPdf(ComparedVisits compared) {
    ReportSettings report =
        new ReportSettings(paper(), clock.getZone(), generator, clock.instant(), Locale.ENGLISH);
    ask(
        ExportNames.comparison(compared, null, ExportFormat.PDF, clock.getZone()),
        target ->
            AtomicFile.write(
                target, out -> new ComparisonExport().writePdf(compared, report, out)));
  }

  /** Asks for a file and writes the picture of the comparison of {@code view} there. */
  void exportPng(ComparedVisits compared, BodyView view) {
    int dpi = settings.get(UiSettings.EXPORT_DPI);
    PictureSettings picture =
        PictureSettings.onPaper(paper(), ExportChoice.OFFERED_DPI.contains(dpi) ? dpi : 300)
            .withCaption(settings.get(UiSettings.EXPORT_CAPTION))
            .withLegend(settings.get(UiSettings.EXPORT_LEGEND))
            .withZone(clock.getZone());
    ask(
        ExportNames.comparison(compared, view, ExportFormat.PNG, clock.getZone()),
        target ->
            AtomicFile.write(
                target, out -> new ComparisonExport().writePng(compared, view, picture, out)));
  }

  private Paper paper() {
    try {
      return Paper.named(settings.get(UiSettings.EXPORT_PAPER));
    } catch (IllegalArgumentException e) {
      return Paper.A4;
    }
  }

  /** What writes a file whole or not at all. */
  @FunctionalInterface
  private interface Writing {
    void to(Path target) throws IOException;
  }

  private void ask(String suggestedName, Writing writing) {
    ExportTargets.chooseFile(owner, settings, suggestedName)
        .filter(
            target ->
                ExportTargets.replaceAllowed(
                    owner, Files.exists(target) ? List.of(target) : List.of()))
        .ifPresent(target -> write(target, writing));
  }

  private void write(Path target, Writing writing) {
    status.accept(Messages.format("Compare.export.writing", target.getFileName()));
    new SwingWorker<Void, Void>() {
      @Override
      protected Void doInBackground() throws IOException {
        writing.to(target);
        return null;
      }

      @Override
      protected void done() {
        try {
          get();
          status.accept(Messages.format("Compare.export.done", target));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
          failed(e.getCause());
        }
      }
    }.execute();
  }

  private void failed(Throwable cause) {
    LOG.log(Level.WARNING, "Export of a comparison failed", cause);
    String words =
        cause instanceof IOException io
            ? WriteProblem.describe(io)
            : Messages.get("Compare.export.problem");
    String message = Messages.format("Compare.export.failed", words);
    status.accept(message);
    JOptionPane.showMessageDialog(
        owner, message, Messages.get("Export.failed.title"), JOptionPane.ERROR_MESSAGE);
  }
}
