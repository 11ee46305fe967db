package app.myomap.ui;

import app.myomap.model.Practitioner;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;

/**
 * "Who is charting?": the practitioner profiles of the database to choose from, the one chosen last
 * preselected, and Add… for a new profile, which is then the one charting.
 */
public final class PractitionerDialog extends JDialog {
  private static final long serialVersionUID = 1L;

  private final JList<Practitioner> list;
  private final transient Function<Window, Optional<Practitioner>> adder;
  private final JButton ok = new JButton(Messages.get("Practitioner.ok"));
  private transient Practitioner result;

  private PractitionerDialog(
      Window owner,
      List<Practitioner> profiles,
      Practitioner preselected,
      Function<Window, Optional<Practitioner>> adder) {
    super(owner, Messages.get("Practitioner.title"));
    setModal(true);
    setName("practitionerDialog");
    this.adder = adder;
    list = new JList<>(profiles.toArray(Practitioner[]::new));
    list.setName("practitioner.list");
    list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    list.setVisibleRowCount(Math.max(3, Math.min(8, profiles.size())));
    list.setCellRenderer(new ProfileCell());
    if (preselected != null) {
      list.setSelectedValue(
          profiles.stream().filter(p -> p.id().equals(preselected.id())).findFirst().orElse(null),
          true);
    }
    if (list.isSelectionEmpty() && !profiles.isEmpty()) {
      list.setSelectedIndex(0);
    }
    list.addListSelectionListener(e -> ok.setEnabled(!list.isSelectionEmpty()));
    list.addMouseListener(
        new MouseAdapter() {
          @Override
          public void mouseClicked(MouseEvent e) {
            if (e.getClickCount() == 2 && !list.isSelectionEmpty()) {
              choose();
            }
          }
        });
    JLabel heading = new JLabel(Messages.get("Practitioner.heading"));
    heading.putClientProperty("FlatLaf.styleClass", "h3");
    JLabel prompt =
        new JLabel(Messages.get(profiles.isEmpty() ? "Practitioner.none" : "Practitioner.prompt"));
    prompt.setDisplayedMnemonic(KeyEvent.VK_C);
    prompt.setLabelFor(list);
    JLabel hint = new JLabel(Messages.get("Practitioner.hint"));
    hint.putClientProperty("FlatLaf.styleClass", "small");
    hint.putClientProperty("FlatLaf.style", "foreground: $Label.disabledForeground");
    JPanel top = new JPanel(new BorderLayout(0, 8));
    top.add(heading, BorderLayout.NORTH);
    top.add(prompt, BorderLayout.CENTER);
    JButton add = new JButton(Messages.get("Practitioner.add"));
    add.setName("practitioner.add");
    add.setMnemonic(KeyEvent.VK_A);
    add.setToolTipText(Messages.get("Practitioner.add.tooltip"));
    add.addActionListener(e -> add());
    ok.setName("practitioner.ok");
    ok.setEnabled(!list.isSelectionEmpty());
    ok.addActionListener(e -> choose());
    JButton cancel = new JButton(Messages.get("Practitioner.cancel"));
    cancel.setName("practitioner.cancel");
    cancel.addActionListener(e -> dispose());
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
    buttons.add(add);
    buttons.add(ok);
    buttons.add(cancel);
    JPanel south = new JPanel(new BorderLayout(0, 10));
    south.add(hint, BorderLayout.NORTH);
    south.add(buttons, BorderLayout.SOUTH);
    JPanel content = new JPanel(new BorderLayout(0, 10));
    content.setBorder(BorderFactory.createEmptyBorder(16, 18, 14, 18));
    content.add(top, BorderLayout.NORTH);
    content.add(new JScrollPane(list), BorderLayout.CENTER);
    content.add(south, BorderLayout.SOUTH);
    setContentPane(content);
    getRootPane().setDefaultButton(profiles.isEmpty() ? add : ok);
    Dialogs.closeOnEscape(this);
    pack();
    setLocationRelativeTo(owner);
  }

  /**
   * Asks who is charting among {@code profiles}, {@code preselected} (may be null) chosen at first;
   * {@code adder} adds a profile, which is then the answer. The profile chosen, or empty when the
   * user cancels. A PIN is not asked here.
   */
  public static Optional<Practitioner> ask(
      Window owner,
      List<Practitioner> profiles,
      Practitioner preselected,
      Function<Window, Optional<Practitioner>> adder) {
    PractitionerDialog dialog = new PractitionerDialog(owner, profiles, preselected, adder);
    dialog.setVisible(true);
    return Optional.ofNullable(dialog.result);
  }

  private void add() {
    Optional<Practitioner> added = adder.apply(this);
    if (added.isPresent()) {
      result = added.get();
      dispose();
    }
  }

  private void choose() {
    result = list.getSelectedValue();
    if (result != null) {
      dispose();
    }
  }

  /** A profile as its name, with its credentials below in small type. */
  private static final class ProfileCell extends DefaultListCellRenderer {
    private static final long serialVersionUID = 1L;

    @Override
    public Component getListCellRendererComponent(
        JList<?> list, Object value, int index, boolean selected, boolean focused) {
      Practitioner p = (Practitioner) value;
      String name = p.hasPin() ? Messages.format("Practitioner.withPin", p.name()) : p.name();
      String credentials = p.credentials();
      String text =
          credentials.isEmpty()
              ? name
              : "<html>" + escape(name) + "<br><small>" + escape(credentials) + "</small></html>";
      super.getListCellRendererComponent(list, text, index, selected, focused);
      setName(p.name());
      return this;
    }

    private static String escape(String text) {
      return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
  }
}
