package app.myomap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ChartChangeTest {
  private static final MuscleRef SOLEUS = new MuscleRef("soleus");

  private static TriggerPoint tp(double x) {
    return TriggerPoint.place(
        MarkId.random(), BodyView.POSTERIOR, x, 700, SOLEUS, Side.RIGHT, "Dr");
  }

  @Test
  void upsertsNewAndChangedMarksAndDeletesMissingOnes() {
    TriggerPoint kept = tp(1);
    TriggerPoint changed = tp(2);
    TriggerPoint removed = tp(3);
    TriggerPoint added = tp(4);
    TriggerPoint changedAfter = changed.withStatus(TriggerPointStatus.LATENT);
    Chart before = Chart.of(kept, changed, removed);
    Chart after = Chart.of(kept, changedAfter, added);

    ChartChange change = ChartChange.between(before, after, "command.edit.triggerPoint");

    assertThat(change.upserted()).containsExactly(changedAfter, added);
    assertThat(change.deleted()).containsExactly(removed.id());
    assertThat(change.labelKey()).isEqualTo("command.edit.triggerPoint");
    assertThat(change.isEmpty()).isFalse();
  }

  @Test
  void identicalChartsGiveAnEmptyChange() {
    Chart chart = Chart.of(tp(1), tp(2));
    assertThat(ChartChange.between(chart, chart, "command.move.triggerPoint").isEmpty()).isTrue();
  }

  @Test
  void rejectsAMarkBothUpsertedAndDeleted() {
    TriggerPoint a = tp(1);
    assertThatThrownBy(() -> new ChartChange(Set.of(a), Set.of(a.id()), "k"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Mark " + a.id() + " is both upserted and deleted");
    assertThatThrownBy(() -> new ChartChange(Set.of(), Set.of(), " "))
        .hasMessage("Change label key must not be blank");
  }
}
