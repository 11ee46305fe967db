package app.myomap.ui;

import app.myomap.model.Patient;
import com.formdev.flatlaf.icons.FlatSearchIcon;
import java.awt.BorderLayout;
import java.awt.Toolkit;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/**
 * The upper half of the patients panel: a search field that narrows the list as the user types
 * (once typing pauses), the list of patients found, and the keyboard paths between them.
 */
final class PatientFinder extends JPanel {
  private static final long serialVersionUID = 1L;

  /** How long typing in the search field must pause before the list is searched again. */
  static final int SEARCH_DELAY_MS = 150;

  private static final int SHORTCUT = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();

  private final Function<String, List<Patient>> search;
  private final Consumer<Patient> open;
  private final BirthDateFormat birthFormat = BirthDateFormat.ofDefaultLocale();
  private final JTextField field = new JTextField();
  private final DefaultListModel<Patient> found = new DefaultListModel<>();
  private final HintedList<Patient> list = new HintedList<>(found);
  private final Timer searchTimer = new Timer(SEARCH_DELAY_MS, e -> runSearch());
  private boolean quiet;

  /**
   * A finder that looks patients up with {@code search}, asks {@code open} to open the one the user
   * picks (Enter or a click), and shows in bold the one {@code isOpen} names.
   */
  PatientFinder(
      Function<String, List<Patient>> search,
      Consumer<Patient> open,
      Predicate<Patient> isOpen,
      Action newPatient,
      Action editPatient) {
    super(new BorderLayout(0, 8));
    this.search = search;
    this.open = open;
    setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 10));
    JLabel title = new JLabel(Messages.get("Patients.title"));
    title.putClientProperty("FlatLaf.styleClass", "h3");
    field.setName("patients.search");
    field.putClientProperty(
        "JTextField.placeholderText", Messages.get("Patients.search.placeholder"));
    field.putClientProperty("JTextField.leadingIcon", new FlatSearchIcon());
    field.putClientProperty("JTextField.showClearButton", true);
    field.setToolTipText(Messages.get("Patients.search.tooltip"));
    field.getDocument().addDocumentListener(new Typing());
    searchTimer.setRepeats(false);

    list.setName("patients.list");
    list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    list.setVisibleRowCount(4);
    list.setCellRenderer(new TwoLineCell<>(Patient::name, this::describe, isOpen));
    list.addMouseListener(
        new MouseAdapter() {
          @Override
          public void mouseClicked(MouseEvent e) {
            int index = list.locationToIndex(e.getPoint());
            if (SwingUtilities.isLeftMouseButton(e)
                && index >= 0
                && list.getCellBounds(index, index).contains(e.getPoint())) {
              openSelected();
            }
          }
        });

    JPanel top = new JPanel(new BorderLayout(0, 8));
    top.add(title, BorderLayout.NORTH);
    top.add(field, BorderLayout.CENTER);
    JPanel buttons = new JPanel(new BorderLayout(6, 0));
    buttons.add(button(newPatient, "patients.new"), BorderLayout.CENTER);
    buttons.add(button(editPatient, "patients.edit"), BorderLayout.EAST);
    add(top, BorderLayout.NORTH);
    add(new JScrollPane(list), BorderLayout.CENTER);
    add(buttons, BorderLayout.SOUTH);
    bindKeys();
  }

  /** Calls {@code callback} whenever the selected patient changes. */
  void onSelection(Runnable callback) {
    list.addListSelectionListener(
        e -> {
          if (!e.getValueIsAdjusting()) {
            callback.run();
          }
        });
  }

  /** The patient selected in the list, or null. */
  Patient selected() {
    return list.getSelectedValue();
  }

  /** Moves the keyboard focus to the search field and selects its text. */
  void focusSearch() {
    field.requestFocusInWindow();
    field.selectAll();
  }

  /** Empties the search field and lists the recent patients again, selecting {@code patientId}. */
  void showRecent(String patientId) {
    quiet = true;
    try {
      field.setText("");
    } finally {
      quiet = false;
    }
    runSearch();
    select(patientId);
  }

  /** Selects the patient with this id when it is listed. */
  void select(String patientId) {
    int index = indexOf(patientId);
    if (index >= 0) {
      list.setSelectedIndex(index);
      list.ensureIndexIsVisible(index);
    }
    list.repaint();
  }

  /** Shows new details of a listed patient in place. */
  void replace(Patient patient) {
    int index = indexOf(patient.id());
    if (index >= 0) {
      found.set(index, patient);
    }
  }

  /** The line of details listed under a patient's name: date of birth and record number. */
  String describe(Patient patient) {
    String born = birthFormat.format(patient.dateOfBirth());
    return patient.recordNumber().isEmpty()
        ? born
        : Messages.format("Patients.row", born, patient.recordNumber());
  }

  /** Searches now for the text in the field, keeping the selection when it is still listed. */
  void runSearch() {
    searchTimer.stop();
    String text = field.getText().strip();
    List<Patient> hits = search.apply(text);
    String keep = list.isSelectionEmpty() ? null : list.getSelectedValue().id();
    found.clear();
    found.addAll(hits);
    int index = indexOf(keep);
    if (index < 0 && !text.isEmpty() && !hits.isEmpty()) {
      index = 0;
    }
    if (index >= 0) {
      list.setSelectedIndex(index);
      list.ensureIndexIsVisible(index);
    }
    list.setHint(
        text.isEmpty()
            ? Messages.get("Patients.empty")
            : Messages.format("Patients.noMatch", text));
  }

  private void bindKeys() {
    bind(field, WHEN_FOCUSED, KeyEvent.VK_DOWN, 0, "patients.intoList", this::intoList);
    bind(field, WHEN_FOCUSED, KeyEvent.VK_ENTER, 0, "patients.openFirst", this::openFirst);
    bind(field, WHEN_FOCUSED, KeyEvent.VK_ESCAPE, 0, "patients.clear", this::clear);
    bind(list, WHEN_FOCUSED, KeyEvent.VK_ENTER, 0, "patients.open", this::openSelected);
    bind(list, WHEN_FOCUSED, KeyEvent.VK_UP, 0, "patients.upOrSearch", this::upOrSearch);
    bind(this, WHEN_IN_FOCUSED_WINDOW, KeyEvent.VK_F, SHORTCUT, "patients.find", this::focusSearch);
  }

  private void intoList() {
    flushSearch();
    if (found.isEmpty()) {
      return;
    }
    if (list.isSelectionEmpty()) {
      list.setSelectedIndex(0);
    }
    list.ensureIndexIsVisible(list.getSelectedIndex());
    list.requestFocusInWindow();
  }

  private void openFirst() {
    flushSearch();
    if (list.isSelectionEmpty() && !found.isEmpty()) {
      list.setSelectedIndex(0);
    }
    openSelected();
  }

  private void clear() {
    field.setText("");
    flushSearch();
  }

  private void upOrSearch() {
    if (list.getSelectedIndex() <= 0) {
      focusSearch();
    } else {
      list.getActionMap()
          .get("selectPreviousRow")
          .actionPerformed(new ActionEvent(list, ActionEvent.ACTION_PERFORMED, null));
    }
  }

  private void openSelected() {
    Patient selected = list.getSelectedValue();
    if (selected != null) {
      open.accept(selected);
    }
  }

  private void flushSearch() {
    if (searchTimer.isRunning()) {
      runSearch();
    }
  }

  private int indexOf(String patientId) {
    for (int i = 0; patientId != null && i < found.size(); i++) {
      if (found.get(i).id().equals(patientId)) {
        return i;
      }
    }
    return -1;
  }

  private static JButton button(Action action, String name) {
    JButton button = new JButton(action);
    button.setName(name);
    return button;
  }

  private static void bind(
      JComponent component, int condition, int key, int modifiers, String name, Runnable run) {
    component.getInputMap(condition).put(KeyStroke.getKeyStroke(key, modifiers), name);
    component
        .getActionMap()
        .put(
            name,
            new AbstractAction() {
              private static final long serialVersionUID = 1L;

              @Override
              public void actionPerformed(ActionEvent e) {
                run.run();
              }
            });
  }

  /** Searches again once typing pauses. */
  private final class Typing implements DocumentListener {
    @Override
    public void insertUpdate(DocumentEvent e) {
      typed();
    }

    @Override
    public void removeUpdate(DocumentEvent e) {
      typed();
    }

    @Override
    public void changedUpdate(DocumentEvent e) {
      // Attribute changes leave the text as it was.
    }

    private void typed() {
      if (!quiet) {
        searchTimer.restart();
      }
    }
  }
}
