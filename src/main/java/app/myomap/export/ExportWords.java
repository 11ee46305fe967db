package app.myomap.export;

import app.myomap.chart.ChartWords;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The text of reports and exports, from the {@code Export} bundle beside this class; words shared
 * with the window (the chart's and the visit record's) come from {@link ChartWords}.
 */
public final class ExportWords {
  private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("app.myomap.export.Export");

  private ExportWords() {}

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
