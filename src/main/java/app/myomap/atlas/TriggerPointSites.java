package app.myomap.atlas;

import app.myomap.model.BodyView;
import app.myomap.model.Side;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The typical trigger-point sites of an atlas version, read from its optional sites.tsv; a version
 * without the file (v1) has none, and its region lookup keeps the depth order alone.
 */
public final class TriggerPointSites {
  static final String FILE = "sites.tsv";
  private static final int COLUMNS = 6;

  /** No sites at all. */
  public static final TriggerPointSites NONE = new TriggerPointSites(List.of());

  private final List<TriggerPointSite> all;

  private TriggerPointSites(List<TriggerPointSite> all) {
    this.all = List.copyOf(all);
  }

  /** The given sites, in the given order (for tests and tools). */
  public static TriggerPointSites of(Collection<TriggerPointSite> sites) {
    return new TriggerPointSites(List.copyOf(sites));
  }

  /**
   * The sites of a version, checked against its catalogue and views.
   *
   * @throws AtlasException if its sites.tsv cannot be read or is malformed
   */
  static TriggerPointSites load(
      AtlasResources files, MuscleCatalogue muscles, Collection<BodyView> views) {
    Optional<URL> url = files.find(FILE);
    if (url.isEmpty()) {
      return NONE;
    }
    try (InputStream in = url.get().openStream()) {
      return parse(
          new InputStreamReader(in, StandardCharsets.UTF_8), url.get().toString(), muscles, views);
    } catch (IOException e) {
      throw new AtlasException("Cannot read " + url.get(), e);
    }
  }

  /**
   * Parses sites.tsv: tab-separated muscle id, view id, side (R or L), x, y and radius in the
   * view's outline units; blank lines and lines starting with '#' are skipped.
   *
   * @param source names the input in error messages
   * @param muscles the version's catalogue: every site names one of its muscles, on a view the
   *     catalogue charts that muscle on
   * @param views the version's views
   * @throws AtlasException naming the source and line on any malformed line
   */
  public static TriggerPointSites parse(
      Reader reader, String source, MuscleCatalogue muscles, Collection<BodyView> views) {
    List<TriggerPointSite> sites = new ArrayList<>();
    BufferedReader lines = new BufferedReader(reader);
    int lineNumber = 0;
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        try {
          sites.add(parseLine(line, muscles, views));
        } catch (IllegalArgumentException e) {
          throw new AtlasException(source + ":" + lineNumber + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TriggerPointSites(sites);
  }

  private static TriggerPointSite parseLine(
      String line, MuscleCatalogue muscles, Collection<BodyView> views) {
    String[] cells = line.split("\t", -1);
    if (cells.length != COLUMNS) {
      throw new IllegalArgumentException(
          "expected " + COLUMNS + " tab-separated columns, found " + cells.length);
    }
    String muscleId = cells[0].strip();
    Muscle muscle =
        muscles
            .byId(muscleId)
            .orElseThrow(() -> new IllegalArgumentException("unknown muscle: " + muscleId));
    BodyView view = BodyView.ofId(cells[1].strip());
    if (!views.contains(view)) {
      throw new IllegalArgumentException("the atlas has no view " + view.id());
    }
    if (!muscle.isOn(view)) {
      throw new IllegalArgumentException(
          "the catalogue does not chart " + muscleId + " on view " + view.id());
    }
    String sideCode = cells[2].strip();
    if (!sideCode.equals("R") && !sideCode.equals("L")) {
      throw new IllegalArgumentException("side must be R or L, found '" + sideCode + "'");
    }
    Side side = Side.ofCode(sideCode);
    return new TriggerPointSite(
        muscleId, view, side, number(cells[3]), number(cells[4]), number(cells[5]));
  }

  private static double number(String cell) {
    try {
      return Double.parseDouble(cell.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number: '" + cell.strip() + "'", e);
    }
  }

  /** Every site, in file order. */
  public List<TriggerPointSite> all() {
    return all;
  }

  /** The sites of one muscle and side on one view, in file order. */
  public List<TriggerPointSite> of(BodyView view, String muscleId, Side side) {
    return all.stream()
        .filter(s -> s.view() == view && s.side() == side && s.muscleId().equals(muscleId))
        .toList();
  }
}
