package app.myomap.ui.record;

import app.myomap.model.record.RecordEntry;
import app.myomap.model.record.VisitRecord;
import app.myomap.ui.Messages;
import java.awt.Component;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.swing.BorderFactory;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.text.JTextComponent;

/**
 * One part of the visit record on the Record tab: a titled block of labelled rows that shows the
 * section's current entry and stores a new version of it as soon as a choice changes or a text
 * field is left. Subclasses build their rows and say how their controls make an entry.
 */
abstract class Section extends JPanel {
  private static final long serialVersionUID = 1L;

  /** Stores an entry of this section, a new version of the current one if there is one. */
  interface Saver {
    void save(RecordEntry entry);
  }

  private final List<JComponent> controls = new ArrayList<>();
  private final transient Saver saver;
  private int row;

  /** True while the controls are being filled from the stored entry, when nothing is saved. */
  private boolean loading;

  Section(String titleKey, Saver saver) {
    super(new GridBagLayout());
    this.saver = saver;
    setName("record." + getClass().getSimpleName());
    setBorder(
        BorderFactory.createCompoundBorder(
            BorderFactory.createTitledBorder(Messages.get(titleKey)),
            BorderFactory.createEmptyBorder(2, 6, 6, 6)));
    setAlignmentX(Component.LEFT_ALIGNMENT);
  }

  /** Shows the section's entry of {@code record}, or empty controls. */
  final void show(VisitRecord record) {
    loading = true;
    try {
      fill(record);
    } finally {
      loading = false;
    }
  }

  /** Fills the controls from the record. */
  abstract void fill(VisitRecord record);

  /** The entry the controls show, or empty when they do not make a whole entry yet. */
  abstract Optional<RecordEntry> entry();

  void setEditable(boolean editable) {
    for (JComponent control : controls) {
      if (control instanceof JTextComponent text) {
        text.setEditable(editable);
      } else {
        control.setEnabled(editable);
      }
    }
  }

  /** Saves what the controls show, unless they are being filled or make no whole entry. */
  final void changed() {
    if (loading) {
      return;
    }
    entry().ifPresent(saver::save);
  }

  /** Adds a row: a label (with {@code mnemonic} if not 0) and its control. */
  final <T extends JComponent> T row(String labelKey, T control) {
    JLabel label = new JLabel(Messages.get(labelKey));
    label.setLabelFor(control);
    GridBagConstraints at = new GridBagConstraints();
    at.gridx = 0;
    at.gridy = row;
    at.anchor = GridBagConstraints.FIRST_LINE_START;
    at.insets = new Insets(4, 0, 0, 10);
    add(label, at);
    at = new GridBagConstraints();
    at.gridx = 1;
    at.gridy = row++;
    at.weightx = 1;
    // Text stretches across the section; a choice keeps its own width.
    at.fill =
        control instanceof JTextComponent || control instanceof JTextArea
            ? GridBagConstraints.HORIZONTAL
            : GridBagConstraints.NONE;
    at.anchor = GridBagConstraints.FIRST_LINE_START;
    at.insets = new Insets(2, 0, 2, 0);
    add(control instanceof JTextArea area ? scrolled(area) : control, at);
    return control;
  }

  /** Adds a control across the whole width. */
  final <T extends JComponent> T wide(T control) {
    GridBagConstraints at = new GridBagConstraints();
    at.gridx = 0;
    at.gridy = row++;
    at.gridwidth = 2;
    at.weightx = 1;
    at.fill = GridBagConstraints.HORIZONTAL;
    at.insets = new Insets(2, 0, 2, 0);
    add(control, at);
    return control;
  }

  /** Registers a control that follows the section's editability. */
  final <T extends JComponent> T control(T control, String name) {
    control.setName("record." + name);
    controls.add(control);
    return control;
  }

  /** A text field that saves when left or when Enter is pressed. */
  final JTextField textField(String name) {
    JTextField field = control(new JTextField(24), name);
    field.addActionListener(e -> changed());
    field.addFocusListener(saveOnLeaving());
    return field;
  }

  /** A text area of {@code rows} lines that saves when left. */
  final JTextArea textArea(String name, int rows) {
    JTextArea area = control(new JTextArea(rows, 24), name);
    area.setLineWrap(true);
    area.setWrapStyleWord(true);
    area.addFocusListener(saveOnLeaving());
    return area;
  }

  /** A 0-10 rating, or not asked ("—"), that saves when chosen. */
  final JComboBox<String> rating(String name) {
    String[] choices = new String[12];
    choices[0] = "—";
    for (int i = 0; i <= 10; i++) {
      choices[i + 1] = Integer.toString(i);
    }
    JComboBox<String> box = control(new JComboBox<>(choices), name);
    box.addActionListener(e -> changed());
    return box;
  }

  static OptionalInt ratingOf(JComboBox<String> box) {
    int index = box.getSelectedIndex();
    return index <= 0 ? OptionalInt.empty() : OptionalInt.of(index - 1);
  }

  static void showRating(JComboBox<String> box, OptionalInt value) {
    box.setSelectedIndex(value.isPresent() ? value.getAsInt() + 1 : 0);
  }

  /** The single entry of {@code type} in {@code record}, if written. */
  static <T extends RecordEntry> Optional<T> single(VisitRecord record, Class<T> type) {
    return record.single(type);
  }

  private FocusAdapter saveOnLeaving() {
    return new FocusAdapter() {
      @Override
      public void focusLost(FocusEvent e) {
        if (!e.isTemporary()) {
          changed();
        }
      }
    };
  }

  private static JScrollPane scrolled(JTextArea area) {
    JScrollPane pane = new JScrollPane(area);
    pane.setName(area.getName() + ".scroll");
    // Never squeezed below its rows when the section is narrow.
    pane.setMinimumSize(new java.awt.Dimension(80, pane.getPreferredSize().height));
    return pane;
  }
}
