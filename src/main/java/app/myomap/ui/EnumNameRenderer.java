package app.myomap.ui;

/**
 * Shows an enum value in a list or combo box by its message text, the key its name after a prefix.
 */
final class EnumNameRenderer<E extends Enum<E>> extends javax.swing.DefaultListCellRenderer {
  private static final long serialVersionUID = 1L;
  private final String prefix;

  EnumNameRenderer(String prefix) {
    this.prefix = prefix;
  }

  @Override
  public java.awt.Component getListCellRendererComponent(
      javax.swing.JList<?> list, Object value, int index, boolean selected, boolean focus) {
    Object text = value instanceof Enum<?> e ? Messages.get(prefix + e.name()) : value;
    return super.getListCellRendererComponent(list, text, index, selected, focus);
  }
}
