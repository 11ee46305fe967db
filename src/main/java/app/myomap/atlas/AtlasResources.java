package app.myomap.atlas;

import java.net.URL;

/**
 * Locates the files of one atlas version on the classpath, normally under
 * /assets/atlas/&lt;version&gt;/.
 */
final class AtlasResources {
  static final String BUNDLED_ROOT = "/assets/atlas";

  private final String root;
  private final String version;

  /**
   * Files of a version under a classpath folder.
   *
   * @throws AtlasException if the version is not a name like "v1"
   */
  AtlasResources(String root, String version) {
    if (!version.matches("v[0-9]+")) {
      throw new AtlasException("Bad atlas version name: " + version);
    }
    this.root = root;
    this.version = version;
  }

  /** The files of a version bundled with the application. */
  static AtlasResources bundled(String version) {
    return new AtlasResources(BUNDLED_ROOT, version);
  }

  String version() {
    return version;
  }

  /**
   * The URL of a file of this version.
   *
   * @throws AtlasException if the file is not on the classpath
   */
  URL require(String fileName) {
    String path = root + "/" + version + "/" + fileName;
    URL url = AtlasResources.class.getResource(path);
    if (url == null) {
      throw new AtlasException("Missing atlas file on the classpath: " + path);
    }
    return url;
  }
}
