package app.myomap.atlas;

import java.net.URL;
import java.util.Optional;

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
    return find(fileName)
        .orElseThrow(
            () -> new AtlasException("Missing atlas file on the classpath: " + path(fileName)));
  }

  /** The URL of an optional file of this version, empty if the version has none. */
  Optional<URL> find(String fileName) {
    return Optional.ofNullable(AtlasResources.class.getResource(path(fileName)));
  }

  private String path(String fileName) {
    return root + "/" + version + "/" + fileName;
  }
}
