package app.myomap.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.junit.jupiter.api.Test;

class ViewTransformTest {
  private static final Rectangle2D BODY = new Rectangle2D.Double(0, 0, 400, 880);

  @Test
  void fitCentresTheWholeOutlineInsideTheMargins() {
    ViewTransform t = ViewTransform.fit(BODY, 1000, 900, 10);
    assertThat(t.scale()).isCloseTo(880.0 / 880, within(1e-9));
    Point2D top = t.toScreen(new Point2D.Double(200, 0));
    Point2D bottom = t.toScreen(new Point2D.Double(200, 880));
    assertThat(top.getX()).isCloseTo(500, within(1e-9));
    assertThat(top.getY()).isCloseTo(10, within(1e-9));
    assertThat(bottom.getY()).isCloseTo(890, within(1e-9));
  }

  @Test
  void screenAndOutlineCoordinatesRoundTrip() {
    ViewTransform t = new ViewTransform(2.5, 31, -17);
    Point2D p = new Point2D.Double(123.4, 567.8);
    Point2D back = t.toOutline(t.toScreen(p));
    assertThat(back.getX()).isCloseTo(p.getX(), within(1e-9));
    assertThat(back.getY()).isCloseTo(p.getY(), within(1e-9));
    Point2D viaAffine = t.inverse().transform(t.toScreenTransform().transform(p, null), null);
    assertThat(viaAffine.distance(p)).isLessThan(1e-9);
  }

  @Test
  void zoomKeepsThePointUnderThePointerInPlace() {
    ViewTransform t = new ViewTransform(1, 50, 20);
    Point2D pointer = new Point2D.Double(300, 400);
    Point2D under = t.toOutline(pointer);
    ViewTransform zoomed = t.zoomAt(pointer, 2);
    assertThat(zoomed.scale()).isEqualTo(2);
    assertThat(zoomed.toScreen(under).distance(pointer)).isLessThan(1e-9);
  }

  @Test
  void zoomStaysWithin25And800Percent() {
    ViewTransform t = new ViewTransform(1, 0, 0);
    assertThat(t.zoomAt(new Point2D.Double(), 100).zoomPercent()).isEqualTo(800);
    assertThat(t.zoomAt(new Point2D.Double(), 0.001).zoomPercent()).isEqualTo(25);
    assertThat(ViewTransform.fit(BODY, 20, 20, 0).zoomPercent()).isEqualTo(25);
  }

  @Test
  void visibleOutlineIsTheComponentSeenThroughTheInverse() {
    ViewTransform t = new ViewTransform(2, -100, -40);
    Rectangle2D visible = t.visibleOutline(800, 600);
    assertThat(visible.getX()).isEqualTo(50);
    assertThat(visible.getY()).isEqualTo(20);
    assertThat(visible.getWidth()).isEqualTo(400);
    assertThat(visible.getHeight()).isEqualTo(300);
  }

  @Test
  void panMovesByPixels() {
    ViewTransform t = new ViewTransform(3, 0, 0).panBy(12, -7);
    assertThat(t.offsetX()).isEqualTo(12);
    assertThat(t.offsetY()).isEqualTo(-7);
  }

  @Test
  void rejectsNonsense() {
    assertThatThrownBy(() -> new ViewTransform(0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ViewTransform(Double.NaN, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ViewTransform(1, Double.NaN, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
