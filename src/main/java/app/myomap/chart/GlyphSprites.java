package app.myomap.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Small images of mark glyphs, each drawn once from the vector routine and then copied for every
 * mark that looks the same: a chart of thousands of trigger points repaints in a few milliseconds.
 * Used for the screen only; print and export draw vectors.
 */
final class GlyphSprites {
  /** One glyph image; the mark's anchor lies at {@code (originX, originY)} image pixels. */
  record Sprite(BufferedImage image, int originX, int originY) {}

  private final Map<Object, Sprite> sprites = new HashMap<>();

  /**
   * The sprite for {@code key} at {@code deviceScale}, painting it with {@code painter} (which
   * draws the glyph centred on (0, 0) in logical pixels) the first time; {@code halfSizePx} bounds
   * the glyph around its anchor.
   */
  Sprite get(
      Object key, double deviceScale, int halfSizePx, BiConsumer<Graphics2D, Object> painter) {
    return sprites.computeIfAbsent(
        new ScaledKey(key, deviceScale), k -> draw(key, deviceScale, halfSizePx, painter));
  }

  /**
   * Copies {@code sprite} with its anchor at (x, y) in {@code g}'s user space, landing on whole
   * device pixels so that the copy stays crisp.
   */
  static void blit(Graphics2D g, Sprite sprite, double x, double y, double deviceScale) {
    double left = Math.round(x * deviceScale - sprite.originX()) / deviceScale;
    double top = Math.round(y * deviceScale - sprite.originY()) / deviceScale;
    if (deviceScale == 1) {
      g.drawImage(sprite.image(), (int) left, (int) top, null);
    } else {
      java.awt.geom.AffineTransform at =
          java.awt.geom.AffineTransform.getTranslateInstance(left, top);
      at.scale(1 / deviceScale, 1 / deviceScale);
      g.drawImage(sprite.image(), at, null);
    }
  }

  int size() {
    return sprites.size();
  }

  private static Sprite draw(
      Object key, double deviceScale, int halfSizePx, BiConsumer<Graphics2D, Object> painter) {
    int half = (int) Math.ceil(halfSizePx * deviceScale);
    BufferedImage image = new BufferedImage(2 * half, 2 * half, BufferedImage.TYPE_INT_ARGB_PRE);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.translate(half, half);
      g.scale(deviceScale, deviceScale);
      painter.accept(g, key);
    } finally {
      g.dispose();
    }
    return trimmed(image, half, half);
  }

  /**
   * The sprite cut to its painted pixels: copying fewer transparent pixels is what makes it fast.
   */
  private static Sprite trimmed(BufferedImage image, int originX, int originY) {
    int minX = image.getWidth();
    int minY = image.getHeight();
    int maxX = -1;
    int maxY = -1;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) >>> 24) != 0) {
          minX = Math.min(minX, x);
          minY = Math.min(minY, y);
          maxX = Math.max(maxX, x);
          maxY = Math.max(maxY, y);
        }
      }
    }
    if (maxX < 0) {
      return new Sprite(new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB_PRE), 0, 0);
    }
    BufferedImage cut =
        new BufferedImage(maxX - minX + 1, maxY - minY + 1, BufferedImage.TYPE_INT_ARGB_PRE);
    Graphics2D g = cut.createGraphics();
    try {
      g.drawImage(image, -minX, -minY, null);
    } finally {
      g.dispose();
    }
    return new Sprite(cut, originX - minX, originY - minY);
  }

  private record ScaledKey(Object key, double deviceScale) {}
}
