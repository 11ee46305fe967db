package app.myomap.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this build, written into a resource by Maven. */
final class Version {
  private Version() {}

  static String current() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "development";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "development");
    } catch (IOException e) {
      return "development";
    }
  }
}
