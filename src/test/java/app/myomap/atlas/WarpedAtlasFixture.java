package app.myomap.atlas;

import app.myomap.model.BodyView;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A synthetic later atlas version for tests of the v1 to v2 warp while the real v2 is being drawn:
 * every coordinate of v1 (outlines, regions, labels, landmarks) moved by a known smooth bend that
 * leaves each viewBox's edges in place, so the warp has something non-affine to follow. Its files
 * are test resources under /assets/atlas/{@value #VERSION}/; {@link #main} writes them again and
 * {@code WarpedAtlasFixtureTest} checks they match this bend.
 */
public final class WarpedAtlasFixture {
  /** The fixture's version name, far from any real version so it never shadows one. */
  public static final String VERSION = "v70";

  static final Path FOLDER = Path.of("src", "test", "resources", "assets", "atlas", VERSION);

  private static final Path V1 = Path.of("assets", "atlas", "v1");

  /** Horizontal bend as a fraction of the viewBox width: widens the middle of each half. */
  private static final double BEND_X = 0.03;

  /** Vertical bend as a fraction of the viewBox height: upper half down, lower half up. */
  private static final double BEND_Y = 0.015;

  private static final Pattern PATH_DATA = Pattern.compile(" d=\"([^\"]*)\"");
  private static final Pattern TEXT_AT = Pattern.compile("<text x=\"([^\"]*)\" y=\"([^\"]*)\"");
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?");

  private WarpedAtlasFixture() {}

  /** Writes the fixture's files from v1; run from the project folder. */
  public static void main(String[] args) throws IOException {
    Files.createDirectories(FOLDER);
    for (Map.Entry<String, String> file : files().entrySet()) {
      Files.writeString(FOLDER.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
    }
  }

  /** The fixture's files by name, made from v1's as they are now. */
  static Map<String, String> files() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    Map<BodyView, Rectangle2D> boxes = new LinkedHashMap<>();
    for (BodyView view : BodyView.values()) {
      Path svg = V1.resolve(view.id() + ".svg");
      if (!Files.exists(svg)) {
        continue;
      }
      String text = Files.readString(svg, StandardCharsets.UTF_8);
      Rectangle2D box = viewBox(text);
      boxes.put(view, box);
      files.put(view.id() + ".svg", svg(text, box));
    }
    files.put("landmarks.tsv", landmarks(Files.readString(V1.resolve("landmarks.tsv")), boxes));
    files.put("muscles.tsv", Files.readString(V1.resolve("muscles.tsv"), StandardCharsets.UTF_8));
    return files;
  }

  /** Where the bend takes a point of a view whose viewBox is {@code box}. */
  public static Point2D.Double bend(Rectangle2D box, double x, double y) {
    double u = (x - box.getMinX()) / box.getWidth();
    double v = (y - box.getMinY()) / box.getHeight();
    return new Point2D.Double(
        x + BEND_X * box.getWidth() * Math.sin(2 * Math.PI * u) * Math.sin(Math.PI * v),
        y + BEND_Y * box.getHeight() * Math.sin(Math.PI * u) * Math.sin(2 * Math.PI * v));
  }

  /** The most the bend moves a point of a view whose viewBox is {@code box}, in outline units. */
  public static double largestMove(Rectangle2D box) {
    return Math.hypot(BEND_X * box.getWidth(), BEND_Y * box.getHeight());
  }

  private static Rectangle2D viewBox(String svg) {
    Matcher m = Pattern.compile("viewBox=\"([^\"]*)\"").matcher(svg);
    if (!m.find()) {
      throw new IllegalStateException("no viewBox");
    }
    String[] v = m.group(1).trim().split("\\s+");
    return new Rectangle2D.Double(
        Double.parseDouble(v[0]),
        Double.parseDouble(v[1]),
        Double.parseDouble(v[2]),
        Double.parseDouble(v[3]));
  }

  private static String svg(String text, Rectangle2D box) {
    String bent = replaceAll(PATH_DATA, text, m -> " d=\"" + pathData(m.group(1), box) + "\"");
    bent =
        replaceAll(
            TEXT_AT,
            bent,
            m -> {
              Point2D.Double p =
                  bend(box, Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)));
              return "<text x=\"" + number(p.x) + "\" y=\"" + number(p.y) + "\"";
            });
    return bent.replace("MyoMap atlas v1:", "MyoMap test atlas " + VERSION + " (v1 bent):");
  }

  /** Absolute M, L, C and Z path data: every number pair is a point. */
  private static String pathData(String data, Rectangle2D box) {
    StringBuilder out = new StringBuilder();
    Matcher m = NUMBER.matcher(data);
    int last = 0;
    Double pendingX = null;
    int pendingStart = 0;
    while (m.find()) {
      if (pendingX == null) {
        out.append(data, last, m.start());
        pendingX = Double.parseDouble(m.group());
        pendingStart = m.end();
      } else {
        Point2D.Double p = bend(box, pendingX, Double.parseDouble(m.group()));
        out.append(number(p.x)).append(data, pendingStart, m.start()).append(number(p.y));
        pendingX = null;
      }
      last = m.end();
    }
    if (pendingX != null) {
      throw new IllegalStateException("odd count of numbers in path data");
    }
    return out.append(data.substring(last)).toString();
  }

  private static String landmarks(String tsv, Map<BodyView, Rectangle2D> boxes) {
    StringBuilder out = new StringBuilder();
    for (String line : tsv.split("\n", -1)) {
      if (line.isBlank() || line.startsWith("#")) {
        out.append(
            line.replace("atlas v1", "test atlas " + VERSION + " (v1 bent)")
                .replace("app.myomap.tools.atlas.AtlasGenerator", "WarpedAtlasFixture (tests)"));
      } else {
        String[] cells = line.split("\t", -1);
        Rectangle2D box = boxes.get(BodyView.ofId(cells[0]));
        Point2D.Double p = bend(box, Double.parseDouble(cells[2]), Double.parseDouble(cells[3]));
        out.append(cells[0])
            .append('\t')
            .append(cells[1])
            .append('\t')
            .append(number(p.x))
            .append('\t')
            .append(number(p.y));
      }
      out.append('\n');
    }
    return out.substring(0, out.length() - 1);
  }

  private static String number(double value) {
    String text = String.format(Locale.ROOT, "%.3f", value);
    text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
    return text.equals("-0") ? "0" : text;
  }

  private static String replaceAll(
      Pattern pattern, String text, java.util.function.Function<Matcher, String> replacement) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
    }
    m.appendTail(out);
    return out.toString();
  }
}
