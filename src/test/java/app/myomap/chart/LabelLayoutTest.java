package app.myomap.chart;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.MarkId;
import app.myomap.model.MarkKind;
import app.myomap.model.MuscleRef;
import app.myomap.model.Side;
import app.myomap.model.SymptomArea;
import app.myomap.model.SymptomConstancy;
import app.myomap.model.SymptomSensation;
import app.myomap.model.TriggerPoint;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabelLayoutTest {
  private static final BodyView VIEW = BodyView.POSTERIOR;
  private static final Rectangle2D VIEW_BOX = new Rectangle2D.Double(0, 0, 200, 200);
  private final MarkStyle style = MarkStyle.screen();

  private static TriggerPoint point(String muscle, double x, double y) {
    return TriggerPoint.place(
        MarkId.random(), VIEW, x, y, new MuscleRef(muscle), Side.RIGHT, "Examiner");
  }

  private static MarkAppearance labelled() {
    return new MarkAppearance(
            Set.of(), null, true, id -> id.equals("upper-trapezius") ? "UT" : "LS", Set.of())
        .withLabels(zone -> "Burning", VIEW_BOX);
  }

  @Test
  void twoClosePointsGetTheirOwnMuscleLabelsApart() {
    TriggerPoint trapezius = point("upper-trapezius", 100, 100);
    TriggerPoint levator = point("levator-scapulae", 104, 96);
    LabelLayout layout = LabelLayout.of(Chart.of(trapezius, levator), VIEW, 1, labelled(), style);
    LabelLayout.Label a = layout.of(trapezius.id()).orElseThrow();
    LabelLayout.Label b = layout.of(levator.id()).orElseThrow();
    assertThat(a.text()).isEqualTo("UT R");
    assertThat(b.text()).isEqualTo("LS R");
    assertThat(a.box().intersects(b.box())).isFalse();
  }

  @Test
  void boxesScaleWithTheZoomAndStayInsideTheView() {
    TriggerPoint tp = point("upper-trapezius", 195, 100);
    LabelLayout layout = LabelLayout.of(Chart.of(tp), VIEW, 2, labelled(), style);
    Rectangle2D box = layout.of(tp.id()).orElseThrow().box();
    assertThat(new Rectangle2D.Double(0, 0, 400, 400).contains(box)).isTrue();
    assertThat(box.getMaxX()).isLessThan(390);
  }

  @Test
  void aZoneIsLabelledWithItsSensationAtItsAnchorWhenItIsLargeEnough() {
    SymptomArea area = area(new Rectangle2D.Double(40, 40, 80, 60));
    SymptomArea tiny = area(new Rectangle2D.Double(150, 150, 6, 6));
    LabelLayout layout = LabelLayout.of(Chart.of(area, tiny), VIEW, 1, labelled(), style);
    LabelLayout.Label label = layout.of(area.id()).orElseThrow();
    assertThat(label.text()).isEqualTo("Burning");
    assertThat(label.box().contains(area.shape().anchor())).isTrue();
    assertThat(layout.of(tiny.id())).isEmpty();
  }

  @Test
  void aHiddenLayerHasNoLabels() {
    TriggerPoint tp = point("upper-trapezius", 100, 100);
    MarkAppearance look = labelled().withHidden(Set.of(MarkKind.TRIGGER_POINT));
    assertThat(LabelLayout.of(Chart.of(tp), VIEW, 1, look, style).labels()).isEmpty();
  }

  @Test
  void theRendererDrawsTheLabelsOnlyWhenLabelsAreOn() {
    TriggerPoint tp = point("upper-trapezius", 60, 100);
    ChartRenderer renderer = new ChartRenderer(style);
    Rectangle2D box =
        renderer
            .labelLayout(Chart.of(tp), VIEW, new ViewTransform(1, 0, 0), labelled())
            .labels()
            .get(0)
            .box();
    MarkAppearance off =
        new MarkAppearance(Set.of(), null, false, labelled().abbreviation(), Set.of());
    assertThat(inkIn(renderer, tp, labelled(), box)).isGreaterThan(10);
    assertThat(inkIn(renderer, tp, off, box)).isZero();
  }

  private static SymptomArea area(Rectangle2D r) {
    return new SymptomArea(
        MarkId.random(),
        VIEW,
        app.myomap.model.ZoneShape.of(r).orElseThrow(),
        SymptomSensation.BURNING,
        Optional.empty(),
        SymptomConstancy.CONSTANT);
  }

  private static int inkIn(
      ChartRenderer renderer, TriggerPoint tp, MarkAppearance look, Rectangle2D box) {
    BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    renderer.paint(g, Chart.of(tp), VIEW, new ViewTransform(1, 0, 0), look);
    g.dispose();
    int dark = 0;
    for (int y = (int) box.getMinY(); y < box.getMaxY(); y++) {
      for (int x = (int) box.getMinX(); x < box.getMaxX(); x++) {
        Color c = new Color(image.getRGB(x, y), true);
        if (c.getAlpha() > 200 && c.getRed() + c.getGreen() + c.getBlue() < 200) {
          dark++;
        }
      }
    }
    return dark;
  }
}
