package app.myomap.ui;

import app.myomap.session.CommitQueue;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;

/**
 * The strip above the chart that says, while edits are not saved, how many, why in plain words, and
 * what to do: Retry, or save the unsaved edits to a file elsewhere. Hidden while all is saved.
 */
final class SaveProblemBanner extends JPanel {
  private static final long serialVersionUID = 1L;

  private final JLabel text = new JLabel();
  private final JButton retry = new JButton(Messages.get("SaveProblem.retry"));
  private final JButton saveElsewhere = new JButton(Messages.get("SaveProblem.saveElsewhere"));

  SaveProblemBanner(Runnable onRetry, Runnable onSaveElsewhere) {
    super(new BorderLayout(8, 0));
    setName("saveProblemBanner");
    text.setName("saveProblemBanner.text");
    retry.setName("saveProblemBanner.retry");
    retry.setMnemonic('R');
    retry.setToolTipText(Messages.get("SaveProblem.retry.tooltip"));
    saveElsewhere.setName("saveProblemBanner.saveElsewhere");
    saveElsewhere.setMnemonic('U');
    saveElsewhere.setToolTipText(Messages.get("SaveProblem.saveElsewhere.tooltip"));
    retry.addActionListener(e -> onRetry.run());
    saveElsewhere.addActionListener(e -> onSaveElsewhere.run());
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
    buttons.setOpaque(false);
    buttons.add(retry);
    buttons.add(saveElsewhere);
    add(text, BorderLayout.CENTER);
    add(buttons, BorderLayout.EAST);
    setBorder(BorderFactory.createEmptyBorder(6, 10, 6, 10));
    setVisible(false);
  }

  @Override
  public void updateUI() {
    super.updateUI();
    Color background = UIManager.getColor("MyoMap.saveProblem.background");
    Color foreground = UIManager.getColor("MyoMap.saveProblem.foreground");
    setBackground(background != null ? background : new Color(0xfde2e1));
    if (text != null) {
      text.setForeground(foreground != null ? foreground : new Color(0x7a1010));
    }
  }

  /** Shows {@code status} while it holds unsaved edits after a failure; hides otherwise. */
  void show(CommitQueue.Status status) {
    boolean failed = status.state() == CommitQueue.State.FAILED;
    if (failed) {
      text.setText(
          "<html><b>"
              + Messages.format("SaveProblem.count", status.unsaved())
              + "</b> "
              + Messages.get("SaveProblem." + status.problem().name())
              + "</html>");
    }
    setVisible(failed);
    revalidate();
    repaint();
  }

  /** The words shown now, for tests and the status bar. */
  String message() {
    return text.getText();
  }
}
