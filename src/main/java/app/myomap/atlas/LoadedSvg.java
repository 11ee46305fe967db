package app.myomap.atlas;

import org.apache.batik.gvt.GraphicsNode;
import org.w3c.dom.svg.SVGDocument;

/**
 * A statically loaded SVG: its DOM and the Batik render tree built from it.
 *
 * @param document the parsed document, in static state (no scripts, no animation)
 * @param graphics the render tree of the visible drawing, in the document's user units
 */
public record LoadedSvg(SVGDocument document, GraphicsNode graphics) {}
