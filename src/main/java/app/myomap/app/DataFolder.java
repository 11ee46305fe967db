package app.myomap.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the embedded default database lives on each platform. */
final class DataFolder {
  static final String FILE_NAME = "myomap.db";

  private DataFolder() {}

  /** The default database file for the running platform. */
  static Path defaultDatabase() {
    return defaultDatabase(
        System.getProperty("os.name"), System.getenv(), Path.of(System.getProperty("user.home")));
  }

  static Path defaultDatabase(String osName, Map<String, String> env, Path home) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      String appData = env.get("APPDATA");
      Path base =
          appData != null && !appData.isBlank()
              ? Path.of(appData)
              : home.resolve("AppData").resolve("Roaming");
      return base.resolve("MyoMap").resolve(FILE_NAME);
    }
    if (os.startsWith("mac")) {
      return home.resolve("Library")
          .resolve("Application Support")
          .resolve("MyoMap")
          .resolve(FILE_NAME);
    }
    String xdg = env.get("XDG_DATA_HOME");
    Path base =
        xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
            ? Path.of(xdg)
            : home.resolve(".local").resolve("share");
    return base.resolve("myomap").resolve(FILE_NAME);
  }
}
