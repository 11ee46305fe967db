package app.myomap.atlas;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.BridgeException;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.gvt.GraphicsNode;
import org.w3c.dom.svg.SVGDocument;
import org.xml.sax.SAXParseException;

/**
 * Loads an SVG, possibly from an untrusted source, into a DOM and a Batik render tree in static
 * state: no scripts, no animation, no external entities or DTDs, and no external resources except
 * inline data: URIs. Any failure becomes an {@link InvalidSvgException}.
 */
public final class SafeSvgLoader {
  private SafeSvgLoader() {}

  /** Loads the SVG at a URL (a file or classpath resource); the URL is also the base URI. */
  public static LoadedSvg load(URL url) throws InvalidSvgException {
    try (InputStream in = url.openStream()) {
      return load(in, url.toString());
    } catch (IOException e) {
      throw new InvalidSvgException("cannot read " + url + ": " + e.getMessage(), e);
    }
  }

  /** Loads an SVG file. */
  public static LoadedSvg load(Path file) throws InvalidSvgException {
    try (InputStream in = Files.newInputStream(file)) {
      return load(in, file.toUri().toString());
    } catch (IOException e) {
      throw new InvalidSvgException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Loads an SVG from a stream, which the caller closes.
   *
   * @param baseUri the document's URI, against which relative references would resolve
   */
  public static LoadedSvg load(InputStream in, String baseUri) throws InvalidSvgException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(baseUri, "baseUri");
    SVGDocument document = parse(in, baseUri);
    SvgStructureCheck.check(document);
    SvgUserAgent userAgent = new SvgUserAgent();
    BridgeContext context = new BridgeContext(userAgent, new HardenedDocumentLoader(userAgent));
    userAgent.setBridgeContext(context);
    context.setDynamicState(BridgeContext.STATIC);
    GraphicsNode graphics;
    try {
      graphics = new GVTBuilder().build(context, document);
    } catch (BridgeException | SecurityException e) {
      throw new InvalidSvgException(describe(e), e);
    } catch (RuntimeException e) {
      // Batik reports some malformed attributes as unchecked exceptions of its own
      throw new InvalidSvgException("cannot build the drawing: " + describe(e), e);
    } catch (StackOverflowError e) {
      // a backstop behind SvgStructureCheck: the recursion unwound, so the error is recoverable
      throw new InvalidSvgException("the drawing nests too deeply to build", e);
    } finally {
      context.dispose();
    }
    List<String> errors = userAgent.errors();
    if (!errors.isEmpty()) {
      throw new InvalidSvgException(String.join("; ", errors));
    }
    return new LoadedSvg(document, graphics);
  }

  private static SVGDocument parse(InputStream in, String baseUri) throws InvalidSvgException {
    try {
      return new HardenedSvgDocumentFactory().createSVGDocument(baseUri, in);
    } catch (IOException | RuntimeException e) {
      SAXParseException parseError = findCause(e, SAXParseException.class);
      if (parseError != null) {
        throw new InvalidSvgException(
            "malformed or truncated XML at line "
                + parseError.getLineNumber()
                + ", column "
                + parseError.getColumnNumber()
                + ": "
                + parseError.getMessage(),
            e);
      }
      throw new InvalidSvgException(describe(e), e);
    }
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
  }

  private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }
}
