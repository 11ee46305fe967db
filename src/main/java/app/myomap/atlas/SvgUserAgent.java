package app.myomap.atlas;

import java.util.ArrayList;
import java.util.List;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.NoLoadScriptSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.util.ParsedURL;
import org.w3c.dom.svg.SVGAElement;

/**
 * The Batik user agent for untrusted SVG: it runs no script, loads no external resource except
 * inline data: URIs, opens no links, and records every error Batik reports instead of ignoring it.
 */
final class SvgUserAgent extends UserAgentAdapter {
  private static final String DATA_PROTOCOL = "data";

  private final List<String> errors = new ArrayList<>();

  SvgUserAgent() {
    addStdFeatures();
  }

  @Override
  public ScriptSecurity getScriptSecurity(
      String scriptType, ParsedURL scriptUrl, ParsedURL documentUrl) {
    return new NoLoadScriptSecurity(scriptType);
  }

  @Override
  public ExternalResourceSecurity getExternalResourceSecurity(
      ParsedURL resourceUrl, ParsedURL documentUrl) {
    if (resourceUrl != null && DATA_PROTOCOL.equalsIgnoreCase(resourceUrl.getProtocol())) {
      return () -> {};
    }
    String refused = String.valueOf(resourceUrl);
    return () -> {
      throw new SecurityException("external resource refused: " + refused);
    };
  }

  @Override
  public boolean isXMLParserValidating() {
    return false;
  }

  @Override
  public String getXMLParserClassName() {
    // null selects Batik's JAXP parser, which it configures without external entities or DTDs
    return null;
  }

  @Override
  public String getUserStyleSheetURI() {
    return null;
  }

  @Override
  public String getAlternateStyleSheet() {
    return null;
  }

  @Override
  public void openLink(SVGAElement link) {
    // never follow links out of an untrusted document
  }

  @Override
  public void loadDocument(String url) {
    // never navigate to another document
  }

  @Override
  public void displayError(Exception e) {
    errors.add(String.valueOf(e.getMessage()));
  }

  @Override
  public void displayError(String message) {
    errors.add(String.valueOf(message));
  }

  /** The errors Batik reported while building, in order; empty if it reported none. */
  List<String> errors() {
    return List.copyOf(errors);
  }
}
