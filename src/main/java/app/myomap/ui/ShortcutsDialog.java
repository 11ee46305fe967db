package app.myomap.ui;

import java.awt.BorderLayout;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JEditorPane;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JScrollPane;

/** Help › Keyboard Shortcuts: every key of the chart on one page. */
final class ShortcutsDialog extends JDialog {
  private static final long serialVersionUID = 1L;

  ShortcutsDialog(JFrame owner) {
    super(owner, Messages.get("Shortcuts.title"), true);
    setName("shortcuts");
    JEditorPane text = new JEditorPane("text/html", Messages.get("Shortcuts.html"));
    text.setName("shortcuts.text");
    text.setEditable(false);
    text.putClientProperty(JEditorPane.HONOR_DISPLAY_PROPERTIES, true);
    text.setCaretPosition(0);
    JScrollPane scroll = new JScrollPane(text);
    scroll.setPreferredSize(new java.awt.Dimension(560, 520));
    JButton close = new JButton(Messages.get("Shortcuts.close"));
    close.setName("shortcuts.close");
    close.addActionListener(e -> dispose());
    JPanel buttons = new JPanel();
    buttons.add(close);
    JPanel content = new JPanel(new BorderLayout(8, 8));
    content.setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
    content.add(scroll, BorderLayout.CENTER);
    content.add(buttons, BorderLayout.SOUTH);
    setContentPane(content);
    getRootPane().setDefaultButton(close);
    pack();
    setLocationRelativeTo(owner);
  }
}
