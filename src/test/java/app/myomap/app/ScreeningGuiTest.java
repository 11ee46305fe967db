package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.model.BodyView;
import app.myomap.model.TriggerPoint;
import app.myomap.model.record.Screening;
import app.myomap.model.record.ScreeningCategory;
import app.myomap.model.record.ScreeningChecklist;
import app.myomap.model.record.ScreeningItem;
import app.myomap.store.ChartStore;
import app.myomap.store.Database;
import app.myomap.store.RecordStore;
import app.myomap.store.ScreeningChecklistStore;
import app.myomap.testing.AppDriver;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import app.myomap.testing.MapSettings;
import app.myomap.ui.record.RecordPanel;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.Set;
import javax.swing.JLabel;
import javax.swing.JToggleButton;
import org.assertj.swing.core.Robot;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The screening before needling as a practitioner meets it: a medical alert pre-ticks its item, an
 * absolute contraindication refuses "needled" from the needling shortcut and from the inspector,
 * and an override with a reason lets the point be needled and keeps the reason in the record.
 */
@GuiTest
class ScreeningGuiTest {
  private static final String REASON = "Phobia discussed; patient asked to try one needle";

  @TempDir Path dir;

  @Test
  void anAbsoluteContraindicationBlocksNeedledUntilOverriddenWithAReason(Robot robot)
      throws Exception {
    Path db = dir.resolve("clinic.db");
    AppDriver app = new AppDriver(robot, new MapSettings());
    FrameFixture window = app.start(db);
    app.answerPractitioner("Alex Chen");
    app.createPatient("Jordan Lee", "1985-04-12", "MRN-1001");
    app.waitForAtlas();
    app.startVisit();
    app.showView(BodyView.POSTERIOR);
    app.key(KeyEvent.VK_T);
    app.clickOutline(app.between(BodyView.POSTERIOR, "c7", "acromion.R"));
    Gui.waitUntil("a point", () -> app.editor().chart().triggerPoints().size() == 1);
    TriggerPoint point = execute(() -> app.editor().chart().triggerPoints().get(0));

    // The patient's alerts tick their items; the practitioner adds a needle phobia.
    app.shortcut(KeyEvent.VK_R);
    RecordPanel record = (RecordPanel) window.panel("recordPanel").target();
    Gui.waitUntil("the record tab", record::isShowing);
    execute(() -> record.preTickScreening(Set.of("PREGNANCY")));
    JToggleButton pregnancy = window.toggleButton("record.screening.pregnancy.present").target();
    Gui.waitUntil("pregnancy ticked from the alert", pregnancy::isSelected);
    Gui.click(window.toggleButton("record.screening.needle-phobia.present"));
    JLabel blocked = window.label("record.screening.blocked").target();
    Gui.waitUntil("the block to be shown", () -> blocked.getText().contains("absolute"));

    // The needling-entry shortcut is refused; cancelling leaves the point unneedled.
    app.chooseMenu("menu.record", "menu.record.toggle");
    Gui.waitUntil("the chart", () -> app.canvas().isShowing());
    app.key(KeyEvent.VK_V);
    app.clickOutline(point.position());
    Gui.waitUntil(
        "the point to be selected", () -> app.editor().selection().ids().contains(point.id()));
    app.shortcutWithShift(KeyEvent.VK_E);
    DialogFixture refusal = Gui.dialog(robot, "needlingBlocked");
    assertThat(refusal.label("needlingBlocked.explanation").text())
        .contains("Strong fear of needles")
        .doesNotContain("Pregnancy");
    refusal.button("needlingBlocked.override").requireDisabled();
    Gui.click(refusal.button("needlingBlocked.cancel"));
    Gui.closed(refusal);
    assertThat(execute(() -> needled(app, point))).isFalse();

    // The inspector's needled box asks too; a reason overrides and the point is needled.
    Gui.click(window.checkBox("inspector.needled"));
    refusal = Gui.dialog(robot, "needlingBlocked");
    refusal.textBox("needlingBlocked.reason").enterText(REASON);
    Gui.click(refusal.button("needlingBlocked.override"));
    Gui.closed(refusal);
    Gui.waitUntil("the point to be needled", () -> needled(app, point));
    Gui.waitUntil("the block to be lifted", () -> blocked.getText().isBlank());
    // The safety table says upper trapezius lies over the lung and near a nerve: consent follows.
    app.chooseMenu("menu.record", "menu.record.toggle");
    JLabel lung = window.label("record.consent.lung").target();
    Gui.waitUntil("pneumothorax called out", () -> lung.getText().contains("lung"));
    window.checkBox("record.risk.pneumothorax").requireSelected();
    assertThat(window.label("record.consent.suggested").text()).contains("Nerve irritation");
    String visitId = app.openVisitId();
    app.quit();

    try (Database database = Database.open(db)) {
      Screening screening =
          new RecordStore(database).load(visitId).single(Screening.class).orElseThrow();
      assertThat(screening.answer("needle-phobia").orElseThrow().overrideReason())
          .isEqualTo(REASON);
      assertThat(screening.answer("pregnancy").orElseThrow().present()).isTrue();
      assertThat(screening.blockers()).isEmpty();
      assertThat(new ChartStore(database).load(visitId).triggerPoints())
          .singleElement()
          .extracting(TriggerPoint::needled)
          .isEqualTo(true);
    }
  }

  @Test
  void theClinicEditsItsChecklistAndTheRecordAsksTheNewVersion(Robot robot) throws Exception {
    Path db = dir.resolve("clinic.db");
    AppDriver app = new AppDriver(robot, new MapSettings());
    FrameFixture window = app.start(db);
    app.answerPractitioner("Alex Chen");
    app.createPatient("Jordan Lee", "1985-04-12", "MRN-1001");
    app.waitForAtlas();
    app.startVisit();

    app.chooseMenu("menu.record", "menu.record.checklist");
    DialogFixture dialog = Gui.dialog(robot, "screeningChecklist");
    JTableFixture table = dialog.table("screeningChecklist.table");
    int child = table.cell("Child or young person").row();
    table.cell(TableCell.row(child).column(3)).click();
    Gui.click(dialog.button("screeningChecklist.add"));
    int added = table.rowCount() - 1;
    table.cell(TableCell.row(added).column(0)).enterValue("Recent vaccination in the arm");
    table.cell(TableCell.row(added).column(1)).enterValue("Absolute");
    Gui.click(dialog.button("screeningChecklist.save"));
    Gui.closed(dialog);

    app.chooseMenu("menu.record", "menu.record.toggle");
    Gui.waitUntil(
        "the new item on the Record tab",
        () ->
            window
                    .robot()
                    .finder()
                    .findAll(
                        c ->
                            "record.screening.recent-vaccination-in-the-arm.present"
                                .equals(c.getName()))
                    .size()
                == 1);
    assertThat(
            window
                .robot()
                .finder()
                .findAll(c -> "record.screening.child.present".equals(c.getName())))
        .isEmpty();
    app.quit();

    try (Database database = Database.open(db)) {
      ScreeningChecklist stored =
          new ScreeningChecklistStore(database, java.time.Clock.systemUTC())
              .current()
              .orElseThrow();
      assertThat(stored.version()).isEqualTo("clinic-1");
      assertThat(stored.item("recent-vaccination-in-the-arm").orElseThrow().category())
          .isEqualTo(ScreeningCategory.ABSOLUTE);
      assertThat(stored.retired()).extracting(ScreeningItem::id).containsExactly("child");
    }
  }

  private static boolean needled(AppDriver app, TriggerPoint point) {
    return app.editor().chart().get(point.id()) instanceof TriggerPoint tp && tp.needled();
  }
}
