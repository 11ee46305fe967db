package app.myomap.atlas;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The needling-safety table: for each muscle of the catalogue, the structures needling it can
 * injure and a note for the practitioner. It is versioned apart from the frozen atlas, so a
 * correction is a new version of the table, and the version shown names what a note came from.
 */
public final class SafetyTable {
  /** The table version the application uses. */
  public static final String CURRENT_VERSION = "needling-safety-v1";

  private static final String ROOT = "/assets/safety/";
  private static final int COLUMNS = 3;

  private final String version;
  private final Map<String, NeedlingSafety> byMuscle;

  private SafetyTable(String version, Map<String, NeedlingSafety> byMuscle) {
    this.version = version;
    this.byMuscle = byMuscle;
  }

  /**
   * Loads the bundled table written for an atlas version: needling-safety-v1 for atlas v1,
   * needling-safety-v2 for v2, so the notes name the muscles that version charts.
   *
   * @throws AtlasException if no table is bundled for that atlas version
   */
  public static SafetyTable forAtlas(String atlasVersion) {
    return load("needling-safety-" + atlasVersion);
  }

  /**
   * Loads the bundled table /assets/safety/&lt;version&gt;.tsv.
   *
   * @throws AtlasException if the table is missing or malformed
   */
  public static SafetyTable load(String version) {
    if (!version.matches("[a-z-]+-v[0-9]+")) {
      throw new AtlasException("Bad safety table version name: " + version);
    }
    String path = ROOT + version + ".tsv";
    URL url = SafetyTable.class.getResource(path);
    if (url == null) {
      throw new AtlasException("Missing safety table on the classpath: " + path);
    }
    SafetyTable table;
    try (InputStream in = url.openStream()) {
      table = parse(new InputStreamReader(in, StandardCharsets.UTF_8), url.toString());
    } catch (IOException e) {
      throw new AtlasException("Cannot read " + url, e);
    }
    if (!table.version.equals(version)) {
      throw new AtlasException(
          url + " says it is version " + table.version + ", expected " + version);
    }
    return table;
  }

  /**
   * Parses a table: a {@code version} line naming the table's version, then one tab-separated line
   * per muscle (muscle id, comma-separated hazards or "-", note); lines starting with '#' are
   * comments.
   *
   * @param source names the input in error messages
   * @throws AtlasException on a missing version, a malformed line, an unknown hazard, an empty note
   *     or a muscle listed twice
   */
  public static SafetyTable parse(Reader reader, String source) {
    String version = null;
    Map<String, NeedlingSafety> byMuscle = new LinkedHashMap<>();
    BufferedReader lines = new BufferedReader(reader);
    int lineNumber = 0;
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String where = source + ":" + lineNumber + ": ";
        if (version == null) {
          version = versionOf(line, where);
          continue;
        }
        NeedlingSafety entry = parseLine(line, where);
        if (byMuscle.putIfAbsent(entry.muscleId(), entry) != null) {
          throw new AtlasException(where + "muscle " + entry.muscleId() + " is listed twice");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (version == null) {
      throw new AtlasException(source + ": the safety table names no version");
    }
    return new SafetyTable(version, byMuscle);
  }

  private static String versionOf(String line, String where) {
    String[] cells = line.split("\t", -1);
    if (cells.length != 2 || !cells[0].strip().equals("version") || cells[1].isBlank()) {
      throw new AtlasException(where + "the first line must be 'version<TAB>name'");
    }
    return cells[1].strip();
  }

  private static NeedlingSafety parseLine(String line, String where) {
    String[] cells = line.split("\t", -1);
    if (cells.length != COLUMNS) {
      throw new AtlasException(
          where + "expected " + COLUMNS + " tab-separated columns, found " + cells.length);
    }
    String muscleId = cells[0].strip();
    String note = cells[2].strip();
    if (muscleId.isEmpty()) {
      throw new AtlasException(where + "the muscle id is empty");
    }
    if (note.isEmpty()) {
      throw new AtlasException(where + "muscle " + muscleId + " has no note");
    }
    Set<NeedlingHazard> hazards = EnumSet.noneOf(NeedlingHazard.class);
    if (!cells[1].strip().equals("-")) {
      for (String name : cells[1].split(",")) {
        try {
          hazards.add(NeedlingHazard.valueOf(name.strip()));
        } catch (IllegalArgumentException e) {
          throw new AtlasException(where + "unknown hazard '" + name.strip() + "'", e);
        }
      }
    }
    return new NeedlingSafety(muscleId, hazards, note);
  }

  /** The version id of this table, e.g. "needling-safety-v1". */
  public String version() {
    return version;
  }

  /** What the table says about the muscle with this id, if it lists it. */
  public Optional<NeedlingSafety> of(String muscleId) {
    return Optional.ofNullable(byMuscle.get(muscleId));
  }

  /** Whether needling the muscle with this id endangers {@code hazard}. */
  public boolean endangers(String muscleId, NeedlingHazard hazard) {
    return of(muscleId).map(s -> s.has(hazard)).orElse(false);
  }

  /** The ids of the catalogue's muscles this table does not list, in catalogue order. */
  public List<String> missingFrom(MuscleCatalogue catalogue) {
    List<String> missing = new ArrayList<>();
    for (Muscle muscle : catalogue.all()) {
      if (!byMuscle.containsKey(muscle.id())) {
        missing.add(muscle.id());
      }
    }
    return missing;
  }
}
