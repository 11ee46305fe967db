package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.ReferralKind;
import app.myomap.model.ReferralZone;
import app.myomap.model.SymptomArea;
import app.myomap.model.SymptomSensation;
import app.myomap.model.TriggerPoint;
import app.myomap.testing.AppDriver;
import app.myomap.testing.GuiTest;
import app.myomap.testing.MapSettings;
import java.awt.event.KeyEvent;
import java.awt.geom.Point2D;
import java.nio.file.Path;
import java.util.List;
import org.assertj.swing.core.Robot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The referral pattern of a right upper trapezius trigger point, painted as the patient reports it:
 * an essential zone at the temple and a spillover zone behind the ear on the head view, part of one
 * erased, undone and redone, and everything found identical after a restart.
 */
@GuiTest
class ZonesGuiTest {
  @TempDir Path dir;

  @Test
  void paintsEssentialAndSpilloverZonesErasesUndoesRedoesAndKeepsThemAcrossARestart(Robot robot)
      throws Exception {
    Path db = dir.resolve("zones.db");
    MapSettings settings = new MapSettings();
    AppDriver app = new AppDriver(robot, settings);
    app.start(db);
    app.answerPractitioner("Alex Morgan");
    app.createPatient("Robin Hale", "1990-02-14", "MRN-77");
    app.waitForAtlas();
    app.startVisit();
    app.showView(BodyView.HEAD_RIGHT);
    Point2D c7 = app.atlas().landmarks().point(BodyView.HEAD_RIGHT, "c7");
    Point2D acromion = app.atlas().landmarks().point(BodyView.HEAD_RIGHT, "acromion");
    app.key(KeyEvent.VK_T);
    app.clickOutline(mid(c7, acromion, 0.45, 0, -14));
    TriggerPoint trapezius = execute(() -> app.editor().chart().triggerPoints().get(0));
    assertThat(trapezius.muscle().id()).isEqualTo("upper-trapezius");

    app.key(KeyEvent.VK_R);
    double brushBefore = execute(() -> app.editor().zones().brushRadius());
    app.key(KeyEvent.VK_CLOSE_BRACKET);
    app.key(KeyEvent.VK_CLOSE_BRACKET);
    assertThat(execute(() -> app.editor().zones().brushRadius())).isGreaterThan(brushBefore * 1.5);
    Point2D temple = app.atlas().landmarks().point(BodyView.HEAD_RIGHT, "temple");
    app.dragOutline(
        offset(temple, -18, -10),
        offset(temple, 14, -12),
        offset(temple, 16, 8),
        offset(temple, -14, 10));
    app.window().toggleButton("zonePalette.kind.spillover").click();
    Point2D ear = app.atlas().landmarks().point(BodyView.HEAD_RIGHT, "ear");
    Point2D mastoid = app.atlas().landmarks().point(BodyView.HEAD_RIGHT, "mastoid");
    app.dragOutline(offset(ear, -14, -24), offset(ear, -22, 0), mid(ear, mastoid, 0.6, -6, 0));

    List<ReferralZone> zones = referralZones(app);
    assertThat(zones).hasSize(2);
    assertThat(zones).allSatisfy(z -> assertThat(z.owner()).contains(trapezius.id()));
    assertThat(zones)
        .extracting(ReferralZone::referralKind)
        .containsExactly(ReferralKind.ESSENTIAL, ReferralKind.SPILLOVER);
    double essentialArea = zones.get(0).shape().area();

    app.key(KeyEvent.VK_E);
    app.dragOutline(offset(temple, 2, -30), offset(temple, 2, 30));
    ReferralZone erased = referralZones(app).get(0);
    assertThat(erased.shape().area()).isLessThan(essentialArea * 0.95).isGreaterThan(0);
    Chart afterErase = execute(() -> app.editor().chart());

    app.shortcut(KeyEvent.VK_Z);
    assertThat(referralZones(app).get(0).shape().area()).isEqualTo(essentialArea);
    app.shortcutWithShift(KeyEvent.VK_Z);
    assertThat(execute(() -> app.editor().chart())).isEqualTo(afterErase);

    // The patient's own drawing on its layer: burning and pins and needles down the neck.
    app.key(KeyEvent.VK_S);
    app.window().comboBox("zonePalette.symptomSensation").selectItem(1);
    Point2D neck = mid(c7, acromion, 0.5, 10, -60);
    app.dragOutline(neck, offset(neck, 8, 22), offset(neck, 14, 44));
    app.window().comboBox("zonePalette.symptomSensation").selectItem(3);
    app.dragOutline(offset(neck, 40, -10), offset(neck, 52, 14), offset(neck, 60, 36));
    List<SymptomArea> symptoms = execute(() -> app.editor().chart().symptomAreas());
    assertThat(symptoms)
        .extracting(SymptomArea::sensation)
        .containsExactly(SymptomSensation.BURNING, SymptomSensation.PINS_AND_NEEDLES);
    Chart charted = execute(() -> app.editor().chart());
    app.key(KeyEvent.VK_V);
    app.clickOutline(mid(c7, acromion, 0.45, 0, -14));
    app.screenshot("zones-head");
    app.quit();

    AppDriver again = new AppDriver(robot, settings);
    again.start(db);
    again.waitForEditor();
    assertThat(execute(() -> again.editor().chart())).isEqualTo(charted);
    again.quit();
  }

  private static List<ReferralZone> referralZones(AppDriver app) {
    return execute(
        () ->
            app.editor().chart().marks().stream()
                .filter(ReferralZone.class::isInstance)
                .map(ReferralZone.class::cast)
                .toList());
  }

  private static Point2D offset(Point2D p, double dx, double dy) {
    return new Point2D.Double(p.getX() + dx, p.getY() + dy);
  }

  private static Point2D mid(Point2D a, Point2D b, double t, double dx, double dy) {
    return new Point2D.Double(
        a.getX() + t * (b.getX() - a.getX()) + dx, a.getY() + t * (b.getY() - a.getY()) + dy);
  }
}
