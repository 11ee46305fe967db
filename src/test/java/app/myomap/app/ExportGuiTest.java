package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.atlas.Atlas;
import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.ChartChange;
import app.myomap.model.Patient;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import app.myomap.model.Visit;
import app.myomap.store.ChartStore;
import app.myomap.store.Database;
import app.myomap.store.PatientStore;
import app.myomap.store.VisitStore;
import app.myomap.testing.AppDriver;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import app.myomap.testing.MapSettings;
import app.myomap.ui.UiSettings;
import java.awt.Image;
import java.awt.Toolkit;
import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.DataFlavor;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File › Export… writes the open visit as a PDF report and as a PNG of a view, Edit › Copy Image
 * puts the view on the clipboard, and Export All Visits… shows its progress and, cancelled, leaves
 * no file behind.
 */
@GuiTest
class ExportGuiTest {
  @TempDir Path dir;

  /** A patient charted through the window: one trigger point on the back. */
  private AppDriver chartedVisit(Robot robot) throws Exception {
    AppDriver app = new AppDriver(robot, new MapSettings());
    app.start(dir.resolve("clinic.db"));
    app.answerPractitioner("Alex Morgan");
    app.createPatient("Jordan Lee", "1985-04-12", "MRN-1001");
    app.waitForAtlas();
    app.startVisit();
    app.showView(BodyView.POSTERIOR);
    String visitId = execute(() -> app.running().workspace().openVisitId().orElseThrow());
    app.key(KeyEvent.VK_T);
    app.clickOutline(app.between(BodyView.POSTERIOR, "c7", "acromion.R"));
    Gui.waitUntil(
        "the point to be saved",
        () -> new ChartStore(app.running().database()).load(visitId).size() == 1);
    return app;
  }

  @Test
  void theExportDialogWritesAPdfReportAndAPngOfAView(Robot robot) throws Exception {
    AppDriver app = chartedVisit(robot);

    app.chooseMenu("menu.file", "menu.file.export");
    DialogFixture pdfDialog = Gui.dialog(robot, "exportDialog");
    pdfDialog.comboBox("export.format").selectItem(2);
    Gui.waitUntil(
        "the preview of the report's first page",
        () -> pdfDialog.label("export.preview").target().getIcon() != null);
    app.screenshotOfScreen("export-dialog");
    Gui.click(pdfDialog.button("export.ok"));
    Path pdf = dir.resolve("jordan.pdf");
    Gui.chooseFile(robot, "export.chooser", pdf);
    Gui.waitUntil("the report to be written", () -> Files.exists(pdf));
    try (PDDocument report = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(report);
      assertThat(text).contains("Jordan Lee").contains("MRN-1001").contains("Alex Morgan");
    }

    app.chooseMenu("menu.file", "menu.file.export");
    DialogFixture pngDialog = Gui.dialog(robot, "exportDialog");
    pngDialog.comboBox("export.format").selectItem(0);
    pngDialog.checkBox("export.view.posterior").requireSelected();
    pngDialog.checkBox("export.view.anterior").requireNotSelected();
    pngDialog.comboBox("export.dpi").selectItem(0);
    Gui.click(pngDialog.button("export.ok"));
    Path png = dir.resolve("back.png");
    Gui.chooseFile(robot, "export.chooser", png);
    Gui.waitUntil("the picture to be written", () -> Files.exists(png));
    BufferedImage picture = ImageIO.read(png.toFile());
    assertThat(picture.getWidth()).isEqualTo(1240);
    assertThat(picture.getHeight()).isEqualTo(1754);
    // The file is in place a moment before the window hears that the export is done.
    Gui.waitUntil(
        "the status bar to name the picture",
        () ->
            app.window()
                .label("status.message")
                .target()
                .getText()
                .equals("Exported " + png + "."));
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
    }

    // The same file again: MyoMap asks, and Cancel keeps the file as it was.
    Files.writeString(png, "kept");
    app.chooseMenu("menu.file", "menu.file.export");
    DialogFixture again = Gui.dialog(robot, "exportDialog");
    Gui.click(again.button("export.ok"));
    Gui.chooseFile(robot, "export.chooser", png);
    DialogFixture replace = Gui.dialog(robot, "exportReplaceDialog");
    Gui.click(replace.button(org.assertj.swing.core.matcher.JButtonMatcher.withText("Cancel")));
    Gui.closed(replace);
    assertThat(Files.readString(png)).isEqualTo("kept");
  }

  @Test
  void copyImagePutsTheViewAsShownOnTheClipboard(Robot robot) throws Exception {
    AppDriver app = chartedVisit(robot);
    Clipboard clipboard = Toolkit.getDefaultToolkit().getSystemClipboard();
    clipboard.setContents(new java.awt.datatransfer.StringSelection("before"), null);

    app.shortcutWithShift(KeyEvent.VK_C);

    Gui.waitUntil(
        "an image on the clipboard", () -> clipboard.isDataFlavorAvailable(DataFlavor.imageFlavor));
    Image image = (Image) clipboard.getData(DataFlavor.imageFlavor);
    int canvasWidth = execute(() -> app.canvas().getWidth());
    assertThat(image.getWidth(null)).isEqualTo(canvasWidth * 2);
    Gui.waitUntil(
        "the status bar to say what was copied",
        () ->
            app.window()
                .label("status.message")
                .target()
                .getText()
                .equals("Copied the Posterior view to the clipboard."));
  }

  @Test
  void exportingEveryVisitShowsProgressAndCancelLeavesNoFile(Robot robot) throws Exception {
    Path db = dir.resolve("clinic.db");
    Patient patient = Patient.create("Robin Many", java.time.LocalDate.of(1970, 1, 2), "MRN-40");
    Visit latest = writeVisits(db, patient, 40);
    MapSettings settings = new MapSettings();
    settings.put(UiSettings.LAST_PATIENT, patient.id());
    settings.put(UiSettings.LAST_VISIT, latest.id());
    Path folder = Files.createDirectory(dir.resolve("notes"));
    AppDriver app = new AppDriver(robot, settings);
    app.start(db);
    app.waitForAtlas();
    app.waitForEditor();

    app.chooseMenu("menu.file", "menu.file.exportAll");
    DialogFixture dialog = Gui.dialog(robot, "exportDialog");
    dialog.radioButton("export.scope.all").requireSelected();
    dialog.comboBox("export.format").selectItem(0);
    dialog.comboBox("export.dpi").selectItem(2);
    for (BodyView view : Atlas.viewsOf(Atlas.CURRENT_VERSION)) {
      dialog.checkBox("export.view." + view.id()).check();
    }
    Gui.click(dialog.button("export.ok"));
    Gui.chooseFile(robot, "export.chooser", folder);

    DialogFixture progress = Gui.dialog(robot, "exportProgress");
    Gui.waitUntil(
        "the first files to be written",
        () -> progress.progressBar("exportProgress.bar").target().getValue() >= 1);
    assertThat(progress.progressBar("exportProgress.bar").target().getMaximum())
        .isEqualTo(40 * Atlas.viewsOf(Atlas.CURRENT_VERSION).size());
    // The window answers while the export runs.
    app.showView(BodyView.ANTERIOR);
    Gui.click(progress.button("exportProgress.cancel"));
    Gui.waitUntil(
        "the export to say it was cancelled",
        () ->
            app.window().label("status.message").target().getText().startsWith("Export cancelled"));
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).isEmpty();
    }
  }

  /** Writes {@code count} visits a day apart, each with a point on the back; returns the latest. */
  private static Visit writeVisits(Path db, Patient patient, int count) throws Exception {
    Atlas atlas = Atlas.load(Atlas.CURRENT_VERSION);
    Instant first = Instant.now().minus(Duration.ofDays(count + 1L));
    Visit visit = null;
    try (Database opened = Database.open(db)) {
      new PatientStore(opened, Clock.fixed(first, ZoneOffset.UTC)).create(patient, "Alex Morgan");
      new app.myomap.store.MetaStore(opened).setPractitioner("Alex Morgan");
      for (int i = 0; i < count; i++) {
        Clock at = Clock.fixed(first.plus(Duration.ofDays(i)), ZoneOffset.UTC);
        visit = Visit.start(patient.id(), atlas.version(), "Alex Morgan", at);
        new VisitStore(opened, at).create(visit);
        java.awt.geom.Point2D c7 = atlas.landmarks().point(BodyView.POSTERIOR, "c7");
        TriggerPoint point =
            TriggerPoint.place(
                app.myomap.model.MarkId.random(),
                BodyView.POSTERIOR,
                c7.getX(),
                c7.getY() + 20,
                new app.myomap.model.MuscleRef("upper-trapezius"),
                Side.RIGHT,
                "Alex Morgan");
        new ChartStore(opened, at)
            .commit(
                visit.id(),
                ChartChange.between(Chart.empty(), Chart.of(point), "command.edit.triggerPoint"),
                "Alex Morgan");
      }
    }
    return visit;
  }
}
