package app.myomap.atlas;

import app.myomap.model.BodyView;
import java.awt.geom.Point2D;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Named anatomical landmark points of each view, in outline coordinates. */
public final class Landmarks {
  private static final int COLUMNS = 4;

  private final Map<BodyView, Map<String, Point2D.Double>> points;

  private Landmarks(Map<BodyView, Map<String, Point2D.Double>> points) {
    this.points = points;
  }

  /**
   * Loads the bundled /assets/atlas/&lt;version&gt;/landmarks.tsv.
   *
   * @throws AtlasException if the file is missing or malformed
   */
  public static Landmarks load(String atlasVersion) {
    return load(AtlasResources.bundled(atlasVersion));
  }

  static Landmarks load(AtlasResources files) {
    URL url = files.require("landmarks.tsv");
    try (InputStream in = url.openStream()) {
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8), url.toString());
    } catch (IOException e) {
      throw new AtlasException("Cannot read " + url, e);
    }
  }

  /**
   * Parses landmarks in the landmarks.tsv format: tab-separated view id, name, x, y; lines starting
   * with '#' are comments.
   *
   * @param source names the input in error messages
   * @throws AtlasException on a malformed line, unknown view, bad number or duplicate name
   */
  public static Landmarks parse(Reader reader, String source) {
    Map<BodyView, Map<String, Point2D.Double>> points = new EnumMap<>(BodyView.class);
    BufferedReader lines = new BufferedReader(reader);
    int lineNumber = 0;
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        try {
          addLine(points, line);
        } catch (IllegalArgumentException e) {
          throw new AtlasException(source + ":" + lineNumber + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Landmarks(points);
  }

  private static void addLine(Map<BodyView, Map<String, Point2D.Double>> points, String line) {
    String[] cells = line.split("\t", -1);
    if (cells.length != COLUMNS) {
      throw new IllegalArgumentException(
          "expected " + COLUMNS + " tab-separated columns, found " + cells.length);
    }
    BodyView view = BodyView.ofId(cells[0].strip());
    String name = cells[1].strip();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("empty landmark name");
    }
    double x = finite(cells[2]);
    double y = finite(cells[3]);
    Map<String, Point2D.Double> ofView = points.computeIfAbsent(view, v -> new LinkedHashMap<>());
    if (ofView.putIfAbsent(name, new Point2D.Double(x, y)) != null) {
      throw new IllegalArgumentException("duplicate landmark " + view.id() + "/" + name);
    }
  }

  private static double finite(String cell) {
    double value = Double.parseDouble(cell.strip());
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + cell);
    }
    return value;
  }

  /** Whether the view has a landmark of this name. */
  public boolean has(BodyView view, String name) {
    return points.getOrDefault(view, Map.of()).containsKey(name);
  }

  /**
   * The landmark point, a fresh copy the caller may change.
   *
   * @throws AtlasException if the view has no landmark of this name
   */
  public Point2D point(BodyView view, String name) {
    Point2D.Double point = points.getOrDefault(view, Map.of()).get(name);
    if (point == null) {
      throw new AtlasException("No landmark '" + name + "' on view " + view.id());
    }
    return new Point2D.Double(point.x, point.y);
  }

  /** The landmark names of a view, in file order. */
  public Set<String> names(BodyView view) {
    return Collections.unmodifiableSet(points.getOrDefault(view, Map.of()).keySet());
  }
}
