package app.myomap.tools.atlas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the muscle catalogue (muscles.tsv) for the generator's checks and debug labels. */
final class Catalogue {

  /** One catalogue row as the generator needs it. */
  record Entry(String id, String abbreviation, List<String> views, boolean deep) {}

  private Catalogue() {}

  static Map<String, Entry> read(Path file) throws IOException {
    Map<String, Entry> result = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return result;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      result.put(f[0], new Entry(f[0], f[3], List.of(f[4].split(",")), "deep".equals(f[5])));
    }
    return result;
  }
}
