package app.myomap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.atlas.Muscle;
import app.myomap.atlas.MuscleCatalogue;
import app.myomap.atlas.SafetyTable;
import app.myomap.edit.MuscleChoice;
import app.myomap.edit.MuscleChooser;
import app.myomap.model.BodyView;
import app.myomap.model.MuscleRef;
import app.myomap.model.Side;
import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import java.awt.event.KeyEvent;
import java.awt.geom.Point2D;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javax.swing.JList;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drives the muscle picker from the keyboard and the mouse over the real catalogue. */
@GuiTest
class MusclePickerGuiTest {
  private static final MuscleCatalogue MUSCLES = MuscleCatalogue.load("v1");
  private static final SafetyTable SAFETY = SafetyTable.load(SafetyTable.CURRENT_VERSION);

  @BeforeEach
  void lightTheme() {
    execute(() -> Themes.install(false));
  }

  @Test
  void typingFiltersAndEnterChoosesTheFirstMatchOnThePreselectedSide(Robot robot) throws Exception {
    CompletableFuture<Optional<MuscleChoice>> result =
        open(() -> MusclePicker.choose(null, MUSCLES, SAFETY, Side.LEFT, ""));
    DialogFixture dialog = Gui.dialog(robot, "musclePicker");
    assertThat(shownIds(dialog)).hasSize(MUSCLES.all().size());

    dialog.textBox("musclePicker.filter").enterText("glut med");
    assertThat(shownIds(dialog)).first().isEqualTo("gluteus-medius");
    dialog.textBox("musclePicker.filter").pressAndReleaseKeys(KeyEvent.VK_ENTER);

    assertThat(result.get(Gui.TIMEOUT_MS, TimeUnit.MILLISECONDS))
        .contains(new MuscleChoice(new MuscleRef("gluteus-medius"), Side.LEFT));
  }

  @Test
  void otherMuscleChartsTheTypedNameAsAMuscleNotInTheAtlas(Robot robot) throws Exception {
    CompletableFuture<Optional<MuscleChoice>> result =
        open(() -> MusclePicker.choose(null, MUSCLES, SAFETY, Side.RIGHT, ""));
    DialogFixture dialog = Gui.dialog(robot, "musclePicker");
    dialog.textBox("musclePicker.filter").enterText("flexor pollicis");
    assertThat(shownIds(dialog)).isEmpty();
    dialog.button("musclePicker.other").click();

    DialogFixture other = Gui.dialog(robot, "otherMuscleDialog");
    other.textBox("otherMuscle.name").requireText("flexor pollicis");
    other.textBox("otherMuscle.name").deleteText().enterText("Flexor  pollicis longus ");
    other.textBox("otherMuscle.name").pressAndReleaseKeys(KeyEvent.VK_ENTER);

    Optional<MuscleChoice> chosen = result.get(Gui.TIMEOUT_MS, TimeUnit.MILLISECONDS);
    assertThat(chosen)
        .contains(new MuscleChoice(new MuscleRef("other:Flexor pollicis longus"), Side.RIGHT));
    assertThat(chosen.orElseThrow().muscle().otherName()).contains("Flexor pollicis longus");
  }

  @Test
  void cancellingTheOtherMuscleNameReturnsToTheList(Robot robot) throws Exception {
    CompletableFuture<Optional<MuscleChoice>> result =
        open(() -> MusclePicker.choose(null, MUSCLES, SAFETY, Side.LEFT, "soleus"));
    DialogFixture dialog = Gui.dialog(robot, "musclePicker");
    dialog.button("musclePicker.other").click();
    DialogFixture other = Gui.dialog(robot, "otherMuscleDialog");
    other.textBox("otherMuscle.name").pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
    Gui.waitUntil("the name dialog to close", () -> !execute(() -> other.target().isShowing()));

    dialog.button("musclePicker.choose").click();
    assertThat(result.get(Gui.TIMEOUT_MS, TimeUnit.MILLISECONDS))
        .contains(new MuscleChoice(new MuscleRef("soleus"), Side.LEFT));
  }

  @Test
  void escapeCancels(Robot robot) throws Exception {
    CompletableFuture<Optional<MuscleChoice>> result =
        open(() -> MusclePicker.choose(null, MUSCLES, SAFETY, Side.RIGHT, "glut"));
    DialogFixture dialog = Gui.dialog(robot, "musclePicker");
    dialog.textBox("musclePicker.filter").pressAndReleaseKeys(KeyEvent.VK_ESCAPE);

    assertThat(result.get(Gui.TIMEOUT_MS, TimeUnit.MILLISECONDS)).isEmpty();
  }

  @Test
  void arrowKeysMoveInTheListWhileTypingAndTheSideCanBeChanged(Robot robot) throws Exception {
    CompletableFuture<Optional<MuscleChoice>> result =
        open(() -> MusclePicker.choose(null, MUSCLES, SAFETY, Side.RIGHT, ""));
    DialogFixture dialog = Gui.dialog(robot, "musclePicker");
    dialog.textBox("musclePicker.filter").enterText("glut");
    List<String> shown = shownIds(dialog);
    assertThat(shown)
        .containsExactlyInAnyOrder("gluteus-maximus", "gluteus-medius", "gluteus-minimus");

    dialog
        .textBox("musclePicker.filter")
        .pressAndReleaseKeys(KeyEvent.VK_DOWN, KeyEvent.VK_DOWN, KeyEvent.VK_UP, KeyEvent.VK_DOWN);
    dialog.toggleButton("musclePicker.side.left").click();
    Gui.click(dialog.button("musclePicker.choose"));

    assertThat(result.get(Gui.TIMEOUT_MS, TimeUnit.MILLISECONDS))
        .contains(new MuscleChoice(new MuscleRef(shown.get(2)), Side.LEFT));
  }

  @Test
  void aDoubleClickChoosesAndAFilterWithoutMatchesOffersNothing(Robot robot) throws Exception {
    CompletableFuture<Optional<MuscleChoice>> result =
        open(() -> MusclePicker.choose(null, MUSCLES, SAFETY, Side.RIGHT, "zzz"));
    DialogFixture dialog = Gui.dialog(robot, "musclePicker");
    assertThat(shownIds(dialog)).isEmpty();
    dialog.label("musclePicker.noMatch").requireText("No muscle matches “zzz”");
    dialog.button("musclePicker.choose").requireDisabled();

    dialog.textBox("musclePicker.filter").deleteText().enterText("SCM");
    dialog.list("musclePicker.list").item(0).doubleClick();

    assertThat(result.get(Gui.TIMEOUT_MS, TimeUnit.MILLISECONDS))
        .contains(new MuscleChoice(new MuscleRef("sternocleidomastoid"), Side.RIGHT));
  }

  @Test
  void servesAsTheEditorsMuscleChooserWithTheLikelySide(Robot robot) throws Exception {
    MuscleChooser chooser =
        MusclePicker.chooser(
            null, MUSCLES, SAFETY, (view, point) -> point.getX() < 200 ? Side.RIGHT : Side.LEFT);
    CompletableFuture<Optional<MuscleChoice>> result =
        open(() -> chooser.choose(BodyView.ANTERIOR, new Point2D.Double(300, 400)));
    DialogFixture dialog = Gui.dialog(robot, "musclePicker");
    dialog.toggleButton("musclePicker.side.left").requireSelected();
    dialog.textBox("musclePicker.filter").enterText("tibialis");
    dialog.textBox("musclePicker.filter").pressAndReleaseKeys(KeyEvent.VK_ENTER);

    assertThat(result.get(Gui.TIMEOUT_MS, TimeUnit.MILLISECONDS))
        .contains(new MuscleChoice(new MuscleRef("tibialis-anterior"), Side.LEFT));
  }

  @Test
  void eachMuscleShowsItsSafetyNoteWithTheTableVersion(Robot robot) {
    CompletableFuture<Optional<MuscleChoice>> result =
        open(() -> MusclePicker.choose(null, MUSCLES, SAFETY, Side.LEFT, "levator"));
    DialogFixture dialog = Gui.dialog(robot, "musclePicker");
    @SuppressWarnings("unchecked")
    JList<Muscle> list = (JList<Muscle>) dialog.list("musclePicker.list").target();
    String tooltip =
        execute(
            () ->
                ((javax.swing.JComponent)
                        list.getCellRenderer()
                            .getListCellRendererComponent(
                                list, MUSCLES.require("levator-scapulae"), 0, false, false))
                    .getToolTipText());
    assertThat(tooltip).contains("dorsal scapular nerve and artery", "needling-safety-v1");
    dialog.textBox("musclePicker.filter").pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
    assertThat(result.join()).isEmpty();
  }

  /** Opens the modal picker from the event thread, as the app does, without blocking the test. */
  private static CompletableFuture<Optional<MuscleChoice>> open(
      Supplier<Optional<MuscleChoice>> picker) {
    CompletableFuture<Optional<MuscleChoice>> result = new CompletableFuture<>();
    SwingUtilities.invokeLater(() -> result.complete(picker.get()));
    return result;
  }

  @SuppressWarnings("unchecked")
  private static List<String> shownIds(DialogFixture dialog) {
    JList<Muscle> list = (JList<Muscle>) dialog.list("musclePicker.list").target();
    return execute(
        () ->
            IntStream.range(0, list.getModel().getSize())
                .mapToObj(i -> list.getModel().getElementAt(i).id())
                .toList());
  }
}
