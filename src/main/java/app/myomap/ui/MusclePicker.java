package app.myomap.ui;

import app.myomap.atlas.Muscle;
import app.myomap.atlas.MuscleCatalogue;
import app.myomap.atlas.SafetyTable;
import app.myomap.edit.MuscleChoice;
import app.myomap.edit.MuscleChooser;
import app.myomap.model.BodyView;
import app.myomap.model.MuscleRef;
import app.myomap.model.Side;
import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.icons.FlatSearchIcon;
import com.formdev.flatlaf.util.UIScale;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Point2D;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;

/**
 * A modal type-to-filter chooser of a catalogue muscle and a side: typing narrows the list, Up and
 * Down move in it while typing, Enter or a double click chooses, Escape cancels. "Other muscle…"
 * charts a muscle the catalogue lacks under the name the practitioner types.
 */
public final class MusclePicker extends JDialog {
  private static final long serialVersionUID = 1L;

  private final transient MuscleCatalogue muscles;
  private final JTextField filter = new JTextField();
  private final DefaultListModel<Muscle> matches = new DefaultListModel<>();
  private final JList<Muscle> list = new JList<>(matches);
  private final JLabel noMatch = new JLabel();
  private final JButton choose = new JButton(Messages.get("MusclePicker.choose"));
  private final JButton other = new JButton(Messages.get("MusclePicker.other"));
  private final Segmented<Side> side;
  private transient MuscleChoice result;

  private MusclePicker(
      Window owner,
      MuscleCatalogue muscles,
      SafetyTable safety,
      Side initialSide,
      String initialFilter) {
    super(owner, Messages.get("MusclePicker.title"), ModalityType.APPLICATION_MODAL);
    this.muscles = Objects.requireNonNull(muscles, "muscles");
    setName("musclePicker");
    setDefaultCloseOperation(DISPOSE_ON_CLOSE);

    filter.setName("musclePicker.filter");
    filter.putClientProperty(
        FlatClientProperties.PLACEHOLDER_TEXT, Messages.get("MusclePicker.filter.placeholder"));
    filter.putClientProperty(FlatClientProperties.TEXT_FIELD_LEADING_ICON, new FlatSearchIcon());
    filter.putClientProperty(FlatClientProperties.TEXT_FIELD_SHOW_CLEAR_BUTTON, true);
    filter.getDocument().addDocumentListener(new FilterListener());
    bindListMoves();

    list.setName("musclePicker.list");
    list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    list.setCellRenderer(new MuscleCell(safety));
    list.setFocusable(false);
    list.addMouseListener(
        new MouseAdapter() {
          @Override
          public void mouseClicked(MouseEvent e) {
            if (e.getClickCount() == 2 && SwingUtilities.isLeftMouseButton(e)) {
              chooseSelected();
            }
          }
        });
    list.addListSelectionListener(e -> choose.setEnabled(list.getSelectedValue() != null));

    noMatch.setName("musclePicker.noMatch");
    noMatch.putClientProperty(FlatClientProperties.STYLE, "foreground: $Label.disabledForeground");
    noMatch.setVisible(false);

    side =
        new Segmented<>(
            "musclePicker.side",
            Side.class,
            s -> Messages.get("MusclePicker.side." + s.name()),
            s -> Messages.get("MusclePicker.side.tooltip." + s.name()),
            s -> {});
    side.setValue(Objects.requireNonNull(initialSide, "initialSide"));

    choose.setName("musclePicker.choose");
    choose.addActionListener(e -> chooseSelected());
    other.setName("musclePicker.other");
    other.setToolTipText(Messages.get("MusclePicker.other.tooltip"));
    other.addActionListener(e -> chooseOther());
    JButton cancel = new JButton(Messages.get("MusclePicker.cancel"));
    cancel.setName("musclePicker.cancel");
    cancel.addActionListener(e -> dispose());
    getRootPane().setDefaultButton(choose);
    Dialogs.closeOnEscape(this);

    setContentPane(layout(cancel));
    filter.setText(initialFilter == null ? "" : initialFilter);
    refilter();
    setSize(UIScale.scale(440), UIScale.scale(500));
    setMinimumSize(UIScale.scale(new java.awt.Dimension(340, 320)));
    setLocationRelativeTo(owner);
  }

  /**
   * Shows the picker and waits for the practitioner's choice.
   *
   * @param owner the window the picker is centred on and blocks, or {@code null}
   * @param safety the needling-safety table whose note each muscle's tooltip shows
   * @param initialSide the side chosen when the picker opens
   * @param initialFilter the text the filter starts with, selected so typing replaces it
   * @return the chosen muscle and side, or empty if the practitioner cancelled
   */
  public static Optional<MuscleChoice> choose(
      Window owner,
      MuscleCatalogue muscles,
      SafetyTable safety,
      Side initialSide,
      String initialFilter) {
    MusclePicker picker = new MusclePicker(owner, muscles, safety, initialSide, initialFilter);
    picker.filter.selectAll();
    picker.setVisible(true);
    return Optional.ofNullable(picker.result);
  }

  /**
   * The editor's muscle chooser for a trigger point placed outside every atlas region: opens the
   * picker over the window of {@code parent}, preselecting the side {@code likelySide} gives for
   * the view and outline point.
   */
  public static MuscleChooser chooser(
      Component parent,
      MuscleCatalogue muscles,
      SafetyTable safety,
      BiFunction<BodyView, Point2D, Side> likelySide) {
    return (view, point) ->
        choose(
            parent == null ? null : SwingUtilities.getWindowAncestor(parent),
            muscles,
            safety,
            likelySide.apply(view, point),
            "");
  }

  private JPanel layout(JButton cancel) {
    JScrollPane scroll = new JScrollPane(list);
    JPanel listArea = new JPanel(new BorderLayout(0, 6));
    listArea.add(scroll, BorderLayout.CENTER);
    JPanel belowList = new JPanel(new BorderLayout(8, 0));
    belowList.add(noMatch, BorderLayout.CENTER);
    belowList.add(other, BorderLayout.EAST);
    listArea.add(belowList, BorderLayout.SOUTH);

    JPanel sideRow = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
    JLabel sideLabel = new JLabel(Messages.get("MusclePicker.side"));
    sideLabel.setBorder(BorderFactory.createEmptyBorder(0, 0, 0, 8));
    sideRow.add(sideLabel);
    sideRow.add(side);

    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING, 6, 0));
    buttons.add(cancel);
    buttons.add(choose);

    JLabel hint = new JLabel(Messages.get("MusclePicker.hint"));
    hint.putClientProperty(
        FlatClientProperties.STYLE, "font: -1; foreground: $Label.disabledForeground");

    JPanel bottom = new JPanel(new BorderLayout(0, 8));
    bottom.add(sideRow, BorderLayout.WEST);
    bottom.add(buttons, BorderLayout.EAST);
    bottom.add(hint, BorderLayout.SOUTH);

    JPanel content = new JPanel(new BorderLayout(0, 10));
    content.setBorder(BorderFactory.createEmptyBorder(12, 12, 10, 12));
    content.add(filter, BorderLayout.NORTH);
    content.add(listArea, BorderLayout.CENTER);
    content.add(bottom, BorderLayout.SOUTH);
    return content;
  }

  private void bindListMoves() {
    bindMove("UP", -1);
    bindMove("DOWN", 1);
    bindMove("PAGE_UP", -8);
    bindMove("PAGE_DOWN", 8);
  }

  private void bindMove(String key, int delta) {
    String name = "musclePicker.move." + key;
    filter.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(key), name);
    filter
        .getActionMap()
        .put(
            name,
            new AbstractAction() {
              private static final long serialVersionUID = 1L;

              @Override
              public void actionPerformed(ActionEvent e) {
                int size = matches.getSize();
                if (size > 0) {
                  int index = Math.max(0, Math.min(size - 1, list.getSelectedIndex() + delta));
                  list.setSelectedIndex(index);
                  list.ensureIndexIsVisible(index);
                }
              }
            });
  }

  private void refilter() {
    matches.clear();
    matches.addAll(muscles.search(filter.getText()));
    boolean any = !matches.isEmpty();
    if (any) {
      list.setSelectedIndex(0);
      list.ensureIndexIsVisible(0);
    }
    choose.setEnabled(any);
    noMatch.setText(any ? " " : Messages.format("MusclePicker.none", filter.getText().strip()));
    noMatch.setVisible(!any);
  }

  private void chooseSelected() {
    Muscle muscle = list.getSelectedValue();
    if (muscle != null) {
      result = new MuscleChoice(new MuscleRef(muscle.id()), side.value());
      dispose();
    }
  }

  /**
   * Asks for the name of a muscle not in the atlas, starting from the text typed in the filter, and
   * chooses it; a blank name or Cancel returns to the list.
   */
  private void chooseOther() {
    JTextField name = new JTextField(30);
    name.setName("otherMuscle.name");
    JPanel panel = new JPanel(new java.awt.GridLayout(0, 1, 0, 4));
    panel.add(new JLabel(Messages.get("OtherMuscle.message")));
    panel.add(name);
    panel.add(TextLimit.install(name, MuscleRef.MAX_OTHER_NAME_LENGTH, "otherMuscle.count"));
    // Set after the limit, which refuses a filter text too long to be a name.
    name.setText(filter.getText().strip());
    name.selectAll();
    JOptionPane pane =
        new JOptionPane(panel, JOptionPane.PLAIN_MESSAGE, JOptionPane.OK_CANCEL_OPTION);
    JDialog dialog = pane.createDialog(this, Messages.get("OtherMuscle.title"));
    dialog.setName("otherMuscleDialog");
    // The name is typed at once: the field, not the OK button, takes the focus.
    dialog.addWindowFocusListener(
        new java.awt.event.WindowAdapter() {
          @Override
          public void windowGainedFocus(java.awt.event.WindowEvent e) {
            name.requestFocusInWindow();
          }
        });
    name.addActionListener(e -> pane.setValue(JOptionPane.OK_OPTION));
    dialog.setVisible(true);
    dialog.dispose();
    // Pasted tabs or line breaks become spaces; the name is one line.
    String text = name.getText().replaceAll("\\p{Cntrl}", " ").strip();
    if (Integer.valueOf(JOptionPane.OK_OPTION).equals(pane.getValue()) && !text.isEmpty()) {
      result = new MuscleChoice(MuscleRef.other(text), side.value());
      dispose();
    }
  }

  /** Refilters the list on every edit of the filter text. */
  private final class FilterListener implements DocumentListener {
    @Override
    public void insertUpdate(DocumentEvent e) {
      refilter();
    }

    @Override
    public void removeUpdate(DocumentEvent e) {
      refilter();
    }

    @Override
    public void changedUpdate(DocumentEvent e) {
      // Attribute changes leave the text as it was.
    }
  }
}
