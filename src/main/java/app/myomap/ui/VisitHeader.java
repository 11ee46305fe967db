package app.myomap.ui;

import app.myomap.model.Patient;
import app.myomap.model.Visit;
import app.myomap.model.VisitUnlock;
import app.myomap.model.record.SigningState;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.event.KeyEvent;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.Timer;
import javax.swing.UIManager;

/**
 * The strip above the chart that makes the visit being charted unmistakable: its date, time,
 * patient and practitioner always, and for a visit of an earlier day a "read-only" banner with the
 * way to edit it anyway or to start today's visit instead.
 */
final class VisitHeader extends JPanel {
  private static final long serialVersionUID = 1L;
  private static final int FLASH_MS = 700;

  /** Sets where signing stands apart from the rest of the visit line. */
  private static final String SIGNING_MARK = "\u2003\u00b7\u2003";

  private final JLabel line = new JLabel();
  private final JPanel banner = new JPanel(new BorderLayout(12, 0));
  private final JLabel bannerText = new JLabel();
  private final JLabel hint = new JLabel(Messages.get("VisitHeader.readOnly.hint"));
  private final JLabel history = new JLabel();
  private final JButton unlock = new JButton(Messages.get("VisitHeader.unlock"));
  private final JButton newVisit;
  private final transient Clock clock;
  private final transient Timer flashEnd;

  /**
   * A header showing times in the zone of {@code clock}; {@code unlock} runs for "Edit this
   * visit…", {@code newVisitAction} and {@code followUpAction} back the banner's "New visit" and
   * "Follow-up visit".
   */
  VisitHeader(Clock clock, Runnable unlockAction, Action newVisitAction, Action followUpAction) {
    super(new BorderLayout());
    this.clock = clock;
    setName("visit.header");
    line.setName("visit.header.text");
    line.putClientProperty("FlatLaf.styleClass", "h4");
    line.setBorder(BorderFactory.createEmptyBorder(6, 12, 6, 12));

    bannerText.setName("visit.banner.text");
    bannerText.putClientProperty("FlatLaf.styleClass", "h4");
    hint.setName("visit.banner.hint");
    history.setName("visit.banner.history");
    JPanel texts = new JPanel(new BorderLayout(0, 2));
    texts.setOpaque(false);
    texts.add(bannerText, BorderLayout.NORTH);
    texts.add(hint, BorderLayout.CENTER);
    texts.add(history, BorderLayout.SOUTH);
    unlock.setName("visit.unlock");
    unlock.setMnemonic(KeyEvent.VK_I);
    unlock.setToolTipText(Messages.get("VisitHeader.unlock.tooltip"));
    unlock.addActionListener(e -> unlockAction.run());
    newVisit = new JButton(newVisitAction);
    newVisit.setName("visit.banner.new");
    newVisit.setMnemonic(KeyEvent.VK_N);
    JButton followUp = new JButton(followUpAction);
    followUp.setName("visit.banner.followUp");
    followUp.setMnemonic(KeyEvent.VK_U);
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
    buttons.setOpaque(false);
    buttons.add(unlock);
    buttons.add(followUp);
    buttons.add(newVisit);
    banner.setName("visit.banner");
    banner.setBorder(BorderFactory.createEmptyBorder(8, 12, 8, 12));
    banner.add(texts, BorderLayout.CENTER);
    banner.add(buttons, BorderLayout.EAST);

    add(line, BorderLayout.NORTH);
    add(banner, BorderLayout.CENTER);
    flashEnd = new Timer(FLASH_MS, e -> endFlash());
    flashEnd.setRepeats(false);
    showNone();
  }

  /**
   * Shows the visit being charted; {@code readOnly} puts up the banner, {@code unlocked} says that
   * a past visit was made editable.
   */
  void showVisit(Patient patient, Visit visit, boolean readOnly, boolean unlocked) {
    ZonedDateTime started = visit.startedAt().atZone(clock.getZone());
    String when =
        DateTimeFormatter.ofPattern(Messages.get("VisitHeader.datePattern")).format(started)
            + " \u00b7 "
            + DateTimeFormatter.ofPattern(Messages.get("VisitHeader.timePattern")).format(started);
    String state;
    if (!visit.startedBeforeToday(clock)) {
      state = "VisitHeader.today";
    } else {
      state = unlocked ? "VisitHeader.unlocked" : "VisitHeader.past";
    }
    line.setText(
        Messages.format("VisitHeader.line", when, patient.name(), visit.practitioner())
            + Messages.get(state));
    bannerText.setText(Messages.format("VisitHeader.readOnly", day(started)));
    hint.setText(Messages.get("VisitHeader.readOnly.hint"));
    unlock.setVisible(true);
    banner.setVisible(readOnly);
    endFlash();
    setVisible(true);
    revalidate();
    repaint();
  }

  /**
   * Shows where the open visit's signing stands: after the visit line, and, while it is signed with
   * no addendum open, a banner saying that only an addendum changes it (the unlock of a past visit
   * does not apply to a signed one).
   */
  void showSigning(SigningState signing, boolean otherwiseReadOnly) {
    String text = line.getText();
    int mark = text.indexOf(SIGNING_MARK);
    line.setText(
        (mark < 0 ? text : text.substring(0, mark)) + SIGNING_MARK + shortSigning(signing));
    if (!signing.signed()) {
      return;
    }
    line.setToolTipText(app.myomap.ui.record.RecordWords.signingDetail(signing));
    if (signing.editable()) {
      if (!otherwiseReadOnly) {
        banner.setVisible(false);
      }
      return;
    }
    bannerText.setText(Messages.get("VisitHeader.signed"));
    hint.setText(Messages.get("VisitHeader.signed.hint"));
    unlock.setVisible(false);
    banner.setVisible(true);
    revalidate();
  }

  /** "Unsigned draft", "Signed", "Signed, amended", "Addendum 2 open": the whole in a tooltip. */
  private static String shortSigning(SigningState signing) {
    if (!signing.signed()) {
      return Messages.get("VisitHeader.unsigned");
    }
    if (signing.openAmendment().isPresent()) {
      return Messages.format("VisitHeader.amending", signing.openAmendment().get().n());
    }
    return Messages.get(
        signing.amendments().isEmpty() ? "VisitHeader.signedShort" : "VisitHeader.amended");
  }

  /**
   * Shows a visit whose chart was found changed outside MyoMap: read-only, with no way to edit it
   * here, and where to learn what changed.
   */
  void showAltered(Patient patient, Visit visit) {
    showVisit(patient, visit, true, false);
    bannerText.setText(Messages.get("VisitHeader.altered"));
    hint.setText(Messages.get("VisitHeader.altered.hint"));
    unlock.setVisible(false);
  }

  /**
   * Shows when the visit was made editable after its day, by whom and why: counted on the read-only
   * banner, each one in its tooltip and the visit line's. Nothing for a visit never edited later.
   */
  void showUnlocks(List<VisitUnlock> unlocks) {
    if (unlocks.isEmpty()) {
      line.setToolTipText(null);
      history.setVisible(false);
      return;
    }
    // Counted on a line of the banner of its own (shown while the visit is read-only), who and why
    // in its tooltip and the visit line's.
    history.setText(Messages.format("VisitHeader.unlockCount", unlocks.size()));
    history.setVisible(true);
    DateTimeFormatter when =
        DateTimeFormatter.ofPattern(
            Messages.get("VisitHeader.datePattern")
                + " "
                + Messages.get("VisitHeader.timePattern"));
    StringBuilder tip =
        new StringBuilder("<html>").append(Messages.get("VisitHeader.unlocksTitle"));
    for (VisitUnlock unlock : unlocks) {
      tip.append("<br>")
          .append(
              Messages.format(
                  "VisitHeader.unlockLine",
                  when.format(unlock.unlockedAt().atZone(clock.getZone())),
                  escape(unlock.practitioner()),
                  escape(unlock.reason())));
    }
    line.setToolTipText(tip.append("</html>").toString());
    history.setToolTipText(line.getToolTipText());
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** No visit is open: nothing to show. */
  void showNone() {
    banner.setVisible(false);
    setVisible(false);
  }

  /** Draws the eye to the banner for a moment, after a change was refused. */
  void flash() {
    banner.setBackground(color("MyoMap.readOnlyBanner.flashBackground"));
    flashEnd.restart();
  }

  @Override
  public void updateUI() {
    super.updateUI();
    // The banner's colours follow a switch between the light and dark themes.
    if (banner != null) {
      endFlash();
    }
  }

  private void endFlash() {
    banner.setBackground(color("MyoMap.readOnlyBanner.background"));
    Color foreground = color("MyoMap.readOnlyBanner.foreground");
    bannerText.setForeground(foreground);
    hint.setForeground(foreground);
    history.setForeground(foreground);
  }

  /** "28 Nov", with the year when it is not this year. */
  private String day(ZonedDateTime started) {
    String pattern =
        started.getYear() == LocalDate.now(clock).getYear()
            ? "VisitHeader.dayPattern"
            : "VisitHeader.datePattern";
    return DateTimeFormatter.ofPattern(Messages.get(pattern)).format(started);
  }

  /**
   * A theme colour as a plain colour: a look and feel replaces resource colours when the theme
   * changes, which would undo the banner's colours set just before.
   */
  private static Color color(String key) {
    Color c = UIManager.getColor(key);
    return new Color((c == null ? UIManager.getColor("Panel.background") : c).getRGB(), true);
  }
}
