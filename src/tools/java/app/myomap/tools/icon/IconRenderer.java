package app.myomap.tools.icon;

import app.myomap.atlas.LoadedSvg;
import app.myomap.atlas.SafeSvgLoader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Renders the application icon's SVG, through MyoMap's own hardened SVG loader, into the files each
 * platform's installer wants: PNGs of every common size (Linux), an ICO (Windows) and an ICNS
 * (macOS), the last two holding PNG-compressed images. Run by the packaging script in source-file
 * mode, so that it never lands in the application's jar:
 *
 * <pre>java -cp "target/classes:target/lib/*" IconRenderer.java assets/icon/myomap.svg OUT_DIR
 * </pre>
 */
public final class IconRenderer {
  private static final List<Integer> PNG_SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512);
  private static final List<Integer> ICO_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

  private IconRenderer() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: IconRenderer ICON.svg OUT_DIR");
      System.exit(2);
    }
    System.setProperty("java.awt.headless", "true");
    LoadedSvg svg = SafeSvgLoader.load(Path.of(args[0]));
    Path out = Files.createDirectories(Path.of(args[1]));
    Map<Integer, byte[]> png = new LinkedHashMap<>();
    for (int size : List.of(16, 24, 32, 48, 64, 128, 256, 512, 1024)) {
      png.put(size, encode(render(svg, size)));
    }
    for (int size : PNG_SIZES) {
      Files.write(out.resolve("myomap-" + size + ".png"), png.get(size));
    }
    // jpackage takes one PNG for Linux and installs it as the desktop entry's icon.
    Files.write(out.resolve("myomap.png"), png.get(256));
    Files.write(out.resolve("myomap.ico"), ico(png));
    Files.write(out.resolve("myomap.icns"), icns(png));
    System.out.println("icon: rendered " + args[0] + " into " + out);
  }

  /** The icon drawn at {@code size} × {@code size} pixels on a transparent background. */
  static BufferedImage render(LoadedSvg svg, int size) {
    String[] box = svg.document().getRootElement().getAttribute("viewBox").trim().split("[\\s,]+");
    double x = Double.parseDouble(box[0]);
    double y = Double.parseDouble(box[1]);
    double width = Double.parseDouble(box[2]);
    double height = Double.parseDouble(box[3]);
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setRenderingHint(
          RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
      g.scale(size / width, size / height);
      g.translate(-x, -y);
      svg.graphics().paint(g);
    } finally {
      g.dispose();
    }
    return image;
  }

  private static byte[] encode(BufferedImage image) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageIO.write(image, "png", bytes);
    return bytes.toByteArray();
  }

  /** An ICO file: a directory of entries, each image stored as a PNG (Windows Vista and later). */
  private static byte[] ico(Map<Integer, byte[]> png) {
    int count = ICO_SIZES.size();
    int offset = 6 + 16 * count;
    int total = offset + ICO_SIZES.stream().mapToInt(s -> png.get(s).length).sum();
    ByteBuffer ico = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
    ico.putShort((short) 0).putShort((short) 1).putShort((short) count);
    for (int size : ICO_SIZES) {
      byte[] data = png.get(size);
      // A width or height of 256 is written as 0.
      ico.put((byte) (size % 256)).put((byte) (size % 256)).put((byte) 0).put((byte) 0);
      ico.putShort((short) 1).putShort((short) 32).putInt(data.length).putInt(offset);
      offset += data.length;
    }
    for (int size : ICO_SIZES) {
      ico.put(png.get(size));
    }
    return ico.array();
  }

  /** An ICNS file: PNG-compressed entries of the types macOS 10.7 and later read. */
  private static byte[] icns(Map<Integer, byte[]> png) throws IOException {
    Map<String, Integer> types = new LinkedHashMap<>();
    types.put("icp4", 16);
    types.put("icp5", 32);
    types.put("ic11", 32);
    types.put("icp6", 64);
    types.put("ic12", 64);
    types.put("ic07", 128);
    types.put("ic08", 256);
    types.put("ic13", 256);
    types.put("ic09", 512);
    types.put("ic14", 512);
    types.put("ic10", 1024);
    ByteArrayOutputStream entries = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(entries);
    for (Map.Entry<String, Integer> type : types.entrySet()) {
      byte[] data = png.get(type.getValue());
      out.write(type.getKey().getBytes(StandardCharsets.US_ASCII));
      out.writeInt(8 + data.length);
      out.write(data);
    }
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    DataOutputStream header = new DataOutputStream(file);
    header.write("icns".getBytes(StandardCharsets.US_ASCII));
    header.writeInt(8 + entries.size());
    entries.writeTo(file);
    return file.toByteArray();
  }
}
