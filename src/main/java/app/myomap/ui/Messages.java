package app.myomap.ui;

import app.myomap.chart.ChartWords;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The user-visible text of the app, from the Messages bundle beside this class. */
public final class Messages {
  private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("app.myomap.ui.Messages");

  private Messages() {}

  /**
   * The text of {@code key}; the chart's own words (legend, sensations) come from {@link
   * ChartWords}.
   */
  public static String get(String key) {
    if (!BUNDLE.containsKey(key) && ChartWords.has(key)) {
      return ChartWords.get(key);
    }
    return BUNDLE.getString(key);
  }

  public static String format(String key, Object... args) {
    return MessageFormat.format(get(key), args);
  }
}
