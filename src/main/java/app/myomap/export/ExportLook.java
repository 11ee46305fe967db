package app.myomap.export;

import app.myomap.atlas.Atlas;
import app.myomap.atlas.AtlasView;
import app.myomap.chart.ChartWords;
import app.myomap.chart.MarkAppearance;
import app.myomap.chart.MuscleWords;
import java.util.Set;

/**
 * How marks look in every export and print: as on the screen with View › Labels on, nothing
 * selected or hovered, every trigger point labelled with its muscle's abbreviation and side, and
 * every zone with its sensation, kept inside the view's drawing.
 */
public final class ExportLook {
  private ExportLook() {}

  /** The appearance of marks on {@code view} of {@code atlas}. */
  public static MarkAppearance of(Atlas atlas, AtlasView view) {
    return new MarkAppearance(Set.of(), null, true, MuscleWords.abbreviations(atlas.muscles()))
        .withLabels(ChartWords::zoneLabel, view.viewBox());
  }
}
