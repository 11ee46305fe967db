package app.myomap.atlas;

import app.myomap.model.BodyView;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The views an atlas version has, in display order: read from the version's optional views.tsv, or
 * the six views of v1 when the folder has none.
 */
final class VersionViews {
  static final String FILE = "views.tsv";

  /** The views of a version folder without views.tsv (v1). */
  static final List<BodyView> V1 =
      List.of(
          BodyView.ANTERIOR,
          BodyView.POSTERIOR,
          BodyView.LATERAL_LEFT,
          BodyView.LATERAL_RIGHT,
          BodyView.HEAD_LEFT,
          BodyView.HEAD_RIGHT);

  private VersionViews() {}

  /**
   * The views of a version.
   *
   * @throws AtlasException if its views.tsv cannot be read or is malformed
   */
  static List<BodyView> load(AtlasResources files) {
    Optional<URL> url = files.find(FILE);
    if (url.isEmpty()) {
      return V1;
    }
    try (InputStream in = url.get().openStream()) {
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8), url.get().toString());
    } catch (IOException e) {
      throw new AtlasException("Cannot read " + url.get(), e);
    }
  }

  /**
   * Parses views.tsv: one view id per line in display order; blank lines and lines starting with
   * '#' are skipped.
   *
   * @param source names the input in error messages
   * @throws AtlasException on an unknown or repeated view id, or a file naming no view
   */
  static List<BodyView> parse(Reader reader, String source) {
    List<BodyView> views = new ArrayList<>();
    BufferedReader lines = new BufferedReader(reader);
    int lineNumber = 0;
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        BodyView view;
        try {
          view = BodyView.ofId(line.strip());
        } catch (IllegalArgumentException e) {
          throw new AtlasException(source + ":" + lineNumber + ": " + e.getMessage(), e);
        }
        if (views.contains(view)) {
          throw new AtlasException(source + ":" + lineNumber + ": view listed twice: " + view.id());
        }
        views.add(view);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (views.isEmpty()) {
      throw new AtlasException(source + ": names no view");
    }
    return List.copyOf(views);
  }
}
