package app.myomap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every key of a words bundle is written once: a second line for a key silently wins over the
 * first, so an edit to the first would never show.
 */
class MessageBundlesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/app/myomap/ui/Messages.properties",
        "/app/myomap/chart/ChartWords.properties",
        "/app/myomap/export/Export.properties"
      })
  void noKeyIsWrittenTwice(String bundle) throws IOException {
    List<String> keys = new ArrayList<>();
    try (InputStream in = MessageBundlesTest.class.getResourceAsStream(bundle)) {
      assertThat(in).as(bundle).isNotNull();
      boolean continued = false;
      for (String line : new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).split("\n")) {
        boolean startsEntry = !continued && !line.isBlank() && !line.startsWith("#");
        if (startsEntry) {
          keys.add(line.split("[=:]", 2)[0].strip());
        }
        continued = line.endsWith("\\");
      }
    }
    Set<String> seen = new HashSet<>();
    assertThat(keys.stream().filter(key -> !seen.add(key)).toList()).as(bundle).isEmpty();
  }
}
