package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.model.BodyView;
import app.myomap.model.Patient;
import app.myomap.model.Visit;
import app.myomap.store.Database;
import app.myomap.store.MetaStore;
import app.myomap.store.PatientStore;
import app.myomap.store.VisitStore;
import app.myomap.testing.AppDriver;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import app.myomap.testing.MapSettings;
import app.myomap.ui.UiSettings;
import java.awt.Component;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.swing.AbstractButton;
import javax.swing.JToolBar;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The view switcher offers the views of the open visit's atlas version: eight on a version with
 * hand and foot (the test-only version v90 under src/test/resources/assets/atlas), six on v1.
 */
@GuiTest
class VersionViewsGuiTest {
  private static final List<String> V1_BUTTONS =
      List.of(
          "toolbar.view.anterior",
          "toolbar.view.posterior",
          "toolbar.view.lateral-left",
          "toolbar.view.lateral-right",
          "toolbar.view.head-left",
          "toolbar.view.head-right");

  @TempDir Path dir;

  private final MapSettings settings = new MapSettings();

  @Test
  void theSwitcherMenusShortcutsAndExportOfferTheOpenVisitsViews(Robot robot) throws Exception {
    Path db = dir.resolve("clinic.db");
    String patientId;
    Visit onV1;
    Visit withHands;
    try (Database database = Database.open(db)) {
      new MetaStore(database).setPractitioner("Sam Rivera");
      Patient patient = Patient.create("Jordan Lee", LocalDate.of(1975, 6, 2), "");
      new PatientStore(database).create(patient, "Sam Rivera");
      patientId = patient.id();
      Instant now = Instant.now();
      onV1 =
          new Visit(
              UUID.randomUUID().toString(),
              patient.id(),
              now.minus(Duration.ofDays(9)),
              "v1",
              "Sam Rivera");
      withHands =
          new Visit(
              UUID.randomUUID().toString(),
              patient.id(),
              now.minus(Duration.ofDays(2)),
              "v90",
              "Sam Rivera");
      new VisitStore(database).create(onV1);
      new VisitStore(database).create(withHands);
    }
    settings.put(UiSettings.LAST_PATIENT, patientId);
    settings.put(UiSettings.LAST_VISIT, withHands.id());
    AppDriver app = new AppDriver(robot, settings);
    app.start(db);
    app.waitForAtlas();
    app.waitForEditor();
    Gui.waitUntil("the v90 atlas to be shown", () -> "v90".equals(app.atlas().version()));

    assertThat(shownViewButtons(app))
        .containsExactlyElementsOf(
            concat(V1_BUTTONS, List.of("toolbar.view.hand", "toolbar.view.foot")));
    app.shortcut(KeyEvent.VK_7);
    assertThat(shownView(app)).isEqualTo(BodyView.HAND);
    app.shortcut(KeyEvent.VK_8);
    assertThat(shownView(app)).isEqualTo(BodyView.FOOT);
    app.chooseMenu("menu.file", "menu.file.exportAll");
    DialogFixture export = Gui.dialog(robot, "exportDialog");
    assertThat(exportViewBoxes(export))
        .containsExactly(
            "export.view.anterior",
            "export.view.posterior",
            "export.view.lateral-left",
            "export.view.lateral-right",
            "export.view.head-left",
            "export.view.head-right",
            "export.view.hand",
            "export.view.foot");
    Gui.click(export.button("export.cancel"));

    String v1Visit = onV1.id();
    execute(() -> app.running().workspace().patientsPanel().reopen(patientId, v1Visit));
    Gui.waitUntil("the v1 atlas to be shown", () -> "v1".equals(app.atlas().version()));

    assertThat(shownViewButtons(app)).containsExactlyElementsOf(V1_BUTTONS);
    // The foot is not on v1: the visit opens on the first view, and Ctrl+7 does nothing.
    assertThat(shownView(app)).isEqualTo(BodyView.ANTERIOR);
    // Without a window manager the closed dialog leaves no window focused; a click gives it back.
    robot.click(app.canvas());
    app.shortcut(KeyEvent.VK_7);
    assertThat(shownView(app)).isEqualTo(BodyView.ANTERIOR);
    app.shortcut(KeyEvent.VK_6);
    assertThat(shownView(app)).isEqualTo(BodyView.HEAD_RIGHT);
    app.chooseMenu("menu.file", "menu.file.exportAll");
    export = Gui.dialog(robot, "exportDialog");
    assertThat(exportViewBoxes(export))
        .containsExactlyElementsOf(
            V1_BUTTONS.stream().map(n -> n.replace("toolbar.", "export.")).toList());
    Gui.click(export.button("export.cancel"));
    app.quit();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  private static BodyView shownView(AppDriver app) {
    return execute(() -> app.canvas().atlasView().orElseThrow().view());
  }

  /** The names of the view buttons on the main toolbar, in their order. */
  private static List<String> shownViewButtons(AppDriver app) {
    return execute(
        () -> {
          JToolBar bar =
              (JToolBar)
                  app.window()
                      .robot()
                      .finder()
                      .find(
                          app.window().target(),
                          c -> c instanceof JToolBar && hasViewButton((JToolBar) c));
          return Arrays.stream(bar.getComponents())
              .filter(c -> c.getName() != null && c.getName().startsWith("toolbar.view."))
              .filter(Component::isVisible)
              .map(Component::getName)
              .toList();
        });
  }

  private static boolean hasViewButton(JToolBar bar) {
    return Arrays.stream(bar.getComponents())
        .anyMatch(c -> "toolbar.view.anterior".equals(c.getName()));
  }

  private static List<String> exportViewBoxes(DialogFixture dialog) {
    return execute(
        () ->
            dialog
                .robot()
                .finder()
                .findAll(
                    dialog.target(),
                    c ->
                        c instanceof AbstractButton
                            && c.getName() != null
                            && c.getName().startsWith("export.view.")
                            && c.isShowing())
                .stream()
                .sorted(
                    java.util.Comparator.comparingInt((Component c) -> c.getLocationOnScreen().y)
                        .thenComparingInt(c -> c.getLocationOnScreen().x))
                .map(Component::getName)
                .toList());
  }
}
