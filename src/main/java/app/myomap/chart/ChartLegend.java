package app.myomap.chart;

import app.myomap.model.BodyView;
import app.myomap.model.Carry;
import app.myomap.model.Chart;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
import app.myomap.model.NotePin;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointStatus;
import app.myomap.model.TwitchResponse;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The legend of every symbol a chart can show, each painted by the chart's own {@link
 * ChartRenderer} beside its meaning: the rows the window's legend panel lays out, and the block a
 * {@link ChartPicture} draws in its corner with Java2D. Texts come from the caller by message key
 * ({@code Legend.*}), so this layer holds no display strings.
 */
public final class ChartLegend {
  private static final int SAMPLE_TWITCH_COUNT = 3;

  /** The visit the carried sample claims to come from; no such visit exists. */
  private static final String SAMPLE_VISIT = "00000000-0000-4000-8000-000000000000";

  private static final String TITLE_KEY = "Legend.title";
  private static final String SIDES_KEY = "Legend.sides";
  private static final Color BACKGROUND = new Color(255, 255, 255, 235);
  private static final Color EDGE = new Color(0x9E, 0x9E, 0x9E);

  /** Pixels around the block, between symbol and text, and between rows, at a mark scale of 1. */
  private static final int PAD = 8;

  private static final int GAP = 8;
  private static final int ROW_GAP = 6;

  /**
   * One entry: the message key of its text, a small chart to paint as its symbol, and how.
   *
   * @param key a {@code Legend.*} message key
   */
  public record Row(String key, Chart chart, MarkAppearance look) {}

  private final ChartRenderer renderer;
  private final List<Row> rows;
  private final List<Rectangle> inks = new ArrayList<>();
  private final float scale;

  /** The legend of a picture: every row but the selection, drawn by {@code renderer}. */
  ChartLegend(ChartRenderer renderer, String noteSample) {
    this.renderer = renderer;
    this.scale = renderer.style().markScale;
    // Without the selection row no sample is labelled, so no muscle names are needed.
    this.rows = rows("upper-trapezius", id -> id, noteSample, false);
    for (Row row : rows) {
      inks.add(ink(renderer, row));
    }
  }

  /**
   * The rows in legend order: active and latent trigger point, twitch badge, optionally the
   * selection (with the muscle label of {@code sampleMuscleId}), note pin (saying {@code
   * noteSample}), then the referral zones and symptom areas of {@link ZoneLegend}.
   */
  public static List<Row> rows(
      String sampleMuscleId,
      Function<String, String> abbreviation,
      String noteSample,
      boolean withSelection) {
    MarkAppearance plain = MarkAppearance.plain(abbreviation);
    TriggerPoint active =
        TriggerPoint.place(
            MarkId.random(),
            BodyView.ANTERIOR,
            0,
            0,
            new MuscleRef(sampleMuscleId),
            Side.RIGHT,
            "legend");
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("Legend.active", Chart.of(active), plain));
    rows.add(
        new Row("Legend.latent", Chart.of(active.withStatus(TriggerPointStatus.LATENT)), plain));
    rows.add(
        new Row(
            "Legend.twitch",
            Chart.of(active.withTwitch(TwitchResponse.present(SAMPLE_TWITCH_COUNT))),
            plain));
    rows.add(
        new Row(
            "Legend.carried",
            Chart.of(active.withCarry(Optional.of(Carry.from(SAMPLE_VISIT, active)))),
            plain));
    if (withSelection) {
      rows.add(
          new Row(
              "Legend.selected",
              Chart.of(active),
              new MarkAppearance(Set.of(active.id()), null, false, abbreviation)));
    }
    NotePin pin = new NotePin(MarkId.random(), BodyView.ANTERIOR, 0, 0, noteSample);
    rows.add(new Row("Legend.notePin", Chart.of(pin), plain));
    for (ZoneLegend.Sample sample : ZoneLegend.samples()) {
      rows.add(new Row(sample.key(), sample.chart(), plain));
    }
    return rows;
  }

  /**
   * Paints the symbol of {@code row} with its anchor at ({@code anchorX}, {@code anchorY}); the
   * sample zones are drawn at the renderer's mark scale, so they keep their size beside the marks.
   */
  public static void paintSymbol(
      Graphics2D g, ChartRenderer renderer, Row row, double anchorX, double anchorY) {
    Graphics2D symbol = (Graphics2D) g.create();
    try {
      renderer.paint(
          symbol,
          row.chart(),
          BodyView.ANTERIOR,
          new ViewTransform(renderer.style().markScale, anchorX, anchorY),
          row.look());
    } finally {
      symbol.dispose();
    }
  }

  /** The pixels a row's symbol covers around its anchor, found by painting it once. */
  public static Rectangle ink(ChartRenderer renderer, Row row) {
    int size = (int) Math.ceil(400 * renderer.style().markScale);
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      paintSymbol(g, renderer, row, size / 2.0, size / 2.0);
    } finally {
      g.dispose();
    }
    int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    int minX = size;
    int minY = size;
    int maxX = -1;
    int maxY = -1;
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        if ((pixels[y * size + x] >>> 24) != 0) {
          minX = Math.min(minX, x);
          minY = Math.min(minY, y);
          maxX = Math.max(maxX, x);
          maxY = Math.max(maxY, y);
        }
      }
    }
    if (maxX < 0) {
      return new Rectangle(0, 0, 0, 0);
    }
    return new Rectangle(minX - size / 2, minY - size / 2, maxX - minX + 1, maxY - minY + 1);
  }

  /** The size of the block with its texts from {@code words}. */
  Dimension size(Graphics2D g, Function<String, String> words) {
    FontMetrics text = g.getFontMetrics(textFont());
    FontMetrics title = g.getFontMetrics(titleFont());
    int textWidth =
        Math.max(
            title.stringWidth(words.apply(TITLE_KEY)) - symbolColumn() - gap(),
            text.stringWidth(words.apply(SIDES_KEY)) - symbolColumn() - gap());
    int height = pad() + title.getHeight() + rowGap();
    for (int i = 0; i < rows.size(); i++) {
      textWidth = Math.max(textWidth, text.stringWidth(words.apply(rows.get(i).key())));
      height += Math.max(inks.get(i).height, text.getHeight()) + rowGap();
    }
    height += text.getHeight() + pad();
    return new Dimension(pad() + symbolColumn() + gap() + textWidth + pad(), height);
  }

  /** Paints the block with its top left corner at ({@code left}, {@code top}). */
  void paint(Graphics2D g, int left, int top, Function<String, String> words) {
    Dimension size = size(g, words);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    RoundRectangle2D box =
        new RoundRectangle2D.Double(left, top, size.width, size.height, pad(), pad());
    g.setColor(BACKGROUND);
    g.fill(box);
    g.setColor(EDGE);
    g.setStroke(renderer.style().thin);
    g.draw(box);
    FontMetrics title = g.getFontMetrics(titleFont());
    FontMetrics text = g.getFontMetrics(textFont());
    Color ink = renderer.style().labelText;
    g.setColor(ink);
    g.setFont(titleFont());
    g.drawString(words.apply(TITLE_KEY), left + pad(), top + pad() + title.getAscent());
    int y = top + pad() + title.getHeight() + rowGap();
    int textLeft = left + pad() + symbolColumn() + gap();
    for (int i = 0; i < rows.size(); i++) {
      Rectangle symbol = inks.get(i);
      int height = Math.max(symbol.height, text.getHeight());
      double symbolLeft = left + pad() + (symbolColumn() - symbol.width) / 2.0;
      double symbolTop = y + (height - symbol.height) / 2.0;
      paintSymbol(g, renderer, rows.get(i), symbolLeft - symbol.x, symbolTop - symbol.y);
      g.setColor(ink);
      g.setFont(textFont());
      g.drawString(
          words.apply(rows.get(i).key()),
          textLeft,
          y + (height - text.getHeight()) / 2 + text.getAscent());
      y += height + rowGap();
    }
    g.drawString(words.apply(SIDES_KEY), left + pad(), y + text.getAscent());
  }

  private int symbolColumn() {
    return inks.stream().mapToInt(r -> r.width).max().orElse(0);
  }

  private Font textFont() {
    return new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(11 * scale));
  }

  private Font titleFont() {
    return textFont().deriveFont(Font.BOLD);
  }

  private int pad() {
    return Math.round(PAD * scale);
  }

  private int gap() {
    return Math.round(GAP * scale);
  }

  private int rowGap() {
    return Math.round(ROW_GAP * scale);
  }
}
