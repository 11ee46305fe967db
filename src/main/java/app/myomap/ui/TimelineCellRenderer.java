package app.myomap.ui;

import app.myomap.model.TwitchPresence;
import app.myomap.session.TimelineCell;
import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableCellRenderer;

/**
 * Draws one timeline cell compactly: "A" active or "L" latent with the twitch count as a
 * superscript ("A³", "A⁺" for a response present but not counted), a drawn needle when needled, "✓"
 * at the visit a point was found resolved and a faint "·" where it was not charted; the tooltip
 * says it in full words.
 */
final class TimelineCellRenderer extends DefaultTableCellRenderer {
  private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  private final NeedleIcon needle = new NeedleIcon(11);
  private String visitDate = "";

  TimelineCellRenderer() {
    setHorizontalAlignment(SwingConstants.CENTER);
    setHorizontalTextPosition(SwingConstants.LEADING);
    setIconTextGap(2);
  }

  /** Sets the date of the visit the next cell belongs to, for its tooltip. */
  void setVisitDate(String date) {
    visitDate = date;
  }

  @Override
  public Component getTableCellRendererComponent(
      JTable table, Object value, boolean selected, boolean focused, int row, int column) {
    super.getTableCellRendererComponent(table, "", selected, focused, row, column);
    TimelineCell cell = (TimelineCell) value;
    setIcon(cell.needled() ? needle : null);
    setText(text(cell));
    Font base = table.getFont();
    setFont(
        cell.state() == app.myomap.session.TimelineState.ACTIVE
            ? base.deriveFont(Font.BOLD)
            : base);
    if (!selected) {
      setForeground(colour(cell, table.getForeground()));
    }
    setToolTipText(visitDate + ": " + words(cell));
    return this;
  }

  /** The compact text of a cell. */
  static String text(TimelineCell cell) {
    return switch (cell.state()) {
      case ACTIVE -> Messages.get("Timeline.cell.active") + twitch(cell);
      case LATENT -> Messages.get("Timeline.cell.latent") + twitch(cell);
      case RESOLVED -> Messages.get("Timeline.cell.resolved");
      case ABSENT -> Messages.get("Timeline.cell.absent");
    };
  }

  /** The cell in full words, for its tooltip. */
  static String words(TimelineCell cell) {
    StringBuilder words = new StringBuilder(Messages.get("Timeline.words." + cell.state().name()));
    if (cell.state().present()) {
      if (cell.twitch() == TwitchPresence.PRESENT) {
        words.append(", ");
        words.append(
            cell.twitchCount() > 0
                ? Messages.format("Timeline.words.twitches", cell.twitchCount())
                : Messages.get("Timeline.words.twitchUncounted"));
      } else if (cell.twitch() == TwitchPresence.ABSENT) {
        words.append(", ").append(Messages.get("Timeline.words.noTwitch"));
      }
      if (cell.needled()) {
        words.append(", ").append(Messages.get("Timeline.words.needled"));
      }
    }
    return words.toString();
  }

  private static String twitch(TimelineCell cell) {
    if (cell.twitch() != TwitchPresence.PRESENT) {
      return "";
    }
    if (cell.twitchCount() == 0) {
      return "⁺";
    }
    StringBuilder digits = new StringBuilder();
    for (char c : Integer.toString(cell.twitchCount()).toCharArray()) {
      digits.append(SUPERSCRIPT_DIGITS.charAt(c - '0'));
    }
    return digits.toString();
  }

  private static Color colour(TimelineCell cell, Color text) {
    String key =
        switch (cell.state()) {
          case ACTIVE -> "MyoMap.timeline.active";
          case LATENT -> "MyoMap.timeline.latent";
          case RESOLVED -> "MyoMap.timeline.resolved";
          case ABSENT -> "Label.disabledForeground";
        };
    Color colour = UIManager.getColor(key);
    return colour != null ? colour : text;
  }
}
