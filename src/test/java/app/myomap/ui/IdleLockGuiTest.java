package app.myomap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.edt.GuiActionRunner.execute;

import app.myomap.testing.Gui;
import app.myomap.testing.GuiTest;
import java.awt.Dialog;
import java.awt.Dimension;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;

/**
 * The lock covers every window of the frame that shows patient data: a modeless window such as a
 * comparison is hidden with it and comes back once someone is chosen again.
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
}
