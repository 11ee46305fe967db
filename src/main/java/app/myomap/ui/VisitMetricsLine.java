package app.myomap.ui;

import app.myomap.atlas.Atlas;
import app.myomap.chart.ChartWords;
import app.myomap.compare.ChartCounts;
import app.myomap.compare.Extent;
import app.myomap.compare.PainExtent;
import app.myomap.compare.VisitExtent;
import app.myomap.compare.WidespreadPainIndex;
import app.myomap.compare.WpiRegions;
import app.myomap.compare.WpiResult;
import app.myomap.edit.ChartEditor;
import app.myomap.model.Chart;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.swing.SwingUtilities;

/**
 * Keeps the open visit's measures in the status bar while it is charted: how much of the body
 * (front and back) its referral zones and symptom areas cover, its Widespread Pain Index score, and
 * its trigger points, with the details in the tooltip, and how many findings carried from the last
 * visit are still to be re-examined. Each completed edit is measured again on a background thread
 * (edits that come while one is measured are measured once, together), so painting never waits for
 * it.
 */
final class VisitMetricsLine {
  private static final Logger LOG = Logger.getLogger(VisitMetricsLine.class.getName());

  /** One thread measures for every visit, one chart at a time. */
  private static final ExecutorService MEASURER =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "visit-metrics");
            thread.setDaemon(true);
            return thread;
          });

  private final MainWindow window;
  private final ChartEditor editor;
  private final Atlas atlas;
  private final Runnable listener = this::changed;
  private final AtomicReference<Chart> pending = new AtomicReference<>();

  /** Used on the measuring thread only. */
  private final PainExtent painExtent = new PainExtent();

  /**
   * Made on the measuring thread the first time it is needed: for a later atlas version it carries
   * v1's areas over, which loads v1's front and back outlines.
   */
  private Optional<WidespreadPainIndex> wpi;

  private volatile boolean detached;
  private Chart shown;

  VisitMetricsLine(MainWindow window, ChartEditor editor, Atlas atlas) {
    this.window = window;
    this.editor = editor;
    this.atlas = atlas;
    editor.addChangeListener(listener);
    changed();
  }

  /** Stops following the visit's editor and clears the measures. */
  void detach() {
    detached = true;
    editor.removeChangeListener(listener);
    window.showMetrics("", null);
  }

  private void changed() {
    Chart chart = editor.chart();
    if (chart == shown) {
      return;
    }
    shown = chart;
    if (pending.getAndSet(chart) == null) {
      MEASURER.execute(this::measure);
    }
  }

  private void measure() {
    Chart chart = pending.getAndSet(null);
    if (chart == null || detached) {
      return;
    }
    try {
      VisitExtent extent = painExtent.measure(chart, atlas);
      if (wpi == null) {
        wpi = WpiRegions.forAtlas(atlas).map(WidespreadPainIndex::new);
      }
      Optional<WpiResult> score = wpi.map(index -> index.score(extent));
      ChartCounts counts = ChartCounts.of(chart);
      String text = words(extent.frontAndBack(), score) + carried(chart);
      String details = details(extent.frontAndBack(), score, counts);
      SwingUtilities.invokeLater(
          () -> {
            if (!detached) {
              window.showMetrics(text, details);
            }
          });
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not measure the chart", e);
    }
  }

  private static String words(Extent extent, Optional<WpiResult> score) {
    String painted = percent(extent.paintedPercent());
    return score
        .map(s -> Messages.format("Metrics.status", painted, s.score()))
        .orElseGet(() -> Messages.format("Metrics.status.noWpi", painted));
  }

  /** What is left of re-examining the findings carried from the last visit, if any were. */
  private static String carried(Chart chart) {
    int awaiting = chart.awaitingReexamination().size();
    int resolved = chart.resolved().size();
    if (awaiting > 0) {
      return Messages.format("Metrics.carried.awaiting", awaiting, resolved);
    }
    return resolved > 0 ? Messages.format("Metrics.carried.resolved", resolved) : "";
  }

  private static String details(Extent extent, Optional<WpiResult> score, ChartCounts counts) {
    String areas =
        score
            .map(
                s ->
                    s.touched().isEmpty()
                        ? Messages.get("Metrics.wpi.none")
                        : s.touched().stream()
                            .map(area -> ChartWords.get("Wpi." + area.name()))
                            .collect(Collectors.joining(", ")))
            .orElse(Messages.get("Metrics.wpi.unavailable"));
    return Messages.format(
        "Metrics.tooltip",
        percent(extent.paintedPercent()),
        percent(extent.referralPercent()),
        percent(extent.symptomPercent()),
        score.map(WpiResult::score).orElse(0),
        areas,
        counts.active(),
        counts.latent(),
        counts.twitchTotal(),
        counts.needled());
  }

  private static String percent(double value) {
    return String.format(Locale.getDefault(Locale.Category.FORMAT), "%.1f", value);
  }
}
