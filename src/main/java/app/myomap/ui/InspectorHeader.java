package app.myomap.ui;

import app.myomap.atlas.Muscle;
import app.myomap.atlas.MuscleCatalogue;
import app.myomap.atlas.MuscleRegion;
import app.myomap.atlas.RegionLookup;
import app.myomap.atlas.SafetyTable;
import app.myomap.chart.MuscleWords;
import app.myomap.edit.ChartWarnings;
import app.myomap.model.MuscleRef;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.awt.Frame;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JPanel;

/**
 * The top of the inspector: the muscle and side of the shown trigger point with its Latin name, the
 * needling risk and side warnings, a way to change the muscle, and the other muscles under the
 * point as one-click alternatives.
 */
final class InspectorHeader extends JPanel {
  private static final long serialVersionUID = 1L;

  private final transient MuscleCatalogue muscles;
  private final transient SafetyTable safety;
  private final transient RegionLookup regions;
  private final transient Consumer<UnaryOperator<TriggerPoint>> edit;
  private final Frame owner;

  private final WrappingLabel title = new WrappingLabel(220);
  private final WrappingLabel subtitle = new WrappingLabel(220);
  private final WrappingLabel carried = new WrappingLabel(220);
  private final WrappingLabel risk = WrappingLabel.warning(220);
  private final WrappingLabel sideMismatch = WrappingLabel.warning(220);
  private final JButton changeMuscle = new JButton(Messages.get("Inspector.changeMuscle"));
  private final JPanel alternatives = new JPanel();
  private transient TriggerPoint shown;

  InspectorHeader(
      MuscleCatalogue muscles,
      SafetyTable safety,
      RegionLookup regions,
      Frame owner,
      Consumer<UnaryOperator<TriggerPoint>> edit) {
    super(new GridBagLayout());
    this.muscles = muscles;
    this.safety = safety;
    this.regions = regions;
    this.owner = owner;
    this.edit = edit;
    setOpaque(false);
    title.setName("inspector.muscle");
    title.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
    subtitle.setName("inspector.latin");
    subtitle.putClientProperty(
        FlatClientProperties.STYLE, "font: -1; foreground: $Label.disabledForeground");
    carried.setName("inspector.carried");
    carried.putClientProperty(FlatClientProperties.STYLE, "font: -1");
    risk.setName("inspector.risk");
    sideMismatch.setName("inspector.sideMismatch");
    changeMuscle.setName("inspector.changeMuscle");
    changeMuscle.setToolTipText(Messages.get("Inspector.changeMuscle.tooltip"));
    changeMuscle.addActionListener(e -> pickMuscle());
    alternatives.setLayout(new BoxLayout(alternatives, BoxLayout.Y_AXIS));
    alternatives.setOpaque(false);

    add(title, row(0, 0));
    add(subtitle, row(1, 2));
    add(carried, row(2, 8));
    add(risk, row(3, 8));
    add(sideMismatch, row(4, 6));
    GridBagConstraints button = row(5, 8);
    button.fill = GridBagConstraints.NONE;
    add(changeMuscle, button);
    add(alternatives, row(6, 4));
  }

  /** Shows one trigger point in full. */
  void showPoint(TriggerPoint point) {
    shown = point;
    Optional<Muscle> muscle = muscles.byId(point.muscle().id());
    title.setText(displayName(point.muscle(), point.side()));
    subtitle.setText(muscle.map(Muscle::latinName).orElse(""));
    subtitle.setVisible(muscle.isPresent());
    Optional<String> lineage =
        point.carry().map(c -> Messages.get("Inspector.carried." + c.state().name()));
    carried.setText(lineage.orElse(""));
    carried.setVisible(lineage.isPresent());
    Optional<String> needlingRisk = safety.of(point.muscle().id()).map(SafetyWords::shortRisk);
    risk.setText(needlingRisk.orElse(""));
    risk.setToolTipText(SafetyWords.tooltip(safety, point.muscle().id()).orElse(null));
    risk.setVisible(needlingRisk.isPresent());
    Optional<String> mismatch =
        ChartWarnings.sideMismatch(point, regions)
            .map(
                w ->
                    Messages.format(
                        "Inspector.sideMismatch",
                        Messages.get("Inspector.sideWord." + w.charted().name()),
                        Messages.get("Inspector.sideWord." + w.underMark().name())));
    sideMismatch.setText(mismatch.orElse(""));
    sideMismatch.setVisible(mismatch.isPresent());
    changeMuscle.setVisible(true);
    showAlternatives(point);
    revalidate();
    repaint();
  }

  /** Shows a title and a hint only: nothing or several marks are selected. */
  void showMessage(String heading, String hint) {
    shown = null;
    title.setText(heading);
    subtitle.setText(hint);
    subtitle.setVisible(true);
    for (Component c : new Component[] {carried, risk, sideMismatch, changeMuscle, alternatives}) {
      c.setVisible(false);
    }
    revalidate();
    repaint();
  }

  /**
   * "Upper trapezius (R)": the catalogue name, a named muscle marked as not in the atlas, or the id
   * of a muscle the catalogue lacks.
   */
  String displayName(MuscleRef muscle, Side side) {
    String name = MuscleWords.name(muscles, muscle.id());
    return Messages.format("Inspector.muscle", name, side.code());
  }

  private void showAlternatives(TriggerPoint point) {
    alternatives.removeAll();
    List<MuscleRegion> under = regions.at(point.view(), point.position());
    int current = -1;
    for (int i = 0; i < under.size(); i++) {
      MuscleRegion region = under.get(i);
      if (region.muscleId().equals(point.muscle().id()) && region.side() == point.side()) {
        current = i;
      }
    }
    int shownCount = 0;
    for (int i = 0; i < under.size(); i++) {
      if (i == current) {
        continue;
      }
      MuscleRegion region = under.get(i);
      MuscleRef ref = new MuscleRef(region.muscleId());
      String name = displayName(ref, region.side());
      String key =
          i > current && current >= 0
              ? "Inspector.alternative.deeper"
              : "Inspector.alternative.here";
      JButton link = new JButton(Messages.format(key, name));
      link.setName("inspector.alternative." + shownCount++);
      link.setToolTipText(Messages.format("Inspector.alternative.tooltip", name));
      link.putClientProperty(
          FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_BORDERLESS);
      link.putClientProperty(
          FlatClientProperties.STYLE, "foreground: $Component.linkColor; margin: 2,4,2,4");
      Side side = region.side();
      link.addActionListener(e -> edit.accept(tp -> tp.withMuscle(ref, side)));
      alternatives.add(link);
    }
    alternatives.setVisible(shownCount > 0);
  }

  private void pickMuscle() {
    TriggerPoint point = shown;
    if (point == null) {
      return;
    }
    MusclePicker.choose(owner, muscles, safety, point.side(), "")
        .ifPresent(choice -> edit.accept(tp -> tp.withMuscle(choice.muscle(), choice.side())));
  }

  private static GridBagConstraints row(int y, int top) {
    GridBagConstraints c = new GridBagConstraints();
    c.gridx = 0;
    c.gridy = y;
    c.weightx = 1;
    c.fill = GridBagConstraints.HORIZONTAL;
    c.anchor = GridBagConstraints.LINE_START;
    c.insets = new Insets(top, 0, 0, 0);
    return c;
  }
}
