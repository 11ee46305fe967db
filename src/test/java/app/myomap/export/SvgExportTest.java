package app.myomap.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.myomap.atlas.LoadedSvg;
import app.myomap.atlas.SafeSvgLoader;
import app.myomap.chart.MarkStyle;
import app.myomap.model.BodyView;
import app.myomap.model.Mark;
import app.myomap.testing.GoldenImages;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * An SVG of one view is a plain, safe XML document the size of the picture, in vectors, each mark
 * of the view one group titled with what it is; rasterised by Batik through MyoMap's hardened
 * loader or by {@code rsvg-convert} it shows what the PNG shows, each trigger point within a pixel
 * of where it was placed.
 */
class SvgExportTest {
  private static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static final PictureSettings SETTINGS = PictureSettings.ofPixels(600, 800, 96);

  /**
   * The share of pixels a rasterised SVG may differ from the PNG in: only text differs, as each
   * renderer places and smooths glyphs its own way (about 1.9 % here, all of it in the caption,
   * legend and labels), while the whole picture moved by one pixel differs in about 3.3 %.
   */
  private static final double MAX_DIFFERING_SHARE = 0.025;

  @TempDir static Path folder;
  private static ExportFixtures fixtures;
  private static Path svgFile;
  private static BufferedImage png;

  @BeforeAll
  static void exportThePosteriorView() throws IOException {
    fixtures = new ExportFixtures(folder);
    svgFile = folder.resolve("posterior.svg");
    PictureExport export = new PictureExport();
    export.writeSvg(fixtures.visit, BodyView.POSTERIOR, SETTINGS, svgFile);
    png = export.image(fixtures.visit, BodyView.POSTERIOR, SETTINGS);
  }

  @Test
  void itParsesWithAPlainXmlParserThatRefusesDoctypesAndHasThePicturesSize() throws Exception {
    Element root = parse(svgFile).getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(SVG_NS);
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getAttribute("width")).isEqualTo("600");
    assertThat(root.getAttribute("height")).isEqualTo("800");
    assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 600 800");
    assertThat(firstChild(root, "title").getTextContent())
        .isEqualTo(
            "Jane Citizen, Posterior view, visit of 4 Dec 2026, 09:30"
                .replace(
                    "09:30",
                    java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                        .format(fixtures.visit.visit().startedAt().atZone(SETTINGS.zone()))));
  }

  @Test
  void eachMarkIsOneGroupTitledWithWhatItIs() throws Exception {
    Document document = parse(svgFile);
    Map<String, List<String>> titlesById = new HashMap<>();
    NodeList groups = document.getElementsByTagNameNS(SVG_NS, "g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element group = (Element) groups.item(i);
      Element title = firstChild(group, "title");
      if (title != null) {
        titlesById
            .computeIfAbsent(group.getAttribute("id"), id -> new ArrayList<>())
            .add(title.getTextContent());
      }
    }
    List<Mark> marks = fixtures.visit.chart().marks(BodyView.POSTERIOR);
    assertThat(titlesById).hasSize(marks.size());
    for (Mark mark : marks) {
      assertThat(titlesById.get("mark-" + mark.id().value()))
          .as("groups titled for %s", mark)
          .hasSize(1);
    }
    assertThat(titlesById.values().stream().map(titles -> titles.get(0)))
        .containsExactlyInAnyOrder(
            "Upper trapezius, right, active",
            "Upper trapezius, left, latent",
            "Essential referral zone: Pain, intensity 6/10 of Upper trapezius right",
            "Spillover referral zone: Pain of Upper trapezius left",
            "Intermittent symptom area: Burning, intensity 4/10",
            "Note: Sore");
  }

  @Test
  void itIsVectorWithTextAsTextAndNoImageOrPattern() throws Exception {
    Document document = parse(svgFile);
    assertThat(document.getElementsByTagNameNS(SVG_NS, "image").getLength()).isZero();
    assertThat(document.getElementsByTagNameNS(SVG_NS, "pattern").getLength()).isZero();
    List<String> texts = new ArrayList<>();
    NodeList textElements = document.getElementsByTagNameNS(SVG_NS, "text");
    for (int i = 0; i < textElements.getLength(); i++) {
      texts.add(textElements.item(i).getTextContent());
    }
    assertThat(texts).contains("UT R", "UT L", "Sore", "Jane Citizen", "Legend");
    Element spillover = markGroup(document, "Spillover referral zone");
    String dots =
        ((Element) spillover.getElementsByTagNameNS(SVG_NS, "path").item(1)).getAttribute("d");
    assertThat(dots.chars().filter(c -> c == 'M').count())
        .as("the stipple's dots, each its own subpath")
        .isGreaterThan(10);
  }

  @Test
  void theHardenedLoaderLoadsItAndDrawsTheTriggerPointWhereItWasPlaced() throws Exception {
    LoadedSvg loaded = SafeSvgLoader.load(svgFile);
    BufferedImage raster = new BufferedImage(600, 800, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = raster.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      loaded.graphics().paint(g);
    } finally {
      g.dispose();
    }
    assertTriggerPointAtItsPlace(raster, "Batik");
    GoldenImages.assertAlike(png, raster, "svg-batik-vs-png", MAX_DIFFERING_SHARE);
  }

  @Test
  void rsvgConvertDrawsWhatThePngShows() throws Exception {
    Path rasterFile = folder.resolve("rsvg.png");
    Process rsvg;
    try {
      rsvg =
          new ProcessBuilder(
                  "rsvg-convert",
                  "-w",
                  "600",
                  "-h",
                  "800",
                  "-o",
                  rasterFile.toString(),
                  svgFile.toString())
              .redirectErrorStream(true)
              .start();
    } catch (IOException e) {
      assumeTrue(false, "rsvg-convert is not installed");
      return;
    }
    assertThat(rsvg.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(rsvg.exitValue()).as(new String(rsvg.getInputStream().readAllBytes())).isZero();
    BufferedImage raster = ImageIO.read(rasterFile.toFile());
    assertTriggerPointAtItsPlace(raster, "rsvg-convert");
    GoldenImages.assertAlike(png, toRgb(raster), "svg-rsvg-vs-png", MAX_DIFFERING_SHARE);
  }

  @Test
  void itCanBeWrittenToAStream() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PictureExport().writeSvg(fixtures.visit, BodyView.POSTERIOR, SETTINGS, out);
    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
        .startsWith("<?xml")
        .doesNotContain("<!DOCTYPE")
        .contains("Upper trapezius, right, active");
  }

  private static void assertTriggerPointAtItsPlace(BufferedImage raster, String renderer) {
    Point2D at = fixtures.activeAt(SETTINGS);
    Point2D centre =
        ExportFixtures.redCentre(raster, at, MarkStyle.screen().crossHalfPx * SETTINGS.markScale());
    assertThat(centre).as("the active X drawn by %s", renderer).isNotNull();
    assertThat(centre.distance(at)).as("the X's centre drawn by %s", renderer).isLessThan(1);
  }

  private static BufferedImage toRgb(BufferedImage image) {
    BufferedImage rgb =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = rgb.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.drawImage(image, 0, 0, null);
    g.dispose();
    return rgb;
  }

  private static Element markGroup(Document document, String titleStart) {
    NodeList titles = document.getElementsByTagNameNS(SVG_NS, "title");
    for (int i = 0; i < titles.getLength(); i++) {
      if (titles.item(i).getTextContent().startsWith(titleStart)) {
        return (Element) titles.item(i).getParentNode();
      }
    }
    throw new AssertionError("no mark titled " + titleStart);
  }

  private static Element firstChild(Element parent, String localName) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e && localName.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }

  /** Parses as a careful reader of untrusted XML would: no DOCTYPE, no external anything. */
  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    return factory.newDocumentBuilder().parse(Files.newInputStream(file));
  }
}
