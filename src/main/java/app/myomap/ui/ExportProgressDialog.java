package app.myomap.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Window;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;

/**
 * The progress of an export that writes many files: a bar, the last file written, and Cancel. It
 * does not block the window, so charting can go on while it runs.
 */
final class ExportProgressDialog extends JDialog {
  private static final long serialVersionUID = 1L;

  private final JProgressBar bar = new JProgressBar();
  private final JLabel last = new JLabel(" ");
  private final JButton cancel = new JButton(Messages.get("Export.progress.cancel"));

  ExportProgressDialog(Window owner, Runnable onCancel) {
    super(owner, Messages.get("Export.progress.title"), ModalityType.MODELESS);
    setName("exportProgress");
    setDefaultCloseOperation(DO_NOTHING_ON_CLOSE);
    bar.setName("exportProgress.bar");
    bar.setStringPainted(true);
    bar.setIndeterminate(true);
    last.setName("exportProgress.last");
    cancel.setName("exportProgress.cancel");
    cancel.addActionListener(
        e -> {
          cancel.setEnabled(false);
          onCancel.run();
        });
    addWindowListener(
        new java.awt.event.WindowAdapter() {
          @Override
          public void windowClosing(java.awt.event.WindowEvent e) {
            cancel.doClick();
          }
        });
    JPanel content = new JPanel(new BorderLayout(0, 8));
    content.setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
    content.add(bar, BorderLayout.NORTH);
    content.add(last, BorderLayout.CENTER);
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 0, 0));
    buttons.add(cancel);
    content.add(buttons, BorderLayout.SOUTH);
    setContentPane(content);
    setSize(460, 150);
    setLocationRelativeTo(owner);
  }

  /** Shows that {@code done} of {@code total} files are written, the last named {@code name}. */
  void written(int done, int total, String name) {
    bar.setIndeterminate(false);
    bar.setMaximum(total);
    bar.setValue(done);
    bar.setString(done + " / " + total);
    last.setText(Messages.format("Export.progress.writing", done, total, name));
  }
}
