package app.myomap.atlas;

import app.myomap.model.record.ScreeningCategory;
import app.myomap.model.record.ScreeningChecklist;
import app.myomap.model.record.ScreeningItem;
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

/** The bundled default screening checklist, beside the needling-safety table. */
public final class ScreeningDefaults {
  /** Where the default checklist is on the classpath. */
  private static final String PATH = "/assets/safety/screening-checklist-v1.tsv";

  private static final int COLUMNS = 4;

  private ScreeningDefaults() {}

  /**
   * The bundled default checklist.
   *
   * @throws AtlasException if it is missing or malformed
   */
  public static ScreeningChecklist load() {
    URL url = ScreeningDefaults.class.getResource(PATH);
    if (url == null) {
      throw new AtlasException("Missing screening checklist on the classpath: " + PATH);
    }
    try (InputStream in = url.openStream()) {
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8), url.toString());
    } catch (IOException e) {
      throw new AtlasException("Cannot read " + url, e);
    }
  }

  /**
   * Parses a checklist: a {@code version} line, then one tab-separated line per item (id, ABSOLUTE
   * or PRECAUTION, medical-alert id or "-", words); lines starting with '#' are comments.
   *
   * @throws AtlasException naming the line of anything malformed
   */
  public static ScreeningChecklist parse(Reader reader, String source) {
    String version = null;
    List<ScreeningItem> items = new ArrayList<>();
    BufferedReader lines = new BufferedReader(reader);
    int lineNumber = 0;
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        String where = source + ":" + lineNumber + ": ";
        if (version == null) {
          if (cells.length != 2 || !cells[0].strip().equals("version") || cells[1].isBlank()) {
            throw new AtlasException(where + "the first line must be 'version<TAB>name'");
          }
          version = cells[1].strip();
          continue;
        }
        if (cells.length != COLUMNS) {
          throw new AtlasException(
              where + "expected " + COLUMNS + " tab-separated columns, found " + cells.length);
        }
        try {
          String alert = cells[2].strip();
          items.add(
              new ScreeningItem(
                  cells[0].strip(),
                  cells[3],
                  ScreeningCategory.valueOf(cells[1].strip()),
                  alert.equals("-") ? Optional.empty() : Optional.of(alert)));
        } catch (IllegalArgumentException e) {
          throw new AtlasException(where + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (version == null) {
      throw new AtlasException(source + ": the screening checklist names no version");
    }
    try {
      return new ScreeningChecklist(version, items);
    } catch (IllegalArgumentException e) {
      throw new AtlasException(source + ": " + e.getMessage(), e);
    }
  }
}
