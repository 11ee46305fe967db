package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.model.BodyView;
import app.myomap.model.TriggerPoint;
import app.myomap.testing.AppDriver;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import app.myomap.testing.MapSettings;
import app.myomap.ui.UiSettings;
import java.awt.event.KeyEvent;
import java.awt.geom.Point2D;
import java.nio.file.Path;
import javax.swing.JTable;
import org.assertj.swing.core.Robot;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The timeline follows a finding by lineage: a point carried into a follow-up and moved well beyond
 * the matching distance is still one row, and a double-click on its first cell opens the first
 * visit with that point selected.
 */
@GuiTest
class TimelineLineageGuiTest {
  @TempDir Path dir;

  @Test
  void aCarriedPointMovedFarIsOneRowThatOpensItsFirstVisit(Robot robot) throws Exception {
    MapSettings settings = new MapSettings();
    AppDriver app = new AppDriver(robot, settings);
    app.start(dir.resolve("clinic.db"));
    app.answerPractitioner("Alex Morgan");
    app.createPatient("Jordan Lee", "1985-04-12", "MRN-1001");
    app.waitForAtlas();
    app.startVisit();
    app.showView(BodyView.POSTERIOR);
    app.key(KeyEvent.VK_T);
    app.clickOutline(app.between(BodyView.POSTERIOR, "t3", "scapula-spine-root.R"));
    Gui.waitUntil("the point to be placed", () -> app.editor().chart().triggerPoints().size() == 1);
    TriggerPoint first = execute(() -> app.editor().chart().triggerPoints().get(0));
    String firstVisit = app.openVisitId();

    Gui.click(app.window().button("visits.followUp"));
    Gui.waitUntil(
        "the follow-up to open with the point carried",
        () ->
            !app.openVisitId().equals(firstVisit)
                && app.editor().chart().awaitingReexamination().size() == 1);
    app.key(KeyEvent.VK_V);
    Point2D from = first.position();
    app.dragOutline(
        from,
        new Point2D.Double(from.getX(), from.getY() + 20),
        new Point2D.Double(from.getX(), from.getY() + 60));
    Gui.waitUntil(
        "the point to be moved 60 units, which confirms it",
        () ->
            app.editor().chart().awaitingReexamination().isEmpty()
                && app.editor().chart().triggerPoints().get(0).y() > from.getY() + 40);

    app.shortcut(KeyEvent.VK_K);
    DialogFixture compare = Gui.dialog(robot, "compareWindow");
    Gui.waitUntil(
        "the two visits to be compared",
        () ->
            !robot
                .finder()
                .findAll(compare.target(), c -> "compare.tabs".equals(c.getName()) && c.isShowing())
                .isEmpty());
    // The thresholds are the practitioner's: a smaller detectable change compares again with it.
    compare.tabbedPane("compare.tabs").selectTab(2);
    Gui.click(compare.button("compare.thresholds"));
    DialogFixture thresholds = Gui.dialog(robot, "thresholdsDialog");
    thresholds.spinner("thresholds.change").select(0.2);
    thresholds.button(org.assertj.swing.core.matcher.JButtonMatcher.withText("OK")).click();
    Gui.waitUntil(
        "the comparison to use the new threshold",
        () ->
            compare.label("compare.metric.sdc").target().isShowing()
                && compare.label("compare.metric.sdc").target().getText().contains("0.2"));
    assertThat(settings.get(UiSettings.COMPARE_DETECTABLE_CHANGE)).isEqualTo(20);
    compare.tabbedPane("compare.tabs").selectTab(3);
    JTable timeline = compare.table("timeline.table").target();
    Gui.waitUntil(
        "the timeline to show both visits",
        () -> execute(timeline::getColumnCount) == 2 && execute(timeline::getRowCount) > 0);
    assertThat(execute(timeline::getRowCount)).isEqualTo(1);

    compare.table("timeline.table").cell(TableCell.row(0).column(0)).doubleClick();
    Gui.waitUntil(
        "the first visit to open with its point selected",
        () ->
            app.openVisitId().equals(firstVisit)
                && app.editor().selection().ids().contains(first.id()));
  }
}
