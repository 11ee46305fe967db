package app.myomap.ui;

import app.myomap.edit.ChartEditor;
import app.myomap.edit.ReferralBrush;
import app.myomap.edit.SymptomBrush;
import app.myomap.edit.ToolKind;
import app.myomap.edit.ZonePainter;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.PainIntensity;
import app.myomap.model.ReferralKind;
import app.myomap.model.ReferralZone;
import app.myomap.model.ReferredSensation;
import app.myomap.model.SymptomArea;
import app.myomap.model.SymptomConstancy;
import app.myomap.model.SymptomSensation;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.Locale;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSeparator;

/**
 * What the zone tools paint and what a selected zone is: kind (essential or spillover), sensation,
 * intensity 0-10 and, for symptom areas, constant or intermittent. With a zone selected, a change
 * edits that zone (one undo step); otherwise it sets what the brush paints next.
 */
final class ZonePalette extends JPanel {
  private static final long serialVersionUID = 1L;
  private static final String NO_INTENSITY = "\u2014";

  private final transient ChartEditor editor;
  private final JLabel title = new JLabel();
  private final JLabel brushSize = new JLabel();
  private final Segmented<ReferralKind> kind;
  private final JComboBox<ReferredSensation> referredSensation =
      new JComboBox<>(ReferredSensation.values());
  private final JComboBox<SymptomSensation> symptomSensation =
      new JComboBox<>(SymptomSensation.values());
  private final JComboBox<String> intensity = new JComboBox<>();
  private final Segmented<SymptomConstancy> constancy;
  private final JPanel referralRows = new JPanel(new GridBagLayout());
  private final JPanel symptomRows = new JPanel(new GridBagLayout());
  private boolean refreshing;

  ZonePalette(ChartEditor editor) {
    super(new GridBagLayout());
    this.editor = editor;
    setName("zonePalette");
    setBorder(BorderFactory.createEmptyBorder(10, 12, 6, 12));
    title.putClientProperty("FlatLaf.styleClass", "h4");
    brushSize.setName("zonePalette.brush");
    brushSize.setToolTipText(Messages.get("ZonePalette.brush.tooltip"));
    kind =
        new Segmented<>(
            "zonePalette.kind",
            ReferralKind.class,
            k -> Messages.get("ZonePalette.kind." + k.name()),
            k -> Messages.get("ZonePalette.kind.tooltip." + k.name()),
            k -> applyReferral(r -> r.withReferralKind(k), b -> b.withKind(k)));
    constancy =
        new Segmented<>(
            "zonePalette.constancy",
            SymptomConstancy.class,
            c -> Messages.get("ZonePalette.constancy." + c.name()),
            c -> null,
            c ->
                applySymptom(
                    s -> s.withConstancy(c),
                    b -> new SymptomBrush(b.sensation(), b.intensity(), c)));
    referredSensation.setName("zonePalette.referredSensation");
    referredSensation.setRenderer(new EnumNameRenderer<>("Sensation.referred."));
    referredSensation.addActionListener(
        e -> {
          ReferredSensation s = (ReferredSensation) referredSensation.getSelectedItem();
          applyReferral(r -> r.withSensation(s), b -> b.withSensation(s));
        });
    symptomSensation.setName("zonePalette.symptomSensation");
    symptomSensation.setRenderer(new EnumNameRenderer<>("ZonePalette.symptom."));
    symptomSensation.addActionListener(
        e -> {
          SymptomSensation s = (SymptomSensation) symptomSensation.getSelectedItem();
          applySymptom(
              a -> a.withSensation(s), b -> new SymptomBrush(s, b.intensity(), b.constancy()));
        });
    intensity.setName("zonePalette.intensity");
    intensity.addItem(NO_INTENSITY);
    for (int i = 0; i <= 10; i++) {
      intensity.addItem(Integer.toString(i));
    }
    intensity.setToolTipText(Messages.get("ZonePalette.intensity.tooltip"));
    intensity.addActionListener(e -> applyIntensity());

    row(referralRows, 0, Messages.get("ZonePalette.kind"), kind);
    row(referralRows, 1, Messages.get("ZonePalette.sensation"), referredSensation);
    row(symptomRows, 0, Messages.get("ZonePalette.sensation"), symptomSensation);
    row(symptomRows, 1, Messages.get("ZonePalette.constancy"), constancy);
    GridBagConstraints c = new GridBagConstraints();
    c.gridx = 0;
    c.fill = GridBagConstraints.HORIZONTAL;
    c.weightx = 1;
    c.anchor = GridBagConstraints.WEST;
    c.gridy = 0;
    add(title, c);
    c.gridy = 1;
    c.insets = new Insets(4, 0, 0, 0);
    add(referralRows, c);
    c.gridy = 2;
    add(symptomRows, c);
    JPanel intensityRow = new JPanel(new GridBagLayout());
    row(intensityRow, 0, Messages.get("ZonePalette.intensity"), intensity);
    c.gridy = 3;
    add(intensityRow, c);
    c.gridy = 4;
    add(brushSize, c);
    c.gridy = 5;
    c.insets = new Insets(8, 0, 0, 0);
    add(new JSeparator(), c);
    editor.addChangeListener(this::refresh);
    refresh();
  }

  /** Shows what the current tool paints or the selected zone is; hidden when neither applies. */
  void refresh() {
    refreshing = true;
    try {
      Optional<Mark> zone = selectedZone();
      boolean referral =
          zone.map(ReferralZone.class::isInstance).orElse(editor.tool() == ToolKind.REFERRAL_ZONE);
      boolean symptom =
          zone.map(SymptomArea.class::isInstance).orElse(editor.tool() == ToolKind.SYMPTOM_AREA);
      boolean eraser = zone.isEmpty() && editor.tool() == ToolKind.ERASER;
      setVisible(referral || symptom || eraser);
      referralRows.setVisible(referral);
      symptomRows.setVisible(symptom);
      intensity.getParent().setVisible(referral || symptom);
      ZonePainter painter = editor.zones();
      brushSize.setVisible(zone.isEmpty());
      brushSize.setText(
          Messages.format(
              "ZonePalette.brush",
              String.format(Locale.ROOT, "%.0f", 2 * painter.brushRadius() * editor.scale())));
      if (zone.isPresent()) {
        title.setText(
            Messages.get(
                referral ? "ZonePalette.title.referralZone" : "ZonePalette.title.symptomArea"));
      } else {
        title.setText(Messages.get("ZonePalette.title." + editor.tool().name()));
      }
      if (zone.orElse(null) instanceof ReferralZone z) {
        kind.setValue(z.referralKind());
        referredSensation.setSelectedItem(z.sensation());
        setIntensity(z.intensity());
      } else if (zone.orElse(null) instanceof SymptomArea a) {
        symptomSensation.setSelectedItem(a.sensation());
        constancy.setValue(a.constancy());
        setIntensity(a.intensity());
      } else if (referral) {
        ReferralBrush b = painter.referralBrush();
        kind.setValue(b.kind());
        referredSensation.setSelectedItem(b.sensation());
        setIntensity(b.intensity());
      } else if (symptom) {
        SymptomBrush b = painter.symptomBrush();
        symptomSensation.setSelectedItem(b.sensation());
        constancy.setValue(b.constancy());
        setIntensity(b.intensity());
      }
    } finally {
      refreshing = false;
    }
  }

  private void setIntensity(Optional<PainIntensity> value) {
    intensity.setSelectedItem(value.map(v -> Integer.toString(v.value())).orElse(NO_INTENSITY));
  }

  private Optional<PainIntensity> chosenIntensity() {
    Object item = intensity.getSelectedItem();
    if (item == null || NO_INTENSITY.equals(item)) {
      return Optional.empty();
    }
    return Optional.of(new PainIntensity(Integer.parseInt(item.toString())));
  }

  private void applyIntensity() {
    Optional<PainIntensity> value = chosenIntensity();
    applyReferral(r -> r.withIntensity(value), b -> b.withIntensity(value));
    applySymptom(
        s -> s.withIntensity(value), b -> new SymptomBrush(b.sensation(), value, b.constancy()));
  }

  private void applyReferral(
      java.util.function.UnaryOperator<ReferralZone> onZone,
      java.util.function.UnaryOperator<ReferralBrush> onBrush) {
    if (refreshing) {
      return;
    }
    Optional<Mark> zone = selectedZone();
    if (zone.orElse(null) instanceof ReferralZone z) {
      editor.update(z.id(), ReferralZone.class, onZone);
    } else if (zone.isEmpty() && editor.tool() == ToolKind.REFERRAL_ZONE) {
      editor.zones().setReferralBrush(onBrush.apply(editor.zones().referralBrush()));
    }
  }

  private void applySymptom(
      java.util.function.UnaryOperator<SymptomArea> onZone,
      java.util.function.UnaryOperator<SymptomBrush> onBrush) {
    if (refreshing) {
      return;
    }
    Optional<Mark> zone = selectedZone();
    if (zone.orElse(null) instanceof SymptomArea a) {
      editor.update(a.id(), SymptomArea.class, onZone);
    } else if (zone.isEmpty() && editor.tool() == ToolKind.SYMPTOM_AREA) {
      editor.zones().setSymptomBrush(onBrush.apply(editor.zones().symptomBrush()));
    }
  }

  /** The one selected zone, if exactly one mark is selected and it is a zone. */
  private Optional<Mark> selectedZone() {
    if (editor.selection().size() != 1) {
      return Optional.empty();
    }
    MarkId id = editor.selection().ids().iterator().next();
    return editor
        .chart()
        .find(id)
        .filter(m -> m instanceof ReferralZone || m instanceof SymptomArea);
  }

  private static void row(JPanel panel, int y, String label, JComponent field) {
    GridBagConstraints c = new GridBagConstraints();
    c.gridy = y;
    c.gridx = 0;
    c.anchor = GridBagConstraints.WEST;
    c.insets = new Insets(3, 0, 3, 10);
    panel.add(new JLabel(label), c);
    c.gridx = 1;
    c.weightx = 1;
    c.fill = GridBagConstraints.HORIZONTAL;
    c.insets = new Insets(3, 0, 3, 0);
    panel.add(field, c);
  }
}
