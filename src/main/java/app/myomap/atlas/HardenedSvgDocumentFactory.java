package app.myomap.atlas;

import java.io.StringReader;
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.xml.sax.InputSource;

/**
 * Batik's SVG document factory with every external entity and DTD resolved to empty text, so even a
 * parser that ignored the "no external entities" features could not read a file or the network.
 */
final class HardenedSvgDocumentFactory extends SAXSVGDocumentFactory {

  HardenedSvgDocumentFactory() {
    // a null parser class selects Batik's JAXP factory without external entities or DTD loading
    super(null);
  }

  @Override
  public InputSource resolveEntity(String publicId, String systemId) {
    InputSource empty = new InputSource(new StringReader(""));
    empty.setPublicId(publicId);
    empty.setSystemId(systemId);
    return empty;
  }
}
