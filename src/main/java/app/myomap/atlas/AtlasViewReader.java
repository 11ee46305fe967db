package app.myomap.atlas;

import app.myomap.model.BodyView;
import app.myomap.model.Side;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.batik.gvt.CanvasGraphicsNode;
import org.apache.batik.gvt.CompositeGraphicsNode;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.parser.AWTPathProducer;
import org.apache.batik.parser.ParseException;
import org.apache.batik.util.SVGConstants;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.svg.SVGDocument;

/**
 * Reads one atlas view SVG (see assets/atlas/FORMAT.md) into an {@link AtlasView}: the render tree
 * of the drawing, the viewBox, the silhouette and the muscle regions, checked against the
 * catalogue.
 */
public final class AtlasViewReader {
  private static final String SVG_NS = SVGConstants.SVG_NAMESPACE_URI;

  private AtlasViewReader() {}

  /** Reads the view SVG at a URL. */
  public static AtlasView read(URL url, BodyView view, MuscleCatalogue catalogue)
      throws InvalidSvgException {
    return read(SafeSvgLoader.load(url), view, catalogue);
  }

  /** Reads a view SVG from a stream, which the caller closes. */
  public static AtlasView read(
      InputStream in, String baseUri, BodyView view, MuscleCatalogue catalogue)
      throws InvalidSvgException {
    return read(SafeSvgLoader.load(in, baseUri), view, catalogue);
  }

  private static AtlasView read(LoadedSvg svg, BodyView view, MuscleCatalogue catalogue)
      throws InvalidSvgException {
    SVGDocument document = svg.document();
    rejectTransforms(document);
    Rectangle2D viewBox = viewBox(document.getRootElement());
    Path2D.Double silhouette = pathShape(requireElement(document, "silhouette"), "silhouette");
    List<MuscleRegion> regions = regions(requireElement(document, "regions"), view, catalogue);
    return new AtlasView(view, viewBox, inOutlineUnits(svg.graphics()), silhouette, regions);
  }

  /**
   * Makes the render tree paint in viewBox units whatever the root width and height say, so that
   * the drawing, the regions and the marks share one coordinate space.
   */
  private static GraphicsNode inOutlineUnits(GraphicsNode root) {
    GraphicsNode node = root;
    if (!(node instanceof CanvasGraphicsNode)
        && node instanceof CompositeGraphicsNode composite
        && !composite.isEmpty()
        && composite.get(0) instanceof CanvasGraphicsNode canvas) {
      node = canvas;
    }
    if (node instanceof CanvasGraphicsNode canvas) {
      canvas.setViewingTransform(new AffineTransform());
      canvas.setPositionTransform(new AffineTransform());
    }
    return root;
  }

  private static void rejectTransforms(SVGDocument document) throws InvalidSvgException {
    NodeList all = document.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      if (element.hasAttribute(SVGConstants.SVG_TRANSFORM_ATTRIBUTE)) {
        throw new InvalidSvgException(
            "an atlas view may not use transform (on <"
                + element.getLocalName()
                + " id=\""
                + element.getAttribute("id")
                + "\">)");
      }
    }
  }

  private static Rectangle2D viewBox(Element root) throws InvalidSvgException {
    String text = root.getAttribute(SVGConstants.SVG_VIEW_BOX_ATTRIBUTE).strip();
    String[] parts = text.isEmpty() ? new String[0] : text.split("[\\s,]+");
    if (parts.length != 4) {
      throw new InvalidSvgException(
          "the root <svg> needs a viewBox of four numbers: '" + text + "'");
    }
    double[] numbers = new double[4];
    try {
      for (int i = 0; i < 4; i++) {
        numbers[i] = Double.parseDouble(parts[i]);
      }
    } catch (NumberFormatException e) {
      throw new InvalidSvgException("bad viewBox '" + text + "'", e);
    }
    if (!(numbers[2] > 0 && numbers[3] > 0)) {
      throw new InvalidSvgException("viewBox width and height must be positive: '" + text + "'");
    }
    return new Rectangle2D.Double(numbers[0], numbers[1], numbers[2], numbers[3]);
  }

  private static Element requireElement(SVGDocument document, String id)
      throws InvalidSvgException {
    Element element = document.getElementById(id);
    if (element == null) {
      throw new InvalidSvgException("missing element with id=\"" + id + "\"");
    }
    return element;
  }

  private static List<MuscleRegion> regions(Element group, BodyView view, MuscleCatalogue catalogue)
      throws InvalidSvgException {
    List<MuscleRegion> regions = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    NodeList paths = group.getElementsByTagNameNS(SVG_NS, SVGConstants.SVG_PATH_TAG);
    for (int i = 0; i < paths.getLength(); i++) {
      Element path = (Element) paths.item(i);
      String id = path.getAttribute("id");
      if (!seen.add(id)) {
        throw new InvalidSvgException("duplicate region id \"" + id + "\"");
      }
      regions.add(region(path, id, view, catalogue));
    }
    return regions;
  }

  private static MuscleRegion region(
      Element path, String id, BodyView view, MuscleCatalogue catalogue)
      throws InvalidSvgException {
    int dot = id.lastIndexOf('.');
    if (dot <= 0) {
      throw new InvalidSvgException(
          "region id \"" + id + "\" is not of the form <muscle-id>.<R|L>");
    }
    String muscleId = id.substring(0, dot);
    String sideCode = id.substring(dot + 1);
    if (!sideCode.equals(Side.RIGHT.code()) && !sideCode.equals(Side.LEFT.code())) {
      throw new InvalidSvgException("region \"" + id + "\" has a bad side '" + sideCode + "'");
    }
    Muscle muscle =
        catalogue
            .byId(muscleId)
            .orElseThrow(
                () ->
                    new InvalidSvgException(
                        "region \"" + id + "\" names unknown muscle '" + muscleId + "'"));
    if (!muscle.isOn(view)) {
      throw new InvalidSvgException(
          "region \""
              + id
              + "\" is on view "
              + view.id()
              + ", which the catalogue does not list for "
              + muscleId);
    }
    Path2D.Double shape = pathShape(path, id);
    MuscleRegion region =
        MuscleRegion.of(muscleId, Side.ofCode(sideCode), view, shape, muscle.depth());
    if (!(region.area() > 0)) {
      throw new InvalidSvgException("region \"" + id + "\" encloses no area");
    }
    return region;
  }

  private static Path2D.Double pathShape(Element path, String name) throws InvalidSvgException {
    if (!SVGConstants.SVG_PATH_TAG.equals(path.getLocalName())) {
      throw new InvalidSvgException("\"" + name + "\" must be a <path>");
    }
    String data = path.getAttribute(SVGConstants.SVG_D_ATTRIBUTE);
    if (data.isBlank()) {
      throw new InvalidSvgException("path \"" + name + "\" has no d attribute");
    }
    try {
      Shape shape = AWTPathProducer.createShape(new StringReader(data), Path2D.WIND_NON_ZERO);
      return new Path2D.Double(shape);
    } catch (ParseException | IOException e) {
      throw new InvalidSvgException("path \"" + name + "\" has bad d: " + e.getMessage(), e);
    }
  }
}
