package app.myomap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import java.awt.Dialog;
import java.awt.Dimension;
import java.awt.event.KeyEvent;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;

/**
 * The lock covers every window of the frame that shows patient data: a modeless window such as a
 * comparison is hidden with it and comes back once someone is chosen again; a modal dialog left
 * open is covered in place and unlocked from there, with what was typed in it kept.
 */
@GuiTest
class IdleLockGuiTest {
  @Test
  void aModelessWindowOfTheFrameIsHiddenWhileLocked(Robot robot) {
    AtomicInteger asked = new AtomicInteger();
    JFrame frame = execute(() -> new JFrame("MyoMap"));
    IdleLock lock = execute(() -> new IdleLock(frame, () -> 0, () -> asked.incrementAndGet() > 0));
    JDialog compare =
        execute(
            () -> {
              JDialog d = new JDialog(frame, "Compare", Dialog.ModalityType.MODELESS);
              d.add(new JLabel("Jordan Lee: 3 visits"));
              d.setSize(300, 200);
              return d;
            });
    FrameFixture window = new FrameFixture(robot, frame);
    window.show(new Dimension(600, 400));
    execute(() -> compare.setVisible(true));
    Gui.waitUntil("the comparison to show", () -> execute(compare::isShowing));

    execute(lock::lock);
    Gui.waitUntil("the comparison to be hidden", () -> execute(() -> !compare.isShowing()));
    assertThat(execute(() -> frame.getContentPane().isVisible())).isFalse();

    Gui.click(window.button("lock.unlock"));
    Gui.waitUntil("the comparison to come back", () -> execute(compare::isShowing));
    assertThat(asked.get()).isEqualTo(1);
    assertThat(execute(() -> frame.getContentPane().isVisible())).isTrue();
    execute(
        () -> {
          lock.stop();
          compare.dispose();
        });
    window.cleanUp();
  }

  @Test
  void aModalDialogLeftOpenIsCoveredInPlaceAndKeepsWhatWasTyped(Robot robot) {
    AtomicInteger asked = new AtomicInteger();
    JFrame frame = execute(() -> new JFrame("MyoMap"));
    // Unlocking asks who is charting in a modal dialog of the frame, over the covered one.
    IdleLock lock =
        execute(
            () ->
                new IdleLock(
                    frame,
                    () -> 0,
                    () -> {
                      JDialog who = new JDialog(frame, "Who is charting?", true);
                      who.setName("who");
                      JButton chosen = new JButton("Alex Morgan");
                      chosen.setName("who.chosen");
                      chosen.addActionListener(e -> who.dispose());
                      who.add(chosen);
                      who.pack();
                      who.setLocationRelativeTo(frame);
                      who.setVisible(true);
                      return asked.incrementAndGet() > 0;
                    }));
    execute(lock::start);
    FrameFixture window = new FrameFixture(robot, frame);
    window.show(new Dimension(600, 400));
    JDialog details =
        execute(
            () -> {
              JDialog d = new JDialog(frame, "Patient details", true);
              d.setName("details");
              JTextField name = new JTextField(20);
              name.setName("name");
              d.add(name);
              JButton ok = new JButton("OK");
              ok.addActionListener(e -> d.dispose());
              d.add(ok, java.awt.BorderLayout.SOUTH);
              d.getRootPane().setDefaultButton(ok);
              Dialogs.closeOnEscape(d);
              d.setSize(420, 200);
              d.setLocationRelativeTo(frame);
              return d;
            });
    // Shown as the app shows it: the modal dialog's loop runs on the event thread.
    SwingUtilities.invokeLater(() -> details.setVisible(true));
    DialogFixture dialog = Gui.dialog(robot, "details");
    dialog.textBox("name").enterText("Jordan Lee");
    javax.swing.text.JTextComponent name = dialog.textBox("name").target();

    execute(lock::lock);
    assertThat(execute(details::isShowing)).isTrue();
    assertThat(execute(() -> details.getContentPane().isVisible())).isFalse();
    JPanel cover = (JPanel) execute(details::getGlassPane);
    assertThat(cover.getName()).isEqualTo("idleLock.dialog");
    assertThat(execute(cover::isVisible)).isTrue();
    // Keys reach nothing in the dialog while it is covered: no typing, and Escape does not end it.
    Gui.waitUntil(
        "the dialog's Unlock to have the focus",
        () -> execute(() -> dialog.button("lock.unlock").target().isFocusOwner()));
    for (int key : new int[] {KeyEvent.VK_X, KeyEvent.VK_ESCAPE}) {
      robot.pressAndReleaseKey(key);
      robot.waitForIdle();
    }
    assertThat(execute(details::isShowing)).isTrue();
    assertThat(execute(cover::isVisible)).isTrue();
    assertThat(execute(() -> name.getText())).isEqualTo("Jordan Lee");

    // Enter on the focused Unlock unlocks, as a click does.
    robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
    Gui.click(Gui.dialog(robot, "who").button("who.chosen"));
    Gui.waitUntil("the dialog's content to come back", () -> execute(name::isShowing));
    assertThat(asked.get()).isEqualTo(1);
    assertThat(execute(details::isShowing)).isTrue();
    assertThat(execute(() -> name.getText())).isEqualTo("Jordan Lee");
    assertThat(execute(() -> frame.getContentPane().isVisible())).isTrue();
    assertThat(execute(() -> details.getGlassPane().isVisible())).isFalse();
    execute(
        () -> {
          lock.stop();
          details.dispose();
        });
    window.cleanUp();
  }
}
