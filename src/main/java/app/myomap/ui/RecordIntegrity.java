package app.myomap.ui;

import app.myomap.model.AuditAction;
import app.myomap.session.AuditTrail;
import app.myomap.session.RecordChecks;
import app.myomap.store.BrokenRecord;
import app.myomap.store.VerifyReport;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

/**
 * What the window shows of the record checks: the whole check in the background after start-up (its
 * progress and outcome in the status bar), a red banner for as long as records are found changed
 * outside MyoMap (their charts open read-only), and Tools › Verify Records…, which checks again
 * with a progress bar and lists every change that does not match, by patient, visit and time.
 */
final class RecordIntegrity {
  private static final Logger LOG = Logger.getLogger(RecordIntegrity.class.getName());

  private final MainWindow window;
  private final RecordChecks checks;
  private final AuditTrail audit;
  private final Runnable altered;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "record-check");
            thread.setDaemon(true);
            return thread;
          });
  private final JPanel banner = new JPanel(new BorderLayout(12, 0));
  private final JLabel bannerText = new JLabel();
  private final Action verify;

  /**
   * Checks with {@code checks}; {@code altered} runs on the event thread when a check finds records
   * changed, so that an open chart among them turns read-only. Each check asked for (Verify
   * Records) is noted in {@code audit}.
   */
  RecordIntegrity(MainWindow window, RecordChecks checks, AuditTrail audit, Runnable altered) {
    this.window = window;
    this.checks = checks;
    this.audit = audit;
    this.altered = altered;
    verify =
        new AbstractAction(Messages.get("Records.verify")) {
          private static final long serialVersionUID = 1L;

          @Override
          public void actionPerformed(ActionEvent e) {
            verifyNow();
          }
        };
    verify.putValue(Action.SHORT_DESCRIPTION, Messages.get("Records.verify.tooltip"));
    verify.putValue(Action.MNEMONIC_KEY, KeyEvent.VK_V);
    banner.setName("recordsBanner");
    bannerText.setName("recordsBanner.text");
    banner.setBorder(BorderFactory.createEmptyBorder(6, 10, 6, 10));
    banner.add(bannerText, BorderLayout.CENTER);
    JButton details = new JButton(Messages.get("Records.details"));
    details.setName("recordsBanner.details");
    details.addActionListener(e -> verifyNow());
    banner.add(details, BorderLayout.EAST);
    Color background = UIManager.getColor("MyoMap.saveProblem.background");
    Color foreground = UIManager.getColor("MyoMap.saveProblem.foreground");
    banner.setBackground(background != null ? background : new Color(0xfde2e1));
    bannerText.setForeground(foreground != null ? foreground : new Color(0x7a1010));
    showOutcome(checks.latest());
  }

  JComponent banner() {
    return banner;
  }

  /** Tools › Verify Records…. */
  Action verifyAction() {
    return verify;
  }

  /** Whether the latest check found a change of this visit's chart that does not match. */
  boolean isAltered(String visitId) {
    return checks.isAltered(visitId);
  }

  /**
   * The whole check in the background, after the quick one at open: its progress and outcome at the
   * right of the status bar (where they do not take the place of what the practitioner is told
   * about charting), the banner if anything does not match.
   */
  void checkInBackground() {
    long total = Math.max(1, checks.size());
    window.showRecords(Messages.get("Records.status.checking"), null);
    checks
        .whole(
            worker,
            done ->
                SwingUtilities.invokeLater(
                    () ->
                        window.showRecords(
                            Messages.format(
                                "Records.status.progress", (int) Math.min(100, done * 100 / total)),
                            null)))
        .whenComplete((report, error) -> SwingUtilities.invokeLater(() -> finished(report, error)));
  }

  private void finished(VerifyReport report, Throwable error) {
    if (report == null) {
      LOG.log(Level.WARNING, "The record check could not run", error);
      window.showRecords(Messages.get("Records.status.failed"), Messages.get("Records.failed"));
      return;
    }
    showOutcome(report);
    if (report.clean()) {
      window.showRecords(
          Messages.get("Records.status.clean"), Messages.format("Records.clean", report.checked()));
    } else {
      window.showRecords(
          Messages.format("Records.status.problems", report.broken().size()),
          Messages.format("Records.problems", report.broken().size()));
    }
  }

  private void showOutcome(VerifyReport report) {
    boolean problems = report != null && !report.clean();
    if (problems) {
      bannerText.setText(Messages.format("Records.banner", report.broken().size()));
      altered.run();
    }
    banner.setVisible(problems);
    banner.revalidate();
  }

  /** Checks everything now, with a progress bar, then lists what does not match. */
  private void verifyNow() {
    JFrame owner = window.frame();
    JDialog dialog = new JDialog(owner, Messages.get("Records.dialogTitle"), true);
    dialog.setName("verifyDialog");
    JProgressBar progress = new JProgressBar();
    progress.setName("verify.progress");
    progress.setStringPainted(true);
    long total = Math.max(1, checks.size());
    progress.setMaximum((int) Math.min(Integer.MAX_VALUE, total));
    JLabel heading = new JLabel(Messages.get("Records.checking"));
    heading.setName("verify.heading");
    JTextArea result = new JTextArea(12, 70);
    result.setName("verify.result");
    result.setEditable(false);
    result.setLineWrap(true);
    result.setWrapStyleWord(true);
    JButton close = new JButton(Messages.get("Records.close"));
    close.setName("verify.close");
    close.addActionListener(e -> dialog.dispose());
    JPanel top = new JPanel(new BorderLayout(0, 6));
    top.add(heading, BorderLayout.NORTH);
    top.add(progress, BorderLayout.CENTER);
    JPanel content = new JPanel(new BorderLayout(0, 10));
    content.setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
    content.add(top, BorderLayout.NORTH);
    content.add(new JScrollPane(result), BorderLayout.CENTER);
    JPanel buttons = new JPanel(new BorderLayout());
    buttons.add(close, BorderLayout.EAST);
    content.add(buttons, BorderLayout.SOUTH);
    dialog.setContentPane(content);
    dialog.getRootPane().setDefaultButton(close);
    Dialogs.closeOnEscape(dialog);
    dialog.pack();
    dialog.setMinimumSize(new Dimension(560, 320));
    dialog.setLocationRelativeTo(owner);
    CompletableFuture<VerifyReport> running =
        checks.whole(
            worker,
            done ->
                SwingUtilities.invokeLater(
                    () -> progress.setValue((int) Math.min(Integer.MAX_VALUE, done))));
    running.whenComplete(
        (report, error) ->
            SwingUtilities.invokeLater(
                () -> {
                  progress.setValue(progress.getMaximum());
                  finished(report, error);
                  if (report == null) {
                    heading.setText(Messages.get("Records.failed"));
                    return;
                  }
                  audit.note(
                      AuditAction.RECORDS_VERIFIED, null, null, RecordChecks.summary(report));
                  heading.setText(
                      report.clean()
                          ? Messages.format("Records.clean", report.checked())
                          : Messages.format(
                              "Records.problemsOf", report.broken().size(), report.checked()));
                  result.setText(resultText(report));
                  result.setCaretPosition(0);
                }));
    dialog.setVisible(true);
  }

  private static String resultText(VerifyReport report) {
    StringBuilder text = new StringBuilder();
    for (BrokenRecord broken : report.broken()) {
      text.append("\u2022 ").append(broken.describe(ZoneId.systemDefault())).append('\n');
    }
    if (!report.clean()) {
      text.append('\n').append(Messages.get("Records.advice")).append('\n');
    }
    text.append('\n').append(Messages.format("Records.head", report.head().toString()));
    return text.toString();
  }
}
