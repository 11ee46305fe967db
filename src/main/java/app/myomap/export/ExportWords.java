package app.myomap.export;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The text of reports and exports, from the {@code Export} bundle beside this class. */
public final class ExportWords {
  private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("app.myomap.export.Export");

  private ExportWords() {}

  public static String get(String key) {
    return BUNDLE.getString(key);
  }

  public static String format(String key, Object... args) {
    return MessageFormat.format(BUNDLE.getString(key), args);
  }
}
