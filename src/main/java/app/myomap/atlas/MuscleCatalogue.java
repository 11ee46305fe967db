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
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/** The muscle catalogue of an atlas version: the single source of muscle ids and names. */
public final class MuscleCatalogue {
  private static final int COLUMNS = 7;

  private final Map<String, Muscle> byId;
  private final List<Muscle> all;
  private final List<MuscleSearchKey> keys;

  private MuscleCatalogue(List<Muscle> muscles) {
    Map<String, Muscle> map = new LinkedHashMap<>();
    List<MuscleSearchKey> searchKeys = new ArrayList<>();
    for (Muscle muscle : muscles) {
      if (map.putIfAbsent(muscle.id(), muscle) != null) {
        throw new AtlasException("Duplicate muscle id in catalogue: " + muscle.id());
      }
      searchKeys.add(new MuscleSearchKey(muscle));
    }
    this.byId = map;
    this.all = List.copyOf(muscles);
    this.keys = List.copyOf(searchKeys);
  }

  /** A catalogue of the given muscles, in the given order (for tests and tools). */
  public static MuscleCatalogue of(List<Muscle> muscles) {
    return new MuscleCatalogue(muscles);
  }

  /**
   * Loads the bundled catalogue /assets/atlas/&lt;version&gt;/muscles.tsv.
   *
   * @throws AtlasException if the file is missing or malformed
   */
  public static MuscleCatalogue load(String atlasVersion) {
    return load(AtlasResources.bundled(atlasVersion));
  }

  static MuscleCatalogue load(AtlasResources files) {
    URL url = files.require("muscles.tsv");
    try (InputStream in = url.openStream()) {
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8), url.toString());
    } catch (IOException e) {
      throw new AtlasException("Cannot read " + url, e);
    }
  }

  /**
   * Parses a catalogue in the muscles.tsv format: tab-separated id, name, latin, abbrev, views
   * (comma-separated view ids), depth, risk ("-" for none); lines starting with '#' are comments.
   *
   * @param source names the input in error messages
   * @throws AtlasException on a malformed line, unknown view or depth, or duplicate id
   */
  public static MuscleCatalogue parse(Reader reader, String source) {
    List<Muscle> muscles = new ArrayList<>();
    BufferedReader lines = new BufferedReader(reader);
    int lineNumber = 0;
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        try {
          muscles.add(parseLine(line));
        } catch (IllegalArgumentException e) {
          throw new AtlasException(source + ":" + lineNumber + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new MuscleCatalogue(muscles);
  }

  private static Muscle parseLine(String line) {
    String[] cells = line.split("\t", -1);
    if (cells.length != COLUMNS) {
      throw new IllegalArgumentException(
          "expected " + COLUMNS + " tab-separated columns, found " + cells.length);
    }
    for (int i = 0; i < COLUMNS; i++) {
      cells[i] = cells[i].strip();
      if (cells[i].isEmpty()) {
        throw new IllegalArgumentException("empty column " + (i + 1));
      }
    }
    Set<BodyView> views = EnumSet.noneOf(BodyView.class);
    for (String viewId : cells[4].split(",")) {
      views.add(BodyView.ofId(viewId.strip()));
    }
    Optional<String> risk = cells[6].equals("-") ? Optional.empty() : Optional.of(cells[6]);
    return new Muscle(cells[0], cells[1], cells[2], cells[3], views, Depth.ofId(cells[5]), risk);
  }

  /** Every muscle, in catalogue file order. */
  public List<Muscle> all() {
    return all;
  }

  /** The muscle with this id, if the catalogue has it. */
  public Optional<Muscle> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The muscle with this id.
   *
   * @throws NoSuchElementException if the catalogue has no such muscle
   */
  public Muscle require(String id) {
    Muscle muscle = byId.get(id);
    if (muscle == null) {
      throw new NoSuchElementException("Unknown muscle id: " + id);
    }
    return muscle;
  }

  /**
   * Type-to-filter search for a muscle picker. Every word of the query must be the start of a word
   * of the display name, Latin name or abbreviation, ignoring case and accents. Matches whose
   * display name starts with the query come first, then abbreviation prefixes, then matches on
   * display-name words, then the rest; ties keep catalogue order. A blank query returns every
   * muscle.
   */
  public List<Muscle> search(String text) {
    List<String> queryWords = MuscleSearchKey.words(text);
    if (queryWords.isEmpty()) {
      return all;
    }
    String query = String.join(" ", queryWords);
    List<MuscleSearchKey> hits = new ArrayList<>();
    for (MuscleSearchKey key : keys) {
      if (key.matches(queryWords)) {
        hits.add(key);
      }
    }
    hits.sort(Comparator.comparingInt(key -> key.rank(query, queryWords)));
    return hits.stream().map(MuscleSearchKey::muscle).toList();
  }
}
