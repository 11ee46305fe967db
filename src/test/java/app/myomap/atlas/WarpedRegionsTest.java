package app.myomap.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.model.BodyView;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every v1 region warped onto a later version overlaps that version's region of the same muscle,
 * side and view with an intersection over union of at least 0.8, except the regions the later
 * version corrected on purpose, which its {@value #CORRECTED} lists (region id, view, reason).
 */
class WarpedRegionsTest {
  static final String CORRECTED = "corrected-from-v1.tsv";

  private static final double MIN_IOU = 0.8;

  /** Raster cells per outline unit for the overlap count. */
  private static final int PX_PER_UNIT = 4;

  @Test
  void everyRegionOfV1OverlapsItsPartnerOnTheBentFixture() throws IOException {
    assertThat(failures(WarpedAtlasFixture.VERSION)).isEmpty();
  }

  @Test
  void everyRegionOfV1NotCorrectedInV2OverlapsItsV2Region() throws IOException {
    assertThat(failures("v2")).isEmpty();
  }

  @Test
  void v2ListsOnlyRegionsV1Has() throws IOException {
    Atlas v1 = Atlas.load("v1");
    for (String key : corrected("v2").keySet()) {
      String[] regionAndView = key.split("\t");
      BodyView view = BodyView.ofId(regionAndView[1]);
      assertThat(v1.view(view).regions())
          .as("corrected-from-v1.tsv names %s on %s", regionAndView[0], view.id())
          .anySatisfy(r -> assertThat(r.regionId()).isEqualTo(regionAndView[0]));
    }
  }

  @Test
  void theOverlapMeasureTellsAMovedRegionFromAKeptOne() {
    Rectangle2D a = new Rectangle2D.Double(0, 0, 10, 10);
    assertThat(iou(a, new Rectangle2D.Double(0, 0, 10, 10))).isEqualTo(1.0);
    assertThat(iou(a, new Rectangle2D.Double(5, 0, 10, 10))).isCloseTo(1.0 / 3, within());
    assertThat(iou(a, new Rectangle2D.Double(20, 0, 10, 10))).isZero();
  }

  /** The v1 regions that miss their partner in {@code version}, with the overlap found. */
  static List<String> failures(String version) throws IOException {
    Atlas v1 = Atlas.load("v1");
    Atlas later = Atlas.loadOnDemand(version);
    Map<String, String> corrected = corrected(version);
    AtlasWarp warp = AtlasWarp.between(v1, later);
    List<String> failures = new ArrayList<>();
    for (BodyView view : BodyView.values()) {
      if (warp.view(view).isEmpty()) {
        continue;
      }
      for (MuscleRegion region : v1.view(view).regions()) {
        String key = region.regionId() + "\t" + view.id();
        if (corrected.containsKey(key)) {
          continue;
        }
        var partner = later.view(view).region(region.muscleId(), region.side());
        if (partner.isEmpty()) {
          failures.add(view.id() + " " + region.regionId() + ": no region in " + version);
          continue;
        }
        double overlap = iou(warp.region(region).orElseThrow(), partner.get().shape());
        if (overlap < MIN_IOU) {
          failures.add(String.format("%s %s: IoU %.3f", view.id(), region.regionId(), overlap));
        }
      }
    }
    return failures;
  }

  /** The corrected regions of a version, keyed by region id and view; none if it lists none. */
  static Map<String, String> corrected(String version) throws IOException {
    Map<String, String> listed = new HashMap<>();
    try (InputStream in =
        WarpedRegionsTest.class.getResourceAsStream("/assets/atlas/" + version + "/" + CORRECTED)) {
      if (in == null) {
        return listed;
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        assertThat(cells).as("%s line %s: region id, view, reason", CORRECTED, line).hasSize(3);
        assertThat(cells[2].strip()).as("the reason of %s", cells[0]).isNotEmpty();
        listed.put(cells[0].strip() + "\t" + BodyView.ofId(cells[1].strip()).id(), cells[2]);
      }
    }
    return listed;
  }

  /** Intersection over union of two shapes' areas, counted on a raster. */
  static double iou(Shape a, Shape b) {
    Rectangle2D bounds = a.getBounds2D().createUnion(b.getBounds2D());
    int w = (int) Math.ceil(bounds.getWidth() * PX_PER_UNIT) + 2;
    int h = (int) Math.ceil(bounds.getHeight() * PX_PER_UNIT) + 2;
    AffineTransform toRaster = AffineTransform.getScaleInstance(PX_PER_UNIT, PX_PER_UNIT);
    toRaster.translate(-bounds.getMinX(), -bounds.getMinY());
    int[] ma = raster(a, toRaster, w, h);
    int[] mb = raster(b, toRaster, w, h);
    long both = 0;
    long either = 0;
    for (int i = 0; i < ma.length; i++) {
      boolean inA = (ma[i] & 0xff) != 0;
      boolean inB = (mb[i] & 0xff) != 0;
      both += inA && inB ? 1 : 0;
      either += inA || inB ? 1 : 0;
    }
    return either == 0 ? 1.0 : (double) both / either;
  }

  private static int[] raster(Shape shape, AffineTransform toRaster, int w, int h) {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setTransform(toRaster);
      g.setColor(java.awt.Color.WHITE);
      g.fill(shape);
    } finally {
      g.dispose();
    }
    return image.getRGB(0, 0, w, h, null, 0, w);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.01);
  }
}
