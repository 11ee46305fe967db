package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.model.AuditAction;
import app.myomap.model.BodyView;
import app.myomap.store.ChartStore;
import app.myomap.store.SignatureStore;
import app.myomap.testing.AppDriver;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import app.myomap.testing.MapSettings;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JTable;
import org.assertj.swing.core.Robot;
import org.assertj.swing.core.matcher.JButtonMatcher;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A visit charted, copied, exported and signed through the window, then Tools › Audit Log… shows
 * who opened, copied, exported and signed it, filters by action, and exports the rows shown as CSV.
 */
@GuiTest
class AuditLogGuiTest {
  @TempDir Path dir;

  private static List<List<String>> rows(JTable table) {
    return execute(
        () -> {
          List<List<String>> rows = new ArrayList<>();
          for (int r = 0; r < table.getRowCount(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < table.getColumnCount(); c++) {
              row.add(String.valueOf(table.getValueAt(r, c)));
            }
            rows.add(row);
          }
          return rows;
        });
  }

  @Test
  void anExportAndASignatureAreFoundInTheAuditLog(Robot robot) throws Exception {
    AppDriver app = new AppDriver(robot, new MapSettings());
    app.start(dir.resolve("clinic.db"));
    app.answerPractitioner("Alex Chen");
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

    app.shortcutWithShift(KeyEvent.VK_C);
    Gui.waitUntil(
        "the view to be copied",
        () -> app.window().label("status.message").target().getText().startsWith("Copied"));

    app.chooseMenu("menu.file", "menu.file.export");
    DialogFixture export = Gui.dialog(robot, "exportDialog");
    export.comboBox("export.format").selectItem(2);
    Gui.click(export.button("export.ok"));
    Path pdf = dir.resolve("jordan.pdf");
    Gui.chooseFile(robot, "export.chooser", pdf);
    Gui.waitUntil("the report to be written", () -> Files.exists(pdf));

    // Signed from the Record menu: after the file chooser the window may not have the focus.
    app.chooseMenu("menu.record", "menu.record.sign");
    DialogFixture sign = Gui.dialog(robot, "signDialog");
    Gui.click(sign.button(JButtonMatcher.withText("Sign")));
    Gui.waitUntil(
        "the visit to be signed",
        () -> new SignatureStore(app.running().database()).state(visitId).signed());

    app.chooseMenu("menu.tools", "menu.tools.auditLog");
    DialogFixture log = Gui.dialog(robot, "auditLog");
    JTable table = log.table("auditLog.table").target();
    Gui.waitUntil("the four rows", () -> rows(table).size() == 4);
    assertThat(rows(table))
        .extracting(row -> row.subList(1, 4))
        .containsExactly(
            List.of("Alex Chen", "Chart opened", "Jordan Lee"),
            List.of("Alex Chen", "Image copied", "Jordan Lee"),
            List.of("Alex Chen", "Visit exported", "Jordan Lee"),
            List.of("Alex Chen", "Visit signed", "Jordan Lee"));
    assertThat(rows(table).get(1).get(5)).isEqualTo("posterior");
    assertThat(rows(table).get(2).get(5)).isEqualTo("jordan.pdf");
    assertThat(rows(table).get(3).get(4)).isNotEmpty();

    log.comboBox("auditLog.action").selectItem(1 + AuditAction.VISIT_SIGNED.ordinal());
    Gui.waitUntil("only the signature", () -> rows(table).size() == 1);
    assertThat(rows(table).get(0).get(2)).isEqualTo("Visit signed");
    app.screenshotOfScreen("audit-log");

    Gui.click(log.button("auditLog.exportCsv"));
    Path csv = dir.resolve("audit.csv");
    Gui.chooseFile(robot, "export.chooser", csv);
    Gui.waitUntil("the CSV to be written", () -> Files.exists(csv) && Files.size(csv) > 0);
    Gui.waitUntil(
        "the dialog to say so",
        () -> log.label("auditLog.count").target().getText().startsWith("1 rows written"));
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1))
        .contains(",Alex Chen,visit-signed,")
        .contains(",Jordan Lee,MRN-1001," + visitId + ",");
    Gui.click(log.button("auditLog.close"));
    Gui.closed(log);
    app.quit();
  }
}
