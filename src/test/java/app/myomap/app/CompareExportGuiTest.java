package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.model.Patient;
import app.myomap.model.Visit;
import app.myomap.testing.AppDriver;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import app.myomap.testing.MapSettings;
import app.myomap.ui.UiSettings;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.swing.core.Robot;
import org.assertj.swing.core.matcher.JButtonMatcher;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export… in the Compare Visits window: the comparison shown written as a PDF report whose legend
 * counts what the window's legend counts, and the view shown as a PNG picture, replacing a file
 * only once the user agrees; and File › Export… ending a visit's report with its comparison with
 * the visit before.
 */
@GuiTest
class CompareExportGuiTest {
  @TempDir Path dir;

  @Test
  void theCompareWindowExportsItsComparisonAsPdfAndPng(Robot robot) throws Exception {
    Path db = dir.resolve("clinic.db");
    Patient patient = Patient.create("Casey Compare", LocalDate.of(1979, 3, 4), "MRN-77");
    Visit latest = CompareGuiTest.writeVisits(db, patient, 3);
    MapSettings settings = new MapSettings();
    settings.put(UiSettings.LAST_PATIENT, patient.id());
    settings.put(UiSettings.LAST_VISIT, latest.id());
    settings.put(UiSettings.EXPORT_DPI, 150);
    AppDriver app = new AppDriver(robot, settings);
    app.start(db);
    app.waitForAtlas();
    app.waitForEditor();
    app.shortcut(KeyEvent.VK_K);
    DialogFixture compare = Gui.dialog(robot, "compareWindow");
    CompareGuiTest.waitForCounts(compare, 1, 1, 1, 1);

    Gui.click(compare.button("compare.export"));
    Gui.choosePopupItem(robot, "compare.export.pdf");
    Path pdf = dir.resolve("comparison.pdf");
    Gui.chooseFile(robot, "export.chooser", pdf);
    waitForStatus(compare, "Exported " + pdf + ".");
    try (PDDocument report = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      String text = stripper.getText(report).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Visit comparison", "Casey Compare", "MRN-77")
          .contains("Trigger points New 1 Resolved 1 Persisting 1 Changed 1")
          .contains("Active trigger points 3 2 -1");
    }

    // The view shown as a picture, over a file that exists: MyoMap asks before replacing it.
    Path png = dir.resolve("comparison.png");
    Files.writeString(png, "old");
    Gui.click(compare.button("compare.export"));
    Gui.choosePopupItem(robot, "compare.export.png");
    Gui.chooseFile(robot, "export.chooser", png);
    DialogFixture replace = Gui.dialog(robot, "exportReplaceDialog");
    Gui.click(replace.button(JButtonMatcher.withText("Replace")));
    Gui.closed(replace);
    waitForStatus(compare, "Exported " + png + ".");
    BufferedImage picture = ImageIO.read(png.toFile());
    assertThat(picture).isNotNull();
    assertThat(picture.getWidth()).isEqualTo(1240);
    assertThat(picture.getHeight()).isEqualTo(1754);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".partial"));
    }
    assertThat(settings.get(UiSettings.EXPORT_FOLDER)).isEqualTo(dir.toString());

    // File › Export… can end the open visit's report with its comparison with the one before.
    compare.close();
    Gui.waitUntil("the compare window to close", () -> !compare.target().isShowing());
    app.chooseMenu("menu.file", "menu.file.export");
    DialogFixture dialog = Gui.dialog(robot, "exportDialog");
    dialog.comboBox("export.format").selectItem(2);
    dialog.checkBox("export.comparePrevious").requireEnabled().check();
    Gui.click(dialog.button("export.ok"));
    Path report = dir.resolve("visit.pdf");
    Gui.chooseFile(robot, "export.chooser", report);
    Gui.waitUntil("the report to be written", () -> Files.exists(report));
    try (PDDocument written = Loader.loadPDF(report.toFile())) {
      String text = new PDFTextStripper().getText(written).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Visit report", "Comparison with an earlier visit")
          .contains("Trigger points New 1 Resolved 1 Persisting 1 Changed 1");
    }
    assertThat(settings.get(UiSettings.EXPORT_COMPARE_PREVIOUS)).isTrue();
  }

  private static void waitForStatus(DialogFixture compare, String words) {
    Gui.waitUntil(
        "the compare window to say \"" + words + "\"",
        () -> execute(() -> CompareGuiTest.text(compare, "compare.status")).equals(words));
  }
}
