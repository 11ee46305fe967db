package app.myomap.export;

import app.myomap.atlas.AtlasView;
import app.myomap.chart.ChartPicture;
import app.myomap.chart.ChartWords;
import app.myomap.chart.MarkSpans;
import app.myomap.model.BodyView;
import app.myomap.model.Mark;
import app.myomap.session.OpenedVisit;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Draws a view of a visit as an SVG document: Batik's SVG generator stands in for the graphics the
 * one picture routine paints into, so the SVG holds what a PNG shows, in vectors (paths, and text
 * as text). Each mark of the chart becomes its own group with a {@code <title>} saying what it is
 * ({@link MarkTitles}); the document's size and viewBox are the picture's pixels.
 */
final class SvgPicture {
  static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static final String XMLNS_NS = "http://www.w3.org/2000/xmlns/";

  /** Decimal places of coordinates: a hundredth of a pixel is finer than any printer. */
  private static final int PRECISION = 2;

  private SvgPicture() {}

  /** The SVG document of {@code view} of {@code visit} as {@code settings} ask. */
  static Document draw(
      ChartPicture picture, OpenedVisit visit, BodyView view, PictureSettings settings) {
    Document document =
        GenericDOMImplementation.getDOMImplementation().createDocument(SVG_NS, "svg", null);
    SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
    context.setComment(null);
    context.setPrecision(PRECISION);
    SVGGraphics2D svg = new SVGGraphics2D(context, false);
    svg.setSVGCanvasSize(new Dimension(settings.widthPx(), settings.heightPx()));
    AtlasView atlasView = visit.atlas().view(view);
    PictureLayout layout = PictureLayout.of(picture, svg, visit, view, settings);
    MarkGroups groups = new MarkGroups(svg, document, new MarkTitles(visit.atlas(), visit.chart()));
    picture.paint(
        svg, atlasView, visit.chart(), layout.transform(), layout.options().withMarkSpans(groups));
    Element root = svg.getRoot(document.getDocumentElement());
    root.setAttributeNS(XMLNS_NS, "xmlns", SVG_NS);
    root.setAttributeNS(null, "version", "1.1");
    root.setAttributeNS(null, "width", Integer.toString(settings.widthPx()));
    root.setAttributeNS(null, "height", Integer.toString(settings.heightPx()));
    root.setAttributeNS(null, "viewBox", "0 0 " + settings.widthPx() + " " + settings.heightPx());
    Element title = document.createElementNS(SVG_NS, "title");
    title.setTextContent(documentTitle(visit, view, settings));
    root.insertBefore(title, root.getFirstChild());
    return document;
  }

  /** Writes {@code document} as UTF-8 XML, without a DOCTYPE, to {@code out}. */
  static void write(Document document, OutputStream out) throws IOException {
    try {
      Transformer transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.setOutputProperty(OutputKeys.METHOD, "xml");
      transformer.transform(new DOMSource(document), new StreamResult(out));
    } catch (TransformerException e) {
      throw new IOException("cannot write the SVG: " + e.getMessage(), e);
    }
  }

  private static String documentTitle(OpenedVisit visit, BodyView view, PictureSettings settings) {
    DateTimeFormatter when =
        DateTimeFormatter.ofPattern(ExportWords.get("Picture.caption.datePattern"), Locale.ENGLISH);
    return ExportWords.format(
        "Picture.svg.title",
        visit.patient().name(),
        ChartWords.view(view),
        when.format(visit.visit().startedAt().atZone(settings.zone())));
  }

  /**
   * Cuts the generator's drawing at each mark: whatever was drawn before the mark is set aside, the
   * mark draws into a fresh top-level group, and that group, titled, joins what was set aside.
   */
  private static final class MarkGroups implements MarkSpans {
    private final SVGGraphics2D svg;
    private final Document document;
    private final MarkTitles titles;
    private final Deque<Element> outer = new ArrayDeque<>();

    MarkGroups(SVGGraphics2D svg, Document document, MarkTitles titles) {
      this.svg = svg;
      this.document = document;
      this.titles = titles;
    }

    @Override
    public void begin(Graphics2D g, Mark mark) {
      outer.push(svg.getTopLevelGroup());
    }

    @Override
    public void end(Graphics2D g, Mark mark) {
      Element group = svg.getTopLevelGroup();
      Element before = outer.pop();
      svg.setTopLevelGroup(before);
      group.setAttributeNS(null, "id", "mark-" + mark.id().value());
      group.setAttributeNS(null, "class", mark.kind().key());
      Element title = document.createElementNS(SVG_NS, "title");
      title.setTextContent(titles.of(mark));
      group.insertBefore(title, group.getFirstChild());
      before.appendChild(group);
    }
  }
}
