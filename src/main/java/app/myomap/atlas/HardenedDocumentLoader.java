package app.myomap.atlas;

import org.apache.batik.bridge.DocumentLoader;
import org.apache.batik.bridge.UserAgent;

/** Batik's loader of referenced documents (such as data: SVG images), parsing them hardened. */
final class HardenedDocumentLoader extends DocumentLoader {

  HardenedDocumentLoader(UserAgent userAgent) {
    super(userAgent);
    documentFactory = new HardenedSvgDocumentFactory();
  }
}
