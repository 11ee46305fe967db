package app.myomap.export;

import app.myomap.chart.ChartWords;
import app.myomap.chart.DifferencePicture;
import app.myomap.compare.PointFate;
import app.myomap.compare.PointMatches;
import app.myomap.session.ComparedVisits;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The legend of a comparison's difference map, in two lines each headed by what it explains: the
 * kinds of painted area, and the fates of trigger points with how many met each, every sample drawn
 * by the difference map's own routine. Entries run on to a further line when the width runs out;
 * across atlas versions, where no map is drawn, the areas' line says so.
 */
final class ComparisonLegend implements ReportSection {
  /** Points between entries, and below the legend. */
  private static final double GAP = 10;

  /** Points between a sample and its words. */
  private static final double SAMPLE_GAP = 7;

  /** Points between the legend's lines. */
  private static final double ROW_GAP = 3;

  private final ReportStyle style;
  private final ComparedVisits compared;
  private final DifferencePicture difference;

  ComparisonLegend(ReportStyle style, ComparedVisits compared, DifferencePicture difference) {
    this.style = style;
    this.compared = compared;
    this.difference = difference;
  }

  /** One entry of the legend: its words and, for trigger points, how many (else null). */
  private record Entry(String words, String count) {}

  @Override
  public void layOut(ReportFlow flow) {
    double sample = difference.sampleSize();
    double line = Math.max(sample, ReportStyle.lineHeight(style.table)) + ROW_GAP;
    String zonesTitle = ChartWords.get("Difference.zones");
    String pointsTitle = ChartWords.get("Difference.points");
    double indent =
        Math.max(
                ReportFonts.width(style.bodyBold, zonesTitle),
                ReportFonts.width(style.bodyBold, pointsTitle))
            + 2 * SAMPLE_GAP;
    List<Entry> zones = new ArrayList<>();
    if (compared.laidOver()) {
      for (DifferencePicture.AreaKind kind : DifferencePicture.AreaKind.values()) {
        zones.add(new Entry(ExportWords.get("Compare.legend." + kind.name()), null));
      }
    }
    PointMatches points = compared.comparison().points();
    List<Entry> fates = new ArrayList<>();
    for (PointFate fate : LEGEND_FATES) {
      fates.add(
          new Entry(
              ExportWords.get("Compare.fate." + fate.name()),
              Integer.toString(points.count(fate))));
    }
    List<List<double[]>> zoneAt = entryPlaces(zones, flow.widthPt() - indent, sample);
    List<List<double[]>> fateAt = entryPlaces(fates, flow.widthPt() - indent, sample);
    int zoneLines = Math.max(1, zoneAt.size());
    double height = (zoneLines + fateAt.size()) * line + GAP;
    String noAreas = ExportWords.get("Compare.legend.noAreas");
    flow.place(
        height,
        (g, w) -> {
          double top = 0;
          legendTitle(g, zonesTitle, top, sample);
          if (zones.isEmpty()) {
            ReportStyle.text(
                g,
                style.table,
                ReportStyle.MUTED,
                noAreas,
                indent,
                top + (sample - ReportStyle.lineHeight(style.table)) / 2);
          }
          int i = 0;
          for (List<double[]> row : zoneAt) {
            for (double[] at : row) {
              DifferencePicture.AreaKind kind = DifferencePicture.AreaKind.values()[i];
              difference.paintAreaSample(g, kind, indent + at[0], top);
              entryWords(g, zones.get(i++), indent + at[0], top, sample);
            }
            top += line;
          }
          top = zoneLines * line;
          legendTitle(g, pointsTitle, top, sample);
          i = 0;
          for (List<double[]> row : fateAt) {
            for (double[] at : row) {
              difference.paintPointSample(g, LEGEND_FATES.get(i), indent + at[0], top);
              entryWords(g, fates.get(i++), indent + at[0], top, sample);
            }
            top += line;
          }
        });
  }

  /** The fates in the legend's order, as the window's legend lists them. */
  private static final List<PointFate> LEGEND_FATES =
      List.of(PointFate.NEW, PointFate.RESOLVED, PointFate.PERSISTING, PointFate.CHANGED);

  /**
   * Where each entry starts, line by line, within {@code width}: each entry is its sample, its
   * words and its count, then a gap.
   */
  private List<List<double[]>> entryPlaces(List<Entry> entries, double width, double sample) {
    List<List<double[]>> lines = new ArrayList<>();
    List<double[]> current = new ArrayList<>();
    double x = 0;
    for (Entry entry : entries) {
      double entryWidth = sample + SAMPLE_GAP + ReportFonts.width(style.table, entry.words());
      if (entry.count() != null) {
        entryWidth += 4 + ReportFonts.width(style.tableBold, entry.count());
      }
      if (x > 0 && x + entryWidth > width) {
        lines.add(current);
        current = new ArrayList<>();
        x = 0;
      }
      current.add(new double[] {x});
      x += entryWidth + 2 * GAP;
    }
    if (!current.isEmpty()) {
      lines.add(current);
    }
    return lines;
  }

  private void legendTitle(Graphics2D g, String text, double top, double sample) {
    ReportStyle.prepare(g);
    ReportStyle.text(
        g,
        style.bodyBold,
        ReportStyle.INK,
        text,
        0,
        top + (sample - ReportStyle.lineHeight(style.bodyBold)) / 2);
  }

  /** An entry's words and count beside its sample, centred on it. */
  private void entryWords(Graphics2D g, Entry entry, double x, double top, double sample) {
    ReportStyle.prepare(g);
    double textTop = top + (sample - ReportStyle.lineHeight(style.table)) / 2;
    double left = x + sample + SAMPLE_GAP;
    ReportStyle.text(g, style.table, ReportStyle.INK, entry.words(), left, textTop);
    if (entry.count() != null) {
      ReportStyle.text(
          g,
          style.tableBold,
          ReportStyle.INK,
          entry.count(),
          left + ReportFonts.width(style.table, entry.words()) + 4,
          textTop);
    }
  }
}
