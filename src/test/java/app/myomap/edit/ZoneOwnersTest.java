package app.myomap.edit;

import static app.myomap.edit.TestAtlas.TRAPEZIUS;
import static app.myomap.edit.TestAtlas.tp;
import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.MarkId;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import org.junit.jupiter.api.Test;

class ZoneOwnersTest {
  private final ZoneOwners owners = new ZoneOwners();
  private final TriggerPoint point = tp(BodyView.POSTERIOR, 260, 150, TRAPEZIUS, Side.RIGHT);
  private final Chart chart = Chart.of(point);

  @Test
  void nothingIsKeptAtFirst() {
    assertThat(owners.kept(chart)).isEmpty();
  }

  @Test
  void theKeptOwnerStaysUntilAnotherIsKeptOrItIsForgotten() {
    TriggerPoint other = tp(BodyView.POSTERIOR, 140, 150, TRAPEZIUS, Side.LEFT);
    Chart both = Chart.of(point, other);
    owners.keep(point.id());
    assertThat(owners.kept(both)).contains(point.id());
    owners.keep(other.id());
    assertThat(owners.kept(both)).contains(other.id());
    owners.forget();
    assertThat(owners.kept(both)).isEmpty();
  }

  @Test
  void aKeptOwnerNoLongerOnTheChartIsNotOffered() {
    owners.keep(point.id());
    assertThat(owners.kept(Chart.empty())).isEmpty();
    owners.keep(MarkId.random());
    assertThat(owners.kept(chart)).isEmpty();
  }
}
