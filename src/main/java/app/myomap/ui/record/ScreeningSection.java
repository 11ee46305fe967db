package app.myomap.ui.record;

import app.myomap.model.record.RecordEntry;
import app.myomap.model.record.Screening;
import app.myomap.model.record.ScreeningCategory;
import app.myomap.model.record.ScreeningChecklist;
import app.myomap.model.record.ScreeningItem;
import app.myomap.model.record.VisitRecord;
import app.myomap.ui.Messages;
import app.myomap.ui.Segmented;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;

/**
 * The screening before needling: each item of the clinic's checklist answered present or absent
 * with a note, and for a present absolute contraindication the reason to needle all the same. Items
 * answered at this visit and since retired from the checklist stay listed as they were asked.
 */
final class ScreeningSection extends Section {
  private static final long serialVersionUID = 1L;

  /** An item's answer. */
  enum Presence {
    PRESENT,
    ABSENT
  }

  /** The controls of one checklist item. */
  private record ItemRow(
      ScreeningItem item,
      Segmented<Presence> presence,
      JTextField note,
      Optional<JTextField> override,
      Optional<JLabel> overrideLabel) {}

  private final Map<String, ItemRow> rows = new LinkedHashMap<>();
  private final JLabel blocked = new JLabel(" ");
  private final JLabel retired = new JLabel(" ");

  /** The screening stored for this visit, whose item words and retired items are kept. */
  private transient Optional<Screening> stored = Optional.empty();

  ScreeningSection(Saver saver, ScreeningChecklist checklist) {
    super("Record.screening", saver);
    JPanel items = new JPanel(new GridBagLayout());
    items.setOpaque(false);
    int y = 0;
    for (ScreeningItem item : checklist.items()) {
      y = addRow(items, item, y);
    }
    wide(items);
    blocked.setName("record.screening.blocked");
    blocked.putClientProperty("FlatLaf.styleClass", "semibold");
    wide(blocked);
    retired.setName("record.screening.retired");
    wide(retired);
  }

  private int addRow(JPanel items, ScreeningItem item, int y) {
    String name = "screening." + item.id();
    // The item's words wrap rather than being cut off; an absolute one says so in bold.
    app.myomap.ui.WrappingLabel words = new app.myomap.ui.WrappingLabel(260);
    words.setText(
        item.category() == ScreeningCategory.ABSOLUTE
            ? Messages.format("Record.screening.absolute", item.words())
            : item.words());
    if (item.category() == ScreeningCategory.ABSOLUTE) {
      words.putClientProperty("FlatLaf.styleClass", "semibold");
    }
    words.setName("record." + name + ".words");
    Segmented<Presence> presence =
        new Segmented<>(
            "record." + name,
            Presence.class,
            p -> Messages.get("Record.screening." + p.name()),
            p -> null,
            p -> presenceChosen());
    control(presence, name);
    words.setLabelFor(presence);
    JTextField note = textField(name + ".note");
    note.setColumns(10);
    note.setToolTipText(Messages.get("Record.screening.note.tooltip"));
    note.getAccessibleContext().setAccessibleName(Messages.get("Record.screening.note.tooltip"));
    items.add(words, at(0, y, 1.4, GridBagConstraints.HORIZONTAL));
    items.add(presence, at(1, y, 0, GridBagConstraints.NONE));
    items.add(note, at(2, y, 1, GridBagConstraints.HORIZONTAL));
    Optional<JTextField> override = Optional.empty();
    Optional<JLabel> overrideLabel = Optional.empty();
    if (item.category() == ScreeningCategory.ABSOLUTE) {
      y++;
      JLabel label = new JLabel(Messages.get("Record.screening.override"));
      JTextField reason = textField(name + ".override");
      label.setLabelFor(reason);
      label.setVisible(false);
      reason.setVisible(false);
      items.add(label, at(1, y, 0, GridBagConstraints.NONE));
      items.add(reason, at(2, y, 1, GridBagConstraints.HORIZONTAL));
      override = Optional.of(reason);
      overrideLabel = Optional.of(label);
    }
    rows.put(item.id(), new ItemRow(item, presence, note, override, overrideLabel));
    return y + 1;
  }

  private static GridBagConstraints at(int x, int y, double weight, int fill) {
    GridBagConstraints at = new GridBagConstraints();
    at.gridx = x;
    at.gridy = y;
    at.weightx = weight;
    at.fill = fill;
    at.anchor = GridBagConstraints.LINE_START;
    at.insets = new Insets(2, 0, 2, 8);
    return at;
  }

  private void presenceChosen() {
    followOverrides();
    changed();
  }

  @Override
  void fill(VisitRecord record) {
    stored = single(record, Screening.class);
    for (ItemRow row : rows.values()) {
      Optional<Screening.Answer> answer = stored.flatMap(s -> s.answer(row.item().id()));
      row.presence()
          .setValue(answer.map(a -> a.present() ? Presence.PRESENT : Presence.ABSENT).orElse(null));
      row.note().setText(answer.map(Screening.Answer::note).orElse(""));
      row.override()
          .ifPresent(f -> f.setText(answer.map(Screening.Answer::overrideReason).orElse("")));
    }
    List<String> gone = new ArrayList<>();
    stored.ifPresent(
        s ->
            s.answers().stream()
                .filter(a -> !rows.containsKey(a.item().id()))
                .forEach(
                    a ->
                        gone.add(
                            Messages.format(
                                a.present()
                                    ? "Record.screening.retiredPresent"
                                    : "Record.screening.retiredAbsent",
                                a.item().words()))));
    retired.setText(
        gone.isEmpty()
            ? " "
            : Messages.format("Record.screening.retiredItems", String.join("; ", gone)));
    followOverrides();
  }

  /** Shows the reason field of each present absolute item and whether needling is blocked. */
  private void followOverrides() {
    boolean anyBlocked = false;
    for (ItemRow row : rows.values()) {
      boolean present = row.presence().value() == Presence.PRESENT;
      row.override().ifPresent(f -> f.setVisible(present));
      row.overrideLabel().ifPresent(l -> l.setVisible(present));
      if (present && row.override().map(f -> f.getText().isBlank()).orElse(false)) {
        anyBlocked = true;
      }
    }
    blocked.setText(anyBlocked ? Messages.get("Record.screening.blockedWarning") : " ");
    revalidate();
  }

  /**
   * Ticks present each unanswered item that comes from one of {@code alertIds} (the patient's
   * medical alerts) and stores the screening if that changed it.
   */
  void preTick(Set<String> alertIds) {
    boolean ticked = false;
    for (ItemRow row : rows.values()) {
      if (row.presence().value() == null
          && row.item().alertId().map(alertIds::contains).orElse(false)) {
        row.presence().setValue(Presence.PRESENT);
        ticked = true;
      }
    }
    if (ticked) {
      followOverrides();
      changed();
    }
  }

  @Override
  Optional<RecordEntry> entry() {
    List<Screening.Answer> answers = new ArrayList<>();
    for (ItemRow row : rows.values()) {
      Presence presence = row.presence().value();
      if (presence == null) {
        continue;
      }
      // The item as it was first asked at this visit, should the clinic have reworded it since.
      ScreeningItem item =
          stored
              .flatMap(s -> s.answer(row.item().id()))
              .map(Screening.Answer::item)
              .orElse(row.item());
      boolean present = presence == Presence.PRESENT;
      String reason =
          present && item.category() == ScreeningCategory.ABSOLUTE
              ? row.override().map(JTextField::getText).orElse("")
              : "";
      answers.add(new Screening.Answer(item, present, row.note().getText(), reason));
    }
    stored.ifPresent(
        s ->
            s.answers().stream()
                .filter(a -> !rows.containsKey(a.item().id()))
                .forEach(answers::add));
    followOverrides();
    return answers.isEmpty() ? Optional.empty() : Optional.of(new Screening(answers));
  }
}
