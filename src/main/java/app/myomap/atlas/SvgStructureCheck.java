package app.myomap.atlas;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.batik.util.SVGConstants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Rejects documents whose render tree would be absurdly deep or large before Batik builds it:
 * nesting that would overflow the stack, and chains of {@code <use>} that multiply into millions of
 * nodes (the SVG form of an entity-expansion bomb).
 */
final class SvgStructureCheck {
  static final int MAX_NESTING = 400;
  static final long MAX_EXPANDED_ELEMENTS = 200_000;

  private final Document document;
  private final Map<Element, Long> expandedSizes = new IdentityHashMap<>();
  private final Set<Element> inProgress = new HashSet<>();

  private SvgStructureCheck(Document document) {
    this.document = document;
  }

  /**
   * Checks a parsed document.
   *
   * @throws InvalidSvgException if it nests too deeply, refers to itself in a cycle, or would
   *     expand to more than {@link #MAX_EXPANDED_ELEMENTS} elements
   */
  static void check(Document document) throws InvalidSvgException {
    long size = new SvgStructureCheck(document).expandedSize(document.getDocumentElement(), 0);
    if (size > MAX_EXPANDED_ELEMENTS) {
      throw new InvalidSvgException(
          "the drawing would expand to more than " + MAX_EXPANDED_ELEMENTS + " elements");
    }
  }

  /** The element count of the subtree with every use reference expanded, capped past the limit. */
  private long expandedSize(Element element, int nesting) throws InvalidSvgException {
    if (nesting > MAX_NESTING) {
      throw new InvalidSvgException(
          "elements and references nest more than " + MAX_NESTING + " levels deep");
    }
    Long known = expandedSizes.get(element);
    if (known != null) {
      return known;
    }
    if (!inProgress.add(element)) {
      throw new InvalidSvgException("circular reference at <" + element.getLocalName() + ">");
    }
    long size = 1;
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        size = capped(size + expandedSize(childElement, nesting + 1));
      }
    }
    Element used = usedElement(element);
    if (used != null) {
      size = capped(size + expandedSize(used, nesting + 1));
    }
    inProgress.remove(element);
    expandedSizes.put(element, size);
    return size;
  }

  /** The element a {@code <use>} refers to within this document, or null. */
  private Element usedElement(Element element) {
    if (!SVGConstants.SVG_NAMESPACE_URI.equals(element.getNamespaceURI())
        || !SVGConstants.SVG_USE_TAG.equals(element.getLocalName())) {
      return null;
    }
    String href =
        element.getAttributeNS(SVGConstants.XLINK_NAMESPACE_URI, SVGConstants.XLINK_HREF_ATTRIBUTE);
    if (href.isEmpty()) {
      href = element.getAttribute(SVGConstants.XLINK_HREF_ATTRIBUTE);
    }
    href = href.strip();
    return href.startsWith("#") ? document.getElementById(href.substring(1)) : null;
  }

  private static long capped(long size) {
    return Math.min(size, MAX_EXPANDED_ELEMENTS + 1);
  }
}
