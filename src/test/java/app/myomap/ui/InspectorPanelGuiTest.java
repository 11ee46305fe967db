package app.myomap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;
import static org.assertj.swing.timing.Pause.pause;

import app.myomap.atlas.Depth;
import app.myomap.atlas.MuscleCatalogue;
import app.myomap.atlas.MuscleRegion;
import app.myomap.atlas.RegionLookup;
import app.myomap.atlas.SafetyTable;
import app.myomap.edit.ChartEditor;
import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
import app.myomap.model.PressurePainThreshold;
import app.myomap.model.PressureUnit;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointCriterion;
import app.myomap.model.TriggerPointStatus;
import app.myomap.model.TwitchDetection;
import app.myomap.model.TwitchPresence;
import app.myomap.model.TwitchStrength;
import app.myomap.testing.GuiTest;
import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.geom.Path2D;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.Test;

/**
 * Drives the real inspector over a real editor and the real catalogue, as a practitioner would:
 * select, tick, type, pause, undo.
 */
@GuiTest
class InspectorPanelGuiTest {
  private static final MuscleCatalogue MUSCLES = MuscleCatalogue.load("v1");
  private static final SafetyTable SAFETY = SafetyTable.load(SafetyTable.CURRENT_VERSION);
  private static final MuscleRef TRAPEZIUS = new MuscleRef("upper-trapezius");

  private ChartEditor editor;
  private InspectorPanel inspector;
  private FrameFixture window;

  @Test
  void showsTheSelectedPointWithItsRiskAndOffersTheDeeperMuscle(Robot robot) {
    TriggerPoint point = point(260, 160, Side.RIGHT);
    open(robot, Chart.of(point));
    window.label("inspector.muscle").requireText("Select a trigger point");

    select(point);
    window.label("inspector.muscle").requireText("Upper trapezius (R)");
    window.label("inspector.latin").requireText("Musculus trapezius, pars descendens");
    window.label("inspector.risk").requireVisible().requireText("Needling risk: lung, nerve");
    assertThat(window.label("inspector.risk").target().getToolTipText())
        .contains("needling-safety-v2")
        .contains(SAFETY.of("upper-trapezius").orElseThrow().note().substring(0, 40));
    requireHidden("inspector.sideMismatch");

    window.button("inspector.alternative.0").requireText("Deeper: Levator scapulae (R)").click();
    assertThat(current(point).muscle().id()).isEqualTo("levator-scapulae");
    window.label("inspector.muscle").requireText("Levator scapulae (R)");
    // The frozen catalogue had no risk for levator scapulae; the safety table adds it.
    assertThat(window.label("inspector.risk").requireVisible().text())
        .contains("lung", "artery", "nerve");
    assertThat(window.label("inspector.risk").target().getToolTipText())
        .contains("dorsal scapular nerve and artery", "lung apex");
    window.button("inspector.alternative.0").requireText("Also here: Upper trapezius (R)");

    execute(editor::undo);
    assertThat(current(point).muscle()).isEqualTo(TRAPEZIUS);
    window.label("inspector.muscle").requireText("Upper trapezius (R)");
  }

  @Test
  void aMuscleNotInTheAtlasShowsItsNameMarkedWithNoLatinNameNorRisk(Robot robot) {
    TriggerPoint point =
        TriggerPoint.place(
            MarkId.random(),
            BodyView.POSTERIOR,
            260,
            160,
            MuscleRef.other("Serratus posterior superior"),
            Side.RIGHT,
            "Dr Inspector");
    open(robot, Chart.of(point));

    select(point);
    window.label("inspector.muscle").requireText("Serratus posterior superior (not in atlas) (R)");
    requireHidden("inspector.latin");
    requireHidden("inspector.risk");
  }

  @Test
  void sideStatusAndCriteriaAreEachOneUndoableStep(Robot robot) {
    TriggerPoint point = point(260, 160, Side.RIGHT);
    open(robot, Chart.of(point));
    select(point);

    window.toggleButton("inspector.status.latent").click();
    assertThat(current(point).status()).isEqualTo(TriggerPointStatus.LATENT);
    window.toggleButton("inspector.side.left").click();
    assertThat(current(point).side()).isEqualTo(Side.LEFT);
    window
        .label("inspector.sideMismatch")
        .requireVisible()
        .requireText(
            "Charted on the patient’s left, but the muscle under the point is on the right.");
    window.checkBox("inspector.criterion.tautBand").click();
    window.checkBox("inspector.criterion.recognition").click();
    assertThat(current(point).criteria())
        .containsExactly(TriggerPointCriterion.TAUT_BAND, TriggerPointCriterion.RECOGNITION);

    for (int i = 0; i < 4; i++) {
      execute(editor::undo);
    }
    assertThat(current(point)).isEqualTo(point);
    assertThat(execute(editor::canUndo)).isFalse();
    window.toggleButton("inspector.status.active").requireSelected();
    window.toggleButton("inspector.side.right").requireSelected();
    window.checkBox("inspector.criterion.tautBand").requireNotSelected();
    requireHidden("inspector.sideMismatch");
  }

  @Test
  void anInvalidThresholdIsFlaggedAndNeverCommittedAndAValidOneIsCommittedOnce(Robot robot) {
    TriggerPoint point = point(260, 160, Side.RIGHT);
    open(robot, Chart.of(point));
    select(point);
    JTextField ppt = (JTextField) window.textBox("inspector.ppt").target();

    window.textBox("inspector.ppt").enterText("4x");
    assertThat(execute(() -> ppt.getClientProperty(FlatClientProperties.OUTLINE)))
        .isEqualTo(FlatClientProperties.OUTLINE_ERROR);
    window
        .label("inspector.ppt.error")
        .requireVisible()
        .requireText("Enter a number above 0 and at most 20 kg/cm²");
    window.textBox("inspector.examiner").focus();
    assertThat(current(point).pressurePainThreshold()).isEmpty();

    window.textBox("inspector.ppt").deleteText().enterText("-2");
    assertThat(execute(() -> ppt.getClientProperty(FlatClientProperties.OUTLINE)))
        .isEqualTo(FlatClientProperties.OUTLINE_ERROR);
    window.textBox("inspector.ppt").deleteText().enterText("25");
    window.textBox("inspector.examiner").focus();
    assertThat(current(point).pressurePainThreshold()).isEmpty();
    assertThat(execute(editor::canUndo)).isFalse();

    window.textBox("inspector.ppt").deleteText().enterText("4.5");
    assertThat(execute(() -> ppt.getClientProperty(FlatClientProperties.OUTLINE))).isNull();
    requireHidden("inspector.ppt.error");
    waitUntil(
        "the threshold to be committed", () -> current(point).pressurePainThreshold().isPresent());
    assertThat(current(point).pressurePainThreshold())
        .contains(new PressurePainThreshold(4.5, PressureUnit.KG_PER_CM2));

    window.comboBox("inspector.ppt.unit").selectItem(1);
    assertThat(current(point).pressurePainThreshold())
        .contains(new PressurePainThreshold(4.5, PressureUnit.KPA));

    execute(editor::undo);
    execute(editor::undo);
    assertThat(current(point).pressurePainThreshold()).isEmpty();
    assertThat(execute(editor::canUndo)).isFalse();
    window.textBox("inspector.ppt").requireText("");
  }

  @Test
  void twitchDetailsApplyOnlyToAPresentResponse(Robot robot) {
    TriggerPoint point = point(260, 160, Side.RIGHT);
    open(robot, Chart.of(point));
    select(point);
    window.spinner("inspector.twitch.count").requireDisabled();
    window.comboBox("inspector.twitch.strength").requireDisabled();

    window.toggleButton("inspector.twitch.present").click();
    window.spinner("inspector.twitch.count").requireEnabled().enterTextAndCommit("3");
    window.comboBox("inspector.twitch.strength").selectItem("Moderate");
    window.checkBox("inspector.twitch.detected.palpable").click();

    var twitch = current(point).twitch();
    assertThat(twitch.presence()).isEqualTo(TwitchPresence.PRESENT);
    assertThat(twitch.count()).isEqualTo(3);
    assertThat(twitch.strength()).contains(TwitchStrength.MODERATE);
    assertThat(twitch.detectedBy()).containsExactly(TwitchDetection.PALPABLE);

    window.toggleButton("inspector.twitch.absent").click();
    assertThat(current(point).twitch().presence()).isEqualTo(TwitchPresence.ABSENT);
    window.spinner("inspector.twitch.count").requireDisabled().requireValue(0);
    window.checkBox("inspector.twitch.detected.palpable").requireDisabled().requireNotSelected();

    execute(editor::undo);
    window.spinner("inspector.twitch.count").requireEnabled().requireValue(3);
    window.comboBox("inspector.twitch.strength").requireSelection("Moderate");
  }

  @Test
  void aNoteTypedInOneBurstIsCommittedAfterThePauseAsOneUndoStep(Robot robot) {
    TriggerPoint point = point(260, 160, Side.RIGHT);
    open(robot, Chart.of(point));
    select(point);

    window.textBox("inspector.note").enterText("Tender at rest, refers to the temple");
    waitUntil("the note to be committed", () -> !current(point).note().isEmpty());
    assertThat(current(point).note()).isEqualTo("Tender at rest, refers to the temple");

    execute(editor::undo);
    assertThat(current(point).note()).isEmpty();
    assertThat(execute(editor::canUndo)).isFalse();
    window.textBox("inspector.note").requireText("");
  }

  @Test
  void typingIsCommittedToItsOwnPointWhenAnotherIsSelected(Robot robot) {
    TriggerPoint first = point(260, 160, Side.RIGHT);
    TriggerPoint second = point(120, 160, Side.LEFT);
    open(robot, Chart.of(first, second));
    select(first);

    window.textBox("inspector.examiner").deleteText().enterText("Dr Moss");
    select(second);
    assertThat(current(first).examiner()).isEqualTo("Dr Moss");
    assertThat(current(second).examiner()).isEqualTo("Dr Lee");
    window.textBox("inspector.examiner").requireText("Dr Lee");
    window.label("inspector.muscle").requireText("Upper trapezius (L)");
  }

  @Test
  void aBlankExaminerIsFlaggedAndNotCommitted(Robot robot) {
    TriggerPoint point = point(260, 160, Side.RIGHT);
    open(robot, Chart.of(point));
    select(point);

    window.textBox("inspector.examiner").deleteText();
    window.textBox("inspector.note").focus();
    window.label("inspector.examiner.error").requireVisible();
    assertThat(current(point).examiner()).isEqualTo("Dr Lee");
    assertThat(execute(editor::canUndo)).isFalse();
  }

  @Test
  void editsMadeElsewhereAreShownWithoutBeingCommittedAgain(Robot robot) {
    TriggerPoint point = point(260, 160, Side.RIGHT);
    open(robot, Chart.of(point));
    select(point);

    execute(() -> editor.setTwitchCount(point.id(), 5));
    window.spinner("inspector.twitch.count").requireEnabled().requireValue(5);
    window.toggleButton("inspector.twitch.present").requireSelected();

    execute(editor::undo);
    assertThat(execute(editor::canUndo)).isFalse();
    window.toggleButton("inspector.twitch.notTested").requireSelected();
    window.spinner("inspector.twitch.count").requireDisabled().requireValue(0);
  }

  @Test
  void severalSelectedPointsShareStatusAndNeedledOnly(Robot robot) {
    TriggerPoint first = point(260, 160, Side.RIGHT);
    TriggerPoint second = point(120, 160, Side.LEFT);
    open(robot, Chart.of(first, second));
    execute(editor::selectAll);

    window.label("inspector.muscle").requireText("2 marks selected");
    requireHidden("inspector.criterion.tautBand");
    requireHidden("inspector.side.right");
    window.toggleButton("inspector.status.latent").click();
    assertThat(current(first).status()).isEqualTo(TriggerPointStatus.LATENT);
    assertThat(current(second).status()).isEqualTo(TriggerPointStatus.LATENT);
    window.checkBox("inspector.needled").click();
    assertThat(current(first).needled()).isTrue();
    assertThat(current(second).needled()).isTrue();

    execute(editor::undo);
    execute(editor::undo);
    assertThat(current(first).status()).isEqualTo(TriggerPointStatus.ACTIVE);
    assertThat(current(second).status()).isEqualTo(TriggerPointStatus.ACTIVE);
    assertThat(execute(editor::canUndo)).isFalse();
    window.toggleButton("inspector.status.active").requireSelected();
  }

  @Test
  void detachingCommitsWaitingTextAndStopsFollowingTheEditor(Robot robot) {
    TriggerPoint first = point(260, 160, Side.RIGHT);
    TriggerPoint second = point(120, 160, Side.LEFT);
    open(robot, Chart.of(first, second));
    select(first);
    window.textBox("inspector.note").enterText("Refers to the temple");

    execute(inspector::detach);
    assertThat(current(first).note()).isEqualTo("Refers to the temple");
    select(second);
    window.label("inspector.muscle").requireText("Upper trapezius (R)");
  }

  private void open(Robot robot, Chart chart) {
    JFrame frame =
        execute(
            () -> {
              Themes.install(false);
              RegionLookup regions = regions();
              editor =
                  new ChartEditor(
                      chart,
                      regions,
                      "Dr Lee",
                      (view, p) -> Optional.empty(),
                      (view, p) -> Optional.empty());
              editor.setView(BodyView.POSTERIOR);
              JFrame f = new JFrame("Inspector");
              inspector = new InspectorPanel(editor, MUSCLES, SAFETY, regions, f);
              f.add(new JScrollPane(inspector));
              return f;
            });
    window = new FrameFixture(robot, frame);
    window.show(new Dimension(340, 1000));
    window.moveTo(new java.awt.Point(0, 0));
  }

  /** Fails unless the named component exists but is not showing. */
  private void requireHidden(String name) {
    Component component = window.robot().finder().findByName(window.target(), name, false);
    assertThat(execute(component::isShowing)).as(name + " showing").isFalse();
  }

  private void select(TriggerPoint point) {
    execute(() -> editor.select(List.of(point.id())));
  }

  private TriggerPoint current(TriggerPoint point) {
    MarkId id = point.id();
    return execute(() -> (TriggerPoint) editor.chart().get(id));
  }

  private static void waitUntil(String what, Supplier<Boolean> done) {
    pause(
        new Condition(what) {
          @Override
          public boolean test() {
            return done.get();
          }
        },
        Timeout.timeout(5_000));
  }

  private static TriggerPoint point(double x, double y, Side side) {
    return TriggerPoint.place(MarkId.random(), BodyView.POSTERIOR, x, y, TRAPEZIUS, side, "Dr Lee");
  }

  /**
   * Posterior view, patient's right on the viewer's right: upper trapezius R over a deeper levator
   * scapulae R, and upper trapezius L mirrored.
   */
  private static RegionLookup regions() {
    return RegionLookup.of(
        List.of(
            region("upper-trapezius", Side.RIGHT, rect(220, 140, 300, 180), Depth.SUPERFICIAL),
            region("levator-scapulae", Side.RIGHT, rect(230, 150, 290, 175), Depth.DEEP),
            region("upper-trapezius", Side.LEFT, rect(100, 140, 180, 180), Depth.SUPERFICIAL)));
  }

  private static MuscleRegion region(String id, Side side, Path2D.Double shape, Depth depth) {
    return MuscleRegion.of(id, side, BodyView.POSTERIOR, shape, depth);
  }

  private static Path2D.Double rect(double x1, double y1, double x2, double y2) {
    Path2D.Double path = new Path2D.Double();
    path.moveTo(x1, y1);
    path.lineTo(x2, y1);
    path.lineTo(x2, y2);
    path.lineTo(x1, y2);
    path.closePath();
    return path;
  }
}
