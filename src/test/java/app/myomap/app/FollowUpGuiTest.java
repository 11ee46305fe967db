package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.model.BodyView;
import app.myomap.model.CarryState;
import app.myomap.model.Chart;
import app.myomap.model.TriggerPoint;
import app.myomap.model.Visit;
import app.myomap.store.ChartStore;
import app.myomap.store.Database;
import app.myomap.store.VisitStore;
import app.myomap.testing.AppDriver;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import app.myomap.testing.MapSettings;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.swing.JLabel;
import org.assertj.swing.core.Robot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A follow-up visit in the real window: the last visit's points come back faded, C confirms one,
 * Delete resolves another, moving the third confirms it, and the file keeps each one's lineage and
 * state across a restart.
 */
@GuiTest
class FollowUpGuiTest {
  @TempDir Path dir;

  @Test
  void carriedPointsAreConfirmedResolvedAndEditedThenKeptWithTheirLineage(Robot robot)
      throws Exception {
    Path db = dir.resolve("clinic.db");
    AppDriver app = new AppDriver(robot, new MapSettings());
    app.start(db);
    app.answerPractitioner("Alex Morgan");
    app.createPatient("Jordan Lee", "1985-04-12", "MRN-1001");
    app.waitForAtlas();
    app.startVisit();
    app.showView(BodyView.POSTERIOR);
    app.key(KeyEvent.VK_T);
    app.clickOutline(app.between(BodyView.POSTERIOR, "c7", "acromion.R"));
    app.clickOutline(app.between(BodyView.POSTERIOR, "t3", "scapula-spine-root.R"));
    app.clickOutline(app.between(BodyView.POSTERIOR, "c7", "acromion.L"));
    Gui.waitUntil("three points", () -> app.editor().chart().triggerPoints().size() == 3);
    List<TriggerPoint> firstPoints = execute(() -> app.editor().chart().triggerPoints());
    String firstVisit = app.openVisitId();

    Gui.click(app.window().button("visits.followUp"));
    Gui.waitUntil(
        "the follow-up to open with the points carried",
        () ->
            !app.openVisitId().equals(firstVisit)
                && app.editor().chart().awaitingReexamination().size() == 3);
    JLabel metrics = robot.finder().findByName("status.metrics", JLabel.class, false);
    Gui.waitUntil(
        "the status bar to count what is left to re-examine",
        () -> metrics.getText().endsWith("3 carried findings to re-examine"));
    List<TriggerPoint> carried = execute(() -> app.editor().chart().triggerPoints());

    app.key(KeyEvent.VK_V);
    app.clickOutline(carried.get(0).position());
    Gui.waitUntil(
        "the inspector to say the point awaits re-examination",
        () -> app.window().label("inspector.carried").target().isShowing());
    app.key(KeyEvent.VK_C);
    Gui.waitUntil(
        "the status bar to count one fewer",
        () -> metrics.getText().endsWith("2 carried findings to re-examine"));
    app.screenshot("follow-up-carried");
    app.clickOutline(carried.get(1).position());
    Gui.waitUntil(
        "the second point to be selected",
        () -> app.editor().selection().ids().contains(carried.get(1).id()));
    app.key(KeyEvent.VK_DELETE);
    app.clickOutline(carried.get(2).position());
    Gui.waitUntil(
        "the third point to be selected",
        () -> app.editor().selection().ids().contains(carried.get(2).id()));
    app.key(KeyEvent.VK_RIGHT);
    Gui.waitUntil(
        "one confirmed, one resolved, one moved and so confirmed",
        () ->
            app.editor().chart().awaitingReexamination().isEmpty()
                && app.editor().chart().resolved().size() == 1);
    Gui.waitUntil(
        "the status bar to count the resolved point",
        () -> metrics.getText().endsWith(" · 1 resolved"));
    app.screenshot("follow-up");
    String followUp = app.openVisitId();
    app.quit();

    try (Database database = Database.open(db)) {
      List<Visit> visits = new VisitStore(database).listByPatient(patientOf(database, followUp));
      assertThat(visits).hasSize(2);
      Chart chart = new ChartStore(database).load(followUp);
      Map<Object, CarryState> states =
          chart.marks().stream()
              .collect(
                  Collectors.toMap(
                      m -> m.carry().orElseThrow().originMarkId(),
                      m -> m.carry().orElseThrow().state()));
      Function<Integer, Object> origin = i -> firstPoints.get(i).id();
      assertThat(states)
          .containsEntry(origin.apply(0), CarryState.CONFIRMED)
          .containsEntry(origin.apply(1), CarryState.RESOLVED)
          .containsEntry(origin.apply(2), CarryState.CONFIRMED);
      assertThat(chart.marks())
          .allSatisfy(
              m -> assertThat(m.carry().orElseThrow().originVisitId()).isEqualTo(firstVisit));
      // The first visit is untouched.
      assertThat(new ChartStore(database).load(firstVisit).triggerPoints())
          .containsExactlyElementsOf(firstPoints);
    }
  }

  private static String patientOf(Database database, String visitId) {
    return new VisitStore(database).get(visitId).orElseThrow().patientId();
  }
}
