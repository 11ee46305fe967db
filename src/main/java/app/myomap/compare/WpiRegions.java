package app.myomap.compare;

import app.myomap.atlas.Atlas;
import app.myomap.atlas.AtlasWarp;
import app.myomap.atlas.Landmarks;
import app.myomap.atlas.ViewWarp;
import app.myomap.model.BodyView;
import java.awt.geom.Path2D;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Widespread Pain Index areas drawn on the anterior and posterior views of one atlas version: a
 * region set of its own, shipped beside the atlas (never inside its frozen folder) under
 * /assets/regionsets/wpi/&lt;atlas version&gt;/wpi-&lt;view&gt;.tsv, one polygon per area and view
 * (see assets/regionsets/FORMAT.md). Corners may name the atlas's landmarks, so the areas follow
 * the drawn body.
 */
public final class WpiRegions {
  static final String ROOT = "/assets/regionsets/wpi";

  /** The atlas version the region set was drawn for; later versions carry it over. */
  static final String DRAWN_ON = "v1";

  /** The views the region set is drawn on. */
  public static final List<BodyView> VIEWS = List.of(BodyView.ANTERIOR, BodyView.POSTERIOR);

  private final String atlasVersion;
  private final Map<BodyView, Map<WpiArea, Path2D.Double>> regions;

  private WpiRegions(String atlasVersion, Map<BodyView, Map<WpiArea, Path2D.Double>> regions) {
    this.atlasVersion = atlasVersion;
    this.regions = regions;
  }

  /**
   * The bundled region set for an atlas version, its landmark corners placed with that version's
   * landmarks; empty when no region set is drawn for the version.
   *
   * @throws IllegalArgumentException if a file of the set is malformed
   */
  public static Optional<WpiRegions> load(String atlasVersion, Landmarks landmarks) {
    if (!atlasVersion.matches("v[0-9]+")) {
      throw new IllegalArgumentException("Bad atlas version name: " + atlasVersion);
    }
    Map<BodyView, Map<WpiArea, Path2D.Double>> regions = new EnumMap<>(BodyView.class);
    for (BodyView view : VIEWS) {
      String path = ROOT + "/" + atlasVersion + "/wpi-" + view.id() + ".tsv";
      URL url = WpiRegions.class.getResource(path);
      if (url == null) {
        return Optional.empty();
      }
      try (InputStream in = url.openStream()) {
        regions.put(
            view, parse(new InputStreamReader(in, StandardCharsets.UTF_8), view, landmarks, path));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + path, e);
      }
    }
    return Optional.of(new WpiRegions(atlasVersion, regions));
  }

  /**
   * The region set of an atlas's version: the one drawn for it if there is one, else the one drawn
   * for {@value #DRAWN_ON} carried onto it through the landmark warp; empty when neither can be had
   * (no set drawn, or the version does not draw the front and back views).
   *
   * <p>Carried at load rather than written out as files of their own: the set then follows the
   * later version's landmarks while its drawing is still revised, and there is one reviewed set of
   * corners, not a generated copy that could drift from it. The cost is loading {@value
   * #DRAWN_ON}'s landmarks and front and back outlines once per comparer.
   *
   * @throws IllegalArgumentException if a file of the set is malformed
   */
  public static Optional<WpiRegions> forAtlas(Atlas atlas) {
    Optional<WpiRegions> own = load(atlas.version(), atlas.landmarks());
    if (own.isPresent() || atlas.version().equals(DRAWN_ON)) {
      return own;
    }
    Atlas source = Atlas.loadOnDemand(DRAWN_ON);
    return load(DRAWN_ON, source.landmarks())
        .flatMap(drawn -> drawn.carried(AtlasWarp.between(source, atlas)));
  }

  private Optional<WpiRegions> carried(AtlasWarp warp) {
    Map<BodyView, Map<WpiArea, Path2D.Double>> moved = new EnumMap<>(BodyView.class);
    for (BodyView view : VIEWS) {
      Optional<ViewWarp> viewWarp = warp.view(view);
      if (viewWarp.isEmpty()) {
        return Optional.empty();
      }
      Map<WpiArea, Path2D.Double> areas = new LinkedHashMap<>();
      regions.get(view).forEach((area, polygon) -> areas.put(area, viewWarp.get().map(polygon)));
      moved.put(view, Collections.unmodifiableMap(areas));
    }
    return Optional.of(new WpiRegions(warp.toVersion(), moved));
  }

  /**
   * Parses one view's file: lines of area id, a tab, then corners separated by spaces; a corner is
   * {@code x,y} in outline units, a landmark name, or a landmark name with an offset {@code
   * name(dx,dy)}. Blank lines and lines starting with '#' are skipped.
   *
   * @param source names the input in error messages
   * @throws IllegalArgumentException on a malformed line, unknown area or landmark, or an area
   *     given twice
   */
  static Map<WpiArea, Path2D.Double> parse(
      Reader reader, BodyView view, Landmarks landmarks, String source) {
    Map<WpiArea, Path2D.Double> areas = new LinkedHashMap<>();
    BufferedReader lines = new BufferedReader(reader);
    int lineNumber = 0;
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        try {
          String[] cells = line.split("\t", -1);
          if (cells.length != 2) {
            throw new IllegalArgumentException("expected an area id, a tab and the corners");
          }
          WpiArea area = WpiArea.ofId(cells[0].strip());
          String[] corners = cells[1].strip().split("\\s+");
          if (corners.length < 3) {
            throw new IllegalArgumentException("an area needs at least three corners");
          }
          Path2D.Double polygon = new Path2D.Double(Path2D.WIND_EVEN_ODD);
          for (String corner : corners) {
            Point2D p = corner(corner, view, landmarks);
            if (polygon.getCurrentPoint() == null) {
              polygon.moveTo(p.getX(), p.getY());
            } else {
              polygon.lineTo(p.getX(), p.getY());
            }
          }
          polygon.closePath();
          if (areas.putIfAbsent(area, polygon) != null) {
            throw new IllegalArgumentException("area " + area.id() + " given twice");
          }
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(source + ":" + lineNumber + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Collections.unmodifiableMap(areas);
  }

  private static Point2D corner(String text, BodyView view, Landmarks landmarks) {
    int open = text.indexOf('(');
    if (open < 0 && text.indexOf(',') > 0) {
      return new Point2D.Double(number(text.substring(0, text.indexOf(','))), number(after(text)));
    }
    if (open < 0) {
      return landmarks.point(view, text);
    }
    if (!text.endsWith(")")) {
      throw new IllegalArgumentException("unclosed offset in corner " + text);
    }
    Point2D base = landmarks.point(view, text.substring(0, open));
    String offset = text.substring(open + 1, text.length() - 1);
    if (offset.indexOf(',') < 0) {
      throw new IllegalArgumentException("offset needs dx,dy: " + text);
    }
    return new Point2D.Double(
        base.getX() + number(offset.substring(0, offset.indexOf(','))),
        base.getY() + number(after(offset)));
  }

  private static String after(String text) {
    return text.substring(text.indexOf(',') + 1);
  }

  private static double number(String text) {
    double value = Double.parseDouble(text.strip());
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + text);
    }
    return value;
  }

  /** The atlas version whose outlines and landmarks the areas are drawn on. */
  public String atlasVersion() {
    return atlasVersion;
  }

  /** The areas drawn on a view, in file order, as polygons in outline units; empty for others. */
  public Map<WpiArea, Path2D.Double> areas(BodyView view) {
    Map<WpiArea, Path2D.Double> copies = new LinkedHashMap<>();
    regions.getOrDefault(view, Map.of()).forEach((a, p) -> copies.put(a, new Path2D.Double(p)));
    return copies;
  }
}
