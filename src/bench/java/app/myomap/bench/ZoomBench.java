package app.myomap.bench;

import app.myomap.atlas.Atlas;
import app.myomap.atlas.AtlasView;
import app.myomap.edit.ChartEditor;
import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.ui.ChartCanvas;
import app.myomap.ui.Themes;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;

/**
 * Wheel-zooming the real chart canvas on the posterior view with 50 zones and 500 trigger points at
 * 1600 × 1000: every frame painted on the event thread while the wheel turns (30 notches, one every
 * {@value #NOTCH_MS} ms, a frame at each notch and one between notches), and the first frame at a
 * new zoom from a settled picture, with the short labels on (the app's default) and off.
 */
final class ZoomBench {
  private static final int WIDTH = 1600;
  private static final int HEIGHT = 1000;
  private static final int NOTCH_MS = 30;

  /** Notches of one wheel gesture: in, out, in and out again; + zooms in, - out. */
  private static final int[] GESTURE = {8, -8, 8, -6};

  private ZoomBench() {}

  static void run() throws Exception {
    Atlas atlas = Atlas.load(Atlas.CURRENT_VERSION);
    AtlasView view = atlas.view(BodyView.POSTERIOR);
    Chart chart = ZoneBench.chart(view, new Random(5));
    onEdt(
        () -> {
          Themes.install(false);
          return null;
        });
    for (boolean labels : new boolean[] {true, false}) {
      ChartCanvas canvas = onEdt(() -> canvas(atlas, view, chart, labels));
      BufferedImage frame = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
      String what = labels ? "labels on" : "labels off";
      for (int warm = 0; warm < 3; warm++) {
        gesture(canvas, frame);
      }
      List<Double> all = new ArrayList<>();
      List<Double> atNotch = new ArrayList<>();
      List<Double> sharpAfterMs = new ArrayList<>();
      for (int round = 0; round < 5; round++) {
        Gesture g = gesture(canvas, frame);
        all.addAll(g.frames);
        atNotch.addAll(g.atNotch);
        sharpAfterMs.add(g.sharpAfterMs);
      }
      System.out.println(
          "zoom: every frame of a wheel zoom ("
              + what
              + ", 30 notches, 2 frames a notch): "
              + describe(all));
      System.out.println("zoom: the frame at each notch (" + what + "): " + describe(atNotch));
      System.out.println(
          "zoom: last notch -> outline sharp again ("
              + what
              + "): "
              + new Stats(unbox(sharpAfterMs)).describe("ms"));
      Stats first = firstFrames(canvas, frame, 60);
      System.out.println(
          "zoom: first frame at a new zoom from a settled picture ("
              + what
              + "): "
              + first.describeWithP95("ms"));
    }
  }

  private record Gesture(List<Double> frames, List<Double> atNotch, double sharpAfterMs) {}

  /** One wheel gesture at the right shoulder, then waiting until the outline is sharp again. */
  private static Gesture gesture(ChartCanvas canvas, BufferedImage frame) throws Exception {
    Point2D anchor = new Point2D.Double(WIDTH * 0.55, HEIGHT * 0.3);
    onEdt(
        () -> {
          canvas.fitToWindow();
          return null;
        });
    settle(canvas, frame);
    List<Double> frames = new ArrayList<>();
    List<Double> atNotch = new ArrayList<>();
    for (int notches : GESTURE) {
      for (int i = 0; i < Math.abs(notches); i++) {
        double factor = notches > 0 ? 1.25 : 1 / 1.25;
        double ms =
            onEdt(
                () -> {
                  canvas.zoomAt(anchor, factor);
                  return paint(canvas, frame);
                });
        frames.add(ms);
        atNotch.add(ms);
        Thread.sleep(NOTCH_MS / 2);
        frames.add(onEdt(() -> paint(canvas, frame)));
        Thread.sleep(NOTCH_MS / 2);
      }
    }
    long end = System.nanoTime();
    settle(canvas, frame);
    return new Gesture(frames, atNotch, (System.nanoTime() - end) / 1e6);
  }

  /** Paints until the outline shown is the sharp one for the current zoom. */
  private static void settle(ChartCanvas canvas, BufferedImage frame) throws Exception {
    while (true) {
      boolean sharp =
          onEdt(
              () -> {
                paint(canvas, frame);
                return canvas.outlineSharp();
              });
      if (sharp) {
        onEdt(() -> paint(canvas, frame));
        return;
      }
      Thread.sleep(2);
    }
  }

  /** The first frame after one zoom step, each from a picture whose layers are all made. */
  private static Stats firstFrames(ChartCanvas canvas, BufferedImage frame, int count)
      throws Exception {
    onEdt(
        () -> {
          canvas.fitToWindow();
          return null;
        });
    Point2D anchor = new Point2D.Double(WIDTH * 0.5, HEIGHT * 0.4);
    double[] ms = new double[count];
    for (int i = -5; i < count; i++) {
      settle(canvas, frame);
      double factor = (i & 1) == 0 ? 1.25 : 1 / 1.25;
      double t =
          onEdt(
              () -> {
                canvas.zoomAt(anchor, factor);
                return paint(canvas, frame);
              });
      if (i >= 0) {
        ms[i] = t;
      }
    }
    settle(canvas, frame);
    return new Stats(ms);
  }

  private static ChartCanvas canvas(Atlas atlas, AtlasView view, Chart chart, boolean labels) {
    ChartCanvas canvas = new ChartCanvas();
    canvas.setSize(WIDTH, HEIGHT);
    canvas.showView(view);
    ChartEditor editor =
        new ChartEditor(
            chart,
            atlas.regions(),
            "Bench",
            (v, p) -> Optional.empty(),
            (v, p) -> Optional.empty());
    editor.setView(BodyView.POSTERIOR);
    canvas.setEditor(editor);
    canvas.setAtlasLookups(
        id -> atlas.muscles().byId(id).map(m -> m.abbreviation()).orElse(id),
        p -> atlas.regions().at(BodyView.POSTERIOR, p).stream().findFirst());
    canvas.setLabelsShown(labels);
    return canvas;
  }

  /** Paints the whole canvas into {@code frame} as the event thread would, in milliseconds. */
  private static double paint(ChartCanvas canvas, BufferedImage frame) {
    Graphics2D g = frame.createGraphics();
    try {
      g.setClip(0, 0, WIDTH, HEIGHT);
      long start = System.nanoTime();
      canvas.paint(g);
      return (System.nanoTime() - start) / 1e6;
    } finally {
      g.dispose();
    }
  }

  private static String describe(List<Double> ms) {
    return new Stats(unbox(ms)).describeWithP95("ms");
  }

  private static double[] unbox(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static <T> T onEdt(Callable<T> work) throws Exception {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Exception> failure = new AtomicReference<>();
    try {
      SwingUtilities.invokeAndWait(
          () -> {
            try {
              result.set(work.call());
            } catch (Exception e) {
              failure.set(e);
            }
          });
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(e.getCause());
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    return result.get();
  }
}
