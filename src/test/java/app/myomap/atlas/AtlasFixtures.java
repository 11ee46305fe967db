package app.myomap.atlas;

import app.myomap.model.BodyView;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/** Loads the small test atlas under src/test/resources/app/myomap/atlas. */
final class AtlasFixtures {
  private AtlasFixtures() {}

  static MuscleCatalogue catalogue() {
    try (InputStream in = resource("fixture-muscles.tsv").openStream()) {
      return MuscleCatalogue.parse(
          new InputStreamReader(in, StandardCharsets.UTF_8), "fixture-muscles.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Landmarks landmarks() {
    try (InputStream in = resource("fixture-landmarks.tsv").openStream()) {
      return Landmarks.parse(
          new InputStreamReader(in, StandardCharsets.UTF_8), "fixture-landmarks.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static AtlasView anteriorView() throws InvalidSvgException {
    return AtlasViewReader.read(resource("fixture-anterior.svg"), BodyView.ANTERIOR, catalogue());
  }

  static MuscleCatalogue catalogueOf(String tsv) {
    return MuscleCatalogue.parse(new StringReader(tsv), "test.tsv");
  }

  static URL resource(String name) {
    URL url = AtlasFixtures.class.getResource(name);
    if (url == null) {
      throw new IllegalStateException("missing test resource " + name);
    }
    return url;
  }
}
