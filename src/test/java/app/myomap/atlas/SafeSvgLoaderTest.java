package app.myomap.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.batik.gvt.GraphicsNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeSvgLoaderTest {
  private static final String SVG_OPEN =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
          + " width=\"20\" height=\"20\" viewBox=\"0 0 20 20\"";
  private static final String GREEN_RECT =
      "<rect x=\"0\" y=\"0\" width=\"20\" height=\"20\" fill=\"#00ff00\"/>";
  private static final String BASE_URI = "file:///fixture/test.svg";

  @TempDir Path temp;

  @Test
  void scriptsAndEventHandlersDoNotRunAndTheDrawingStillRenders() throws Exception {
    Path marker = temp.resolve("pwned.txt");
    String payload =
        "java.lang.System.setProperty('myomap.test.pwned', 'yes');"
            + " new java.io.FileOutputStream('"
            + marker.toString().replace("\\", "/")
            + "').close();";
    String svg =
        SVG_OPEN
            + " onload=\""
            + payload
            + "\">"
            + "<script type=\"text/ecmascript\"><![CDATA["
            + payload
            + "]]></script>"
            + "<script type=\"application/java-archive\" xlink:href=\"evil.jar\"/>"
            + GREEN_RECT
            + "</svg>";

    LoadedSvg loaded = load(svg);

    assertThat(System.getProperty("myomap.test.pwned")).isNull();
    assertThat(marker).doesNotExist();
    assertThat(render(loaded.graphics()).getRGB(10, 10)).isEqualTo(Color.GREEN.getRGB());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<image x=\"0\" y=\"0\" width=\"5\" height=\"5\" xlink:href=\"http://HOST/x.png\"/>",
        "<use xlink:href=\"http://HOST/other.svg#shape\"/>",
        "<style type=\"text/css\">@import url(http://HOST/style.css);</style>",
        "<rect width=\"5\" height=\"5\" fill=\"url(http://HOST/paint.svg#p)\"/>",
        "<filter id=\"f\"><feImage xlink:href=\"http://HOST/f.png\"/></filter>"
            + "<rect width=\"5\" height=\"5\" filter=\"url(#f)\"/>",
        "<linearGradient id=\"g\" xlink:href=\"http://HOST/g.svg#x\"/>"
            + "<rect width=\"5\" height=\"5\" fill=\"url(#g)\"/>",
        "<pattern id=\"p\" xlink:href=\"http://HOST/p.svg#p\"/>"
            + "<rect width=\"5\" height=\"5\" fill=\"url(#p)\"/>",
        "<rect width=\"5\" height=\"5\" mask=\"url(http://HOST/m.svg#m)\"/>",
        "<color-profile name=\"c\" xlink:href=\"http://HOST/c.icc\"/>"
            + "<rect width=\"5\" height=\"5\" fill=\"#f00 icc-color(c, 1, 0, 0)\"/>",
        "<font-face font-family=\"Ext\"><font-face-src>"
            + "<font-face-uri xlink:href=\"http://HOST/f.svg#f\"/></font-face-src></font-face>"
            + "<text y=\"10\" font-family=\"Ext\">x</text>",
        "<style>@font-face { font-family: Ext; src: url(http://HOST/f.svg#f); }</style>"
            + "<text y=\"10\" font-family=\"Ext\">x</text>",
        "<text y=\"10\"><tref xlink:href=\"http://HOST/t.svg#t\"/></text>",
        "<text y=\"10\"><textPath xlink:href=\"http://HOST/p.svg#p\">x</textPath></text>",
      })
  void externalReferencesMakeNoConnection(String element) throws Exception {
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      String host = "127.0.0.1:" + server.getLocalPort();
      String svg = SVG_OPEN + ">" + GREEN_RECT + element.replace("HOST", host) + "</svg>";

      AtomicReference<Outcome> outcome = new AtomicReference<>();

      int connections = countConnectionsWhile(server, () -> outcome.set(attempt(svg)));

      assertThat(connections).isZero();
      assertThat(outcome.get().error()).contains("external resource refused: http://" + host);
    }
  }

  @Test
  void externalStylesheetInstructionMakesNoConnection() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      String host = "127.0.0.1:" + server.getLocalPort();
      String svg =
          "<?xml version=\"1.0\"?>"
              + "<?xml-stylesheet type=\"text/css\" href=\"http://"
              + host
              + "/sheet.css\"?>"
              + SVG_OPEN
              + ">"
              + GREEN_RECT
              + "</svg>";
      AtomicReference<Outcome> outcome = new AtomicReference<>();

      int connections = countConnectionsWhile(server, () -> outcome.set(attempt(svg)));

      assertThat(connections).isZero();
      assertThat(outcome.get().error()).contains("external resource refused: http://" + host);
    }
  }

  @Test
  void externalDtdIsNotFetchedAndTheDocumentStillLoads() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      String svg =
          "<?xml version=\"1.0\"?><!DOCTYPE svg SYSTEM \"http://127.0.0.1:"
              + server.getLocalPort()
              + "/evil.dtd\">"
              + SVG_OPEN
              + "><desc>plain</desc>"
              + GREEN_RECT
              + "</svg>";
      AtomicReference<Outcome> outcome = new AtomicReference<>();

      int connections = countConnectionsWhile(server, () -> outcome.set(attempt(svg)));

      assertThat(connections).isZero();
      assertThat(outcome.get().text()).isEqualTo("plain");
    }
  }

  @Test
  void aBlockedExternalImageFailsWithTheRefusalInTheMessage() {
    String svg =
        SVG_OPEN
            + ">"
            + "<image width=\"5\" height=\"5\" xlink:href=\"http://127.0.0.1:9/x.png\"/></svg>";

    assertThatThrownBy(() -> load(svg))
        .isInstanceOf(InvalidSvgException.class)
        .hasMessageStartingWith("invalid or unsafe SVG: ")
        .hasMessageContaining("127.0.0.1:9/x.png");
  }

  @Test
  void externalGeneralEntityDoesNotLeakFileContents() throws Exception {
    Path secretFile = temp.resolve("secret.txt");
    Files.writeString(secretFile, "SECRET-7f3a91");
    String svg =
        "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \""
            + secretFile.toUri()
            + "\">]>"
            + SVG_OPEN
            + "><text x=\"1\" y=\"10\">before &x; after</text>"
            + "<desc>&x;</desc>"
            + GREEN_RECT
            + "</svg>";

    String text = load(svg).document().getDocumentElement().getTextContent();

    assertThat(text).contains("before").contains("after").doesNotContain("SECRET-7f3a91");
  }

  @Test
  void externalParameterEntityDoesNotLeakFileContents() throws Exception {
    Path secretFile = temp.resolve("secret.dtd");
    Files.writeString(secretFile, "<!ENTITY leaked \"SECRET-5c2e88\">");
    String svg =
        "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY % p SYSTEM \""
            + secretFile.toUri()
            + "\"> %p;]>"
            + SVG_OPEN
            + "><desc>&leaked;</desc>"
            + GREEN_RECT
            + "</svg>";

    Outcome outcome = attempt(svg);

    // the parameter entity is never read, so the entity it would declare stays undeclared
    assertThat(outcome.error()).contains("\"leaked\" was referenced, but not declared");
    assertThat(outcome.error()).doesNotContain("SECRET-5c2e88");
  }

  @Test
  void entityExpansionBombFailsCleanly() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE svg [<!ENTITY a0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY a").append(i).append(" \"");
      dtd.append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    String svg = dtd + SVG_OPEN + "><desc>&a9;</desc></svg>";

    assertThatThrownBy(() -> load(svg))
        .isInstanceOf(InvalidSvgException.class)
        .hasMessageStartingWith("invalid or unsafe SVG: ");
  }

  @Test
  void deepNestingIsRejectedBeforeItCanOverflowTheStack() {
    int levels = 20_000;
    String svg = SVG_OPEN + ">" + "<g>".repeat(levels) + "</g>".repeat(levels) + "</svg>";

    assertThatThrownBy(() -> load(svg))
        .isInstanceOf(InvalidSvgException.class)
        .hasMessageContaining("nest more than");
  }

  @Test
  void useExpansionBombIsRejected() {
    StringBuilder svg = new StringBuilder(SVG_OPEN).append("><defs><rect id=\"u0\"/>");
    for (int level = 1; level <= 9; level++) {
      svg.append("<g id=\"u").append(level).append("\">");
      svg.append(("<use xlink:href=\"#u" + (level - 1) + "\"/>").repeat(10));
      svg.append("</g>");
    }
    svg.append("</defs><use xlink:href=\"#u9\"/></svg>");

    assertThatThrownBy(() -> load(svg.toString()))
        .isInstanceOf(InvalidSvgException.class)
        .hasMessageContaining("would expand to more than");
  }

  @Test
  void circularUseIsRejected() {
    String svg = SVG_OPEN + "><g id=\"a\"><g><use xlink:href=\"#a\"/></g></g></svg>";

    assertThatThrownBy(() -> load(svg))
        .isInstanceOf(InvalidSvgException.class)
        .hasMessageContaining("circular reference");
  }

  @Test
  void ordinaryUseOfALocalShapeIsDrawn() throws Exception {
    String svg =
        SVG_OPEN
            + "><defs><rect id=\"r\" width=\"5\" height=\"5\" fill=\"#00ff00\"/></defs>"
            + "<use xlink:href=\"#r\" x=\"10\" y=\"10\"/></svg>";

    BufferedImage image = render(load(svg).graphics());

    assertThat(image.getRGB(12, 12)).isEqualTo(Color.GREEN.getRGB());
    assertThat(image.getRGB(2, 2)).isEqualTo(Color.BLACK.getRGB());
  }

  @Test
  void truncatedFileGivesAClearError() {
    String whole =
        SVG_OPEN + ">\n" + GREEN_RECT + "\n<g id=\"body\">\n" + GREEN_RECT + "</g></svg>";
    String truncated = whole.substring(0, whole.length() / 2);

    assertThatThrownBy(() -> load(truncated))
        .isInstanceOf(InvalidSvgException.class)
        .hasMessageStartingWith("invalid or unsafe SVG: malformed or truncated XML at line ")
        .hasMessageContaining("XML document structures must start and end within the same");
  }

  @Test
  void emptyInputAndNonSvgRootAreRejected() {
    assertThatThrownBy(() -> load(""))
        .isInstanceOf(InvalidSvgException.class)
        .hasMessageStartingWith("invalid or unsafe SVG: ");
    assertThatThrownBy(() -> load("<html><body/></html>"))
        .isInstanceOf(InvalidSvgException.class)
        .hasMessageContaining("Root element");
  }

  @Test
  void malformedAttributeBecomesInvalidSvgException() {
    String svg = SVG_OPEN + "><rect width=\"ten\" height=\"5\"/></svg>";

    assertThatThrownBy(() -> load(svg))
        .isInstanceOf(InvalidSvgException.class)
        .hasMessageStartingWith("invalid or unsafe SVG: ");
  }

  @Test
  void dataUriImageIsLoadedAndPainted() throws Exception {
    String inner = SVG_OPEN + "><rect width=\"20\" height=\"20\" fill=\"#ff0000\"/></svg>";
    String dataUri =
        "data:image/svg+xml;base64,"
            + Base64.getEncoder().encodeToString(inner.getBytes(StandardCharsets.UTF_8));
    String svg =
        SVG_OPEN
            + ">"
            + GREEN_RECT
            + "<image x=\"0\" y=\"0\" width=\"10\" height=\"10\" xlink:href=\""
            + dataUri
            + "\"/></svg>";

    BufferedImage image = render(load(svg).graphics());

    assertThat(image.getRGB(5, 5)).isEqualTo(Color.RED.getRGB());
    assertThat(image.getRGB(15, 15)).isEqualTo(Color.GREEN.getRGB());
  }

  @Test
  void aDataUriImageCannotReachOutEither() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      String inner =
          SVG_OPEN
              + "><image width=\"5\" height=\"5\" xlink:href=\"http://127.0.0.1:"
              + server.getLocalPort()
              + "/x.png\"/></svg>";
      String svg =
          SVG_OPEN
              + "><image width=\"10\" height=\"10\" xlink:href=\"data:image/svg+xml;base64,"
              + Base64.getEncoder().encodeToString(inner.getBytes(StandardCharsets.UTF_8))
              + "\"/></svg>";

      AtomicReference<Outcome> outcome = new AtomicReference<>();

      int connections = countConnectionsWhile(server, () -> outcome.set(attempt(svg)));

      assertThat(connections).isZero();
      assertThat(outcome.get().error()).contains("can't be opened");
    }
  }

  @Test
  void loadsFromAFileAndKeepsTheDocumentInStaticState() throws Exception {
    Path file = temp.resolve("ok.svg");
    Files.writeString(file, SVG_OPEN + "><g id=\"body\">" + GREEN_RECT + "</g></svg>");

    LoadedSvg loaded = SafeSvgLoader.load(file);

    assertThat(loaded.document().getElementById("body")).isNotNull();
    assertThat(loaded.document().getURL()).isEqualTo(file.toUri().toString());
    assertThat(render(loaded.graphics()).getRGB(1, 1)).isEqualTo(Color.GREEN.getRGB());
  }

  private static LoadedSvg load(String svg) throws InvalidSvgException {
    try (InputStream in = new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))) {
      return SafeSvgLoader.load(in, BASE_URI);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The text content of the loaded document, or the loader's clean refusal. */
  private record Outcome(String text, String error) {}

  private static Outcome attempt(String svg) {
    try {
      return new Outcome(load(svg).document().getDocumentElement().getTextContent(), null);
    } catch (InvalidSvgException e) {
      assertThat(e).hasMessageStartingWith("invalid or unsafe SVG: ");
      return new Outcome(null, e.getMessage());
    }
  }

  /** Accepts (and at once drops) connections on the server while the action runs. */
  private static int countConnectionsWhile(ServerSocket server, Runnable action)
      throws InterruptedException, IOException {
    AtomicInteger connections = new AtomicInteger();
    AtomicReference<Boolean> done = new AtomicReference<>(false);
    server.setSoTimeout(50);
    Thread acceptor =
        new Thread(
            () -> {
              while (!done.get()) {
                try (Socket ignored = server.accept()) {
                  connections.incrementAndGet();
                } catch (SocketTimeoutException e) {
                  continue;
                } catch (IOException e) {
                  return;
                }
              }
            });
    acceptor.start();
    try {
      action.run();
    } finally {
      done.set(true);
      acceptor.join();
    }
    // a connection made at the very end would still be waiting in the backlog
    try (Socket late = server.accept()) {
      connections.incrementAndGet();
    } catch (SocketTimeoutException e) {
      return connections.get();
    }
    return connections.get();
  }

  private static BufferedImage render(GraphicsNode node) {
    BufferedImage image = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    node.paint(g);
    g.dispose();
    return image;
  }
}
