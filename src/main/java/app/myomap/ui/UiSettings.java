package app.myomap.ui;

/** The settings of the window, each key and default declared once. */
public final class UiSettings {
  public static final Setting<Boolean> DARK_MODE = Setting.ofBoolean("ui.darkMode", false);

  /**
   * Seconds without keyboard or mouse use after which the window is covered until a practitioner is
   * chosen again; 0 turns the idle lock off.
   */
  public static final Setting<Integer> IDLE_LOCK_SECONDS =
      Setting.ofInt("practitioner.idleLockSeconds", 600);

  /** Window bounds as "x,y,width,height" in screen pixels; empty for the first start. */
  public static final Setting<String> WINDOW_BOUNDS = Setting.ofString("ui.windowBounds", "");

  /**
   * Where the chart was in the whole window, "top,left,bottom,right" from the window's inside
   * edges: the first frame shows the body there before the rest of the window is built.
   */
  public static final Setting<String> CHART_MARGINS = Setting.ofString("ui.chartMargins", "");

  public static final Setting<Boolean> WINDOW_MAXIMIZED =
      Setting.ofBoolean("ui.windowMaximized", false);

  /** The Compare Visits window's bounds as "x,y,width,height"; empty until it was first closed. */
  public static final Setting<String> COMPARE_BOUNDS = Setting.ofString("ui.compareBounds", "");

  /** Outline units within which two trigger points of a muscle and side are one point. */
  public static final Setting<Integer> COMPARE_TOLERANCE =
      Setting.ofInt("compare.matchTolerance", 15);

  /** The smallest detectable change of pain extent, in hundredths of a percentage point. */
  public static final Setting<Integer> COMPARE_DETECTABLE_CHANGE =
      Setting.ofInt("compare.detectableChange", 40);

  /** Whether the chart shows the short labels of its marks (View > Labels). */
  public static final Setting<Boolean> SHOW_LABELS = Setting.ofBoolean("chart.showLabels", true);

  public static final Setting<String> CURRENT_VIEW = Setting.ofString("chart.view", "anterior");

  /** The patient and visit open when MyoMap was last closed; empty when none. */
  public static final Setting<String> LAST_PATIENT = Setting.ofString("session.lastPatient", "");

  public static final Setting<String> LAST_VISIT = Setting.ofString("session.lastVisit", "");

  /** Whether the legend below the inspector is folded away while a visit is charted. */
  public static final Setting<Boolean> LEGEND_FOLDED = Setting.ofBoolean("ui.legendFolded", false);

  /** The folder backups go into; empty for {@code backups} beside the database. */
  public static final Setting<String> BACKUP_FOLDER = Setting.ofString("backup.folder", "");

  /** The folder File › Export… last wrote into; empty for the user's home. */
  public static final Setting<String> EXPORT_FOLDER = Setting.ofString("export.folder", "");

  /** The export format, paper and density last chosen (png, svg, pdf; a4, letter). */
  public static final Setting<String> EXPORT_FORMAT = Setting.ofString("export.format", "pdf");

  public static final Setting<String> EXPORT_PAPER = Setting.ofString("export.paper", "a4");
  public static final Setting<Integer> EXPORT_DPI = Setting.ofInt("export.dpi", 300);

  /** Whether exported pictures carry the caption and the legend. */
  public static final Setting<Boolean> EXPORT_CAPTION = Setting.ofBoolean("export.caption", true);

  public static final Setting<Boolean> EXPORT_LEGEND = Setting.ofBoolean("export.legend", true);

  /** Whether a PDF report ends with the comparison with the visit before it. */
  public static final Setting<Boolean> EXPORT_COMPARE_PREVIOUS =
      Setting.ofBoolean("export.comparePrevious", false);

  private UiSettings() {}

  /** The backup folder {@code settings} chose for {@code databaseFile}, or the default one. */
  public static java.nio.file.Path backupFolder(
      Settings settings, java.nio.file.Path databaseFile) {
    String chosen = settings.get(BACKUP_FOLDER);
    return chosen.isBlank()
        ? app.myomap.session.Backups.defaultFolder(databaseFile)
        : java.nio.file.Path.of(chosen);
  }
}
