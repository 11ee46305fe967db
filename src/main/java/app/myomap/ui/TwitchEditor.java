package app.myomap.ui;

import app.myomap.model.TriggerPoint;
import app.myomap.model.TwitchDetection;
import app.myomap.model.TwitchPresence;
import app.myomap.model.TwitchResponse;
import app.myomap.model.TwitchStrength;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.awt.Insets;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;

/**
 * The local twitch response of a trigger point: not tested, absent or present, and for a present
 * response its count, strength and how it was detected.
 */
final class TwitchEditor extends JPanel {
  private static final long serialVersionUID = 1L;
  private static final TwitchStrength[] STRENGTHS = TwitchStrength.values();

  private final Segmented<TwitchPresence> presence;
  private final JSpinner count =
      new JSpinner(new SpinnerNumberModel(0, 0, TwitchResponse.MAX_COUNT, 1));
  private final JComboBox<String> strength = new JComboBox<>();
  private final Map<TwitchDetection, JCheckBox> detection = new EnumMap<>(TwitchDetection.class);
  private final JLabel countLabel = new JLabel(Messages.get("Inspector.twitch.count"));
  private final JLabel strengthLabel = new JLabel(Messages.get("Inspector.twitch.strength"));
  private final JLabel detectedLabel = new JLabel(Messages.get("Inspector.twitch.detectedBy"));
  private boolean showing;

  /** Controls whose changes are passed to {@code edit} as changes of the trigger point. */
  TwitchEditor(Consumer<UnaryOperator<TriggerPoint>> edit) {
    super(new GridBagLayout());
    setOpaque(false);
    presence =
        new Segmented<>(
            "inspector.twitch",
            TwitchPresence.class,
            p -> Messages.get("Inspector.twitch." + p.name()),
            p -> null,
            p -> edit.accept(tp -> tp.withTwitch(withPresence(tp.twitch(), p))));

    count.setName("inspector.twitch.count");
    count.setToolTipText(Messages.get("Inspector.twitch.count.tooltip"));
    ((JSpinner.DefaultEditor) count.getEditor()).getTextField().setColumns(3);
    count.addChangeListener(
        e -> {
          if (!showing) {
            int n = (Integer) count.getValue();
            edit.accept(tp -> tp.withTwitch(tp.twitch().withCount(n)));
          }
        });

    strength.setName("inspector.twitch.strength");
    strength.addItem(Messages.get("Inspector.twitch.strength.none"));
    for (TwitchStrength s : STRENGTHS) {
      strength.addItem(Messages.get("Inspector.twitch.strength." + s.name()));
    }
    strength.addActionListener(
        e -> {
          if (!showing) {
            Optional<TwitchStrength> chosen = strengthAt(strength.getSelectedIndex());
            edit.accept(tp -> tp.withTwitch(withStrength(tp.twitch(), chosen)));
          }
        });

    JPanel ways = new JPanel(new GridLayout(0, 2, 8, 0));
    ways.setOpaque(false);
    for (TwitchDetection way : TwitchDetection.values()) {
      JCheckBox box = new JCheckBox(Messages.get("Inspector.twitch.detected." + way.name()));
      box.setName("inspector.twitch.detected." + Segmented.camelCase(way));
      box.setOpaque(false);
      box.addActionListener(
          e -> edit.accept(tp -> tp.withTwitch(withWay(tp.twitch(), way, box.isSelected()))));
      detection.put(way, box);
      ways.add(box);
    }

    // Count and strength share a row, to keep the inspector short.
    add(presence, cell(0, 0, 4, GridBagConstraints.NONE, 0));
    add(countLabel, cell(0, 1, 1, GridBagConstraints.NONE, 6));
    add(count, cell(1, 1, 1, GridBagConstraints.NONE, 6));
    add(strengthLabel, cell(2, 1, 1, GridBagConstraints.NONE, 6));
    add(strength, cell(3, 1, 1, GridBagConstraints.HORIZONTAL, 6));
    add(detectedLabel, cell(0, 2, 4, GridBagConstraints.NONE, 6));
    add(ways, cell(0, 3, 4, GridBagConstraints.HORIZONTAL, 0));
  }

  /** Shows a recorded response; count, strength and detection are enabled only when present. */
  void show(TwitchResponse twitch) {
    showing = true;
    try {
      presence.setValue(twitch.presence());
      count.setValue(twitch.count());
      strength.setSelectedIndex(twitch.strength().map(s -> s.ordinal() + 1).orElse(0));
      detection.forEach((way, box) -> box.setSelected(twitch.detectedBy().contains(way)));
    } finally {
      showing = false;
    }
    boolean present = twitch.presence() == TwitchPresence.PRESENT;
    for (JComponent c : new JComponent[] {count, countLabel, strength, strengthLabel}) {
      c.setEnabled(present);
    }
    detectedLabel.setEnabled(present);
    detection.values().forEach(box -> box.setEnabled(present));
  }

  static TwitchResponse withPresence(TwitchResponse twitch, TwitchPresence presence) {
    return switch (presence) {
      case NOT_TESTED -> TwitchResponse.notTested();
      case ABSENT -> TwitchResponse.absent();
      case PRESENT ->
          twitch.presence() == TwitchPresence.PRESENT ? twitch : TwitchResponse.present(0);
    };
  }

  static TwitchResponse withStrength(TwitchResponse twitch, Optional<TwitchStrength> strength) {
    return new TwitchResponse(
        TwitchPresence.PRESENT, twitch.count(), strength, twitch.detectedBy());
  }

  static TwitchResponse withWay(TwitchResponse twitch, TwitchDetection way, boolean detected) {
    Set<TwitchDetection> ways = new HashSet<>(twitch.detectedBy());
    if (detected) {
      ways.add(way);
    } else {
      ways.remove(way);
    }
    return twitch.withDetectedBy(ways);
  }

  private static Optional<TwitchStrength> strengthAt(int index) {
    return index <= 0 ? Optional.empty() : Optional.of(STRENGTHS[index - 1]);
  }

  private static GridBagConstraints cell(int x, int y, int span, int fill, int top) {
    GridBagConstraints c = new GridBagConstraints();
    c.gridx = x;
    c.gridy = y;
    c.gridwidth = span;
    c.fill = fill;
    c.anchor = GridBagConstraints.LINE_START;
    c.weightx = x == 3 || span > 1 ? 1 : 0;
    c.insets = new Insets(top, x == 2 ? 12 : 0, 0, span == 1 && x % 2 == 0 ? 8 : 0);
    return c;
  }
}
