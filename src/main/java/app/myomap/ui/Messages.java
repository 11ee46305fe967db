package app.myomap.ui;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The user-visible text of the app, from the Messages bundle beside this class. */
public final class Messages {
  private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("app.myomap.ui.Messages");

  private Messages() {}

  public static String get(String key) {
    return BUNDLE.getString(key);
  }

  public static String format(String key, Object... args) {
    return MessageFormat.format(BUNDLE.getString(key), args);
  }
}
