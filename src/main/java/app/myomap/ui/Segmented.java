package app.myomap.ui;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.ui.FlatLineBorder;
import java.awt.GridLayout;
import java.awt.Insets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.swing.ButtonGroup;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import javax.swing.UIManager;

/**
 * A row of joined toggle buttons choosing one value of an enum (a segmented control), each button
 * named {@code <prefix>.<value in lower camel case>} so tests can press it.
 */
public final class Segmented<E extends Enum<E>> extends JPanel {
  private static final long serialVersionUID = 1L;

  private final ButtonGroup group = new ButtonGroup();
  private final Map<E, JToggleButton> buttons;

  /**
   * A control over every value of {@code type}; {@code onChoose} hears each value the user picks,
   * never a value shown with {@link #setValue}.
   *
   * @param tooltip the tooltip of a value's button, or {@code null} for none
   */
  public Segmented(
      String namePrefix,
      Class<E> type,
      Function<E, String> text,
      Function<E, String> tooltip,
      Consumer<E> onChoose) {
    super(new GridLayout(1, 0, 2, 0));
    setName(namePrefix);
    buttons = new EnumMap<>(type);
    for (E value : type.getEnumConstants()) {
      JToggleButton button = new JToggleButton(text.apply(value));
      button.setName(namePrefix + "." + camelCase(value));
      button.setToolTipText(tooltip.apply(value));
      button.putClientProperty(
          FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_TOOLBAR_BUTTON);
      button.putClientProperty(
          FlatClientProperties.STYLE,
          "margin: 2,8,2,8; arc: 8; toolbar.selectedBackground: $Component.accentColor;"
              + " selectedForeground: #fff; toolbar.hoverBackground: $Button.hoverBackground");
      // Action events come from the user only, never from setValue.
      button.addActionListener(e -> onChoose.accept(value));
      group.add(button);
      buttons.put(value, button);
      add(button);
    }
  }

  @Override
  public void updateUI() {
    super.updateUI();
    // A rounded frame in the current theme's border colour joins the buttons into one control.
    setBorder(
        new FlatLineBorder(
            new Insets(2, 2, 2, 2), UIManager.getColor("Component.borderColor"), 1, 12));
    setBackground(UIManager.getColor("TextField.background"));
  }

  /** Shows {@code value} as chosen, or no value when {@code null}, without telling the listener. */
  public void setValue(E value) {
    if (value == null) {
      group.clearSelection();
    } else {
      buttons.get(value).setSelected(true);
    }
  }

  /** The chosen value, or {@code null} when none is chosen. */
  public E value() {
    for (Map.Entry<E, JToggleButton> entry : buttons.entrySet()) {
      if (entry.getValue().isSelected()) {
        return entry.getKey();
      }
    }
    return null;
  }

  @Override
  public void setEnabled(boolean enabled) {
    super.setEnabled(enabled);
    buttons.values().forEach(b -> b.setEnabled(enabled));
  }

  /** An enum constant in lower camel case, for component names: NOT_TESTED gives notTested. */
  static String camelCase(Enum<?> value) {
    String[] words = value.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder name = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return name.toString();
  }
}
