package app.myomap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TriggerPointTest {
  private static final MarkId ID = new MarkId("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
  private static final MuscleRef TRAPEZIUS = new MuscleRef("upper-trapezius");

  private static TriggerPoint placed() {
    return TriggerPoint.place(ID, BodyView.POSTERIOR, 260, 160, TRAPEZIUS, Side.RIGHT, "Dr Lee");
  }

  @Test
  void placedPointIsActiveUntestedAndExaminedByThePractitioner() {
    TriggerPoint tp = placed();
    assertThat(tp.kind()).isEqualTo(MarkKind.TRIGGER_POINT);
    assertThat(tp.status()).isEqualTo(TriggerPointStatus.ACTIVE);
    assertThat(tp.criteria()).isEmpty();
    assertThat(tp.pressurePainThreshold()).isEmpty();
    assertThat(tp.needled()).isFalse();
    assertThat(tp.examiner()).isEqualTo("Dr Lee");
    assertThat(tp.note()).isEmpty();
    assertThat(tp.twitch()).isEqualTo(TwitchResponse.notTested());
    assertThat(tp.position().getX()).isEqualTo(260);
    assertThat(tp.position().getY()).isEqualTo(160);
  }

  @Test
  void withersChangeOnlyTheirField() {
    TriggerPoint tp = placed();
    PressurePainThreshold ppt = new PressurePainThreshold(3.5, PressureUnit.KG_PER_CM2);
    TriggerPoint edited =
        tp.withStatus(TriggerPointStatus.LATENT)
            .withCriterion(TriggerPointCriterion.TAUT_BAND, true)
            .withCriterion(TriggerPointCriterion.JUMP_SIGN, true)
            .withCriterion(TriggerPointCriterion.JUMP_SIGN, false)
            .withPressurePainThreshold(Optional.of(ppt))
            .withNeedled(true)
            .withExaminer("  Dr Kim ")
            .withNote("tender on flat palpation")
            .withTwitch(TwitchResponse.present(2))
            .withMuscle(new MuscleRef("supraspinatus"), Side.LEFT)
            .withPosition(261.5, 158.25);
    assertThat(edited)
        .isEqualTo(
            new TriggerPoint(
                ID,
                BodyView.POSTERIOR,
                261.5,
                158.25,
                new MuscleRef("supraspinatus"),
                Side.LEFT,
                TriggerPointStatus.LATENT,
                Set.of(TriggerPointCriterion.TAUT_BAND),
                Optional.of(ppt),
                true,
                "Dr Kim",
                "tender on flat palpation",
                TwitchResponse.present(2)));
    assertThat(tp).isEqualTo(placed());
  }

  @Test
  void criteriaAreCopiedDefensivelyAndReadOnly() {
    Set<TriggerPointCriterion> criteria = new HashSet<>(Set.of(TriggerPointCriterion.RECOGNITION));
    TriggerPoint tp = placed().withCriteria(criteria);
    criteria.add(TriggerPointCriterion.TAUT_BAND);
    assertThat(tp.criteria()).containsExactly(TriggerPointCriterion.RECOGNITION);
    assertThatThrownBy(() -> tp.criteria().add(TriggerPointCriterion.TAUT_BAND))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void criteriaIterateInDeclarationOrder() {
    TriggerPoint tp =
        placed()
            .withCriteria(
                EnumSet.of(TriggerPointCriterion.JUMP_SIGN, TriggerPointCriterion.TAUT_BAND));
    assertThat(tp.criteria())
        .containsExactly(TriggerPointCriterion.TAUT_BAND, TriggerPointCriterion.JUMP_SIGN);
  }

  @Test
  void rejectsEachInvalidField() {
    TriggerPoint tp = placed();
    assertThatThrownBy(() -> tp.withPosition(Double.NaN, 1))
        .hasMessage("Trigger point x must be a finite number, got NaN");
    assertThatThrownBy(() -> tp.withPosition(1, Double.POSITIVE_INFINITY))
        .hasMessage("Trigger point y must be a finite number, got Infinity");
    assertThatThrownBy(() -> tp.withMuscle(null, Side.LEFT))
        .hasMessage("Trigger point muscle must not be null");
    assertThatThrownBy(() -> tp.withMuscle(TRAPEZIUS, null))
        .hasMessage("Trigger point side must not be null");
    assertThatThrownBy(() -> tp.withStatus(null))
        .hasMessage("Trigger point status must not be null");
    assertThatThrownBy(() -> tp.withCriteria(null))
        .hasMessage("Trigger point criteria must not be null");
    assertThatThrownBy(() -> tp.withPressurePainThreshold(null))
        .hasMessage("Trigger point pressure-pain threshold must not be null");
    assertThatThrownBy(() -> tp.withExaminer("   "))
        .hasMessage("Trigger point examiner must not be blank");
    assertThatThrownBy(() -> tp.withExaminer("x".repeat(201)))
        .hasMessage("Trigger point examiner must be at most 200 characters, got 201");
    assertThatThrownBy(() -> tp.withNote("x".repeat(2001)))
        .hasMessage("Trigger point note must be at most 2000 characters, got 2001");
    assertThatThrownBy(() -> tp.withNote(null)).hasMessage("Trigger point note must not be null");
    assertThatThrownBy(() -> tp.withTwitch(null))
        .hasMessage("Trigger point twitch response must not be null");
    assertThatThrownBy(
            () -> TriggerPoint.place(null, BodyView.ANTERIOR, 1, 1, TRAPEZIUS, Side.LEFT, "Dr"))
        .hasMessage("Trigger point id must not be null");
    assertThatThrownBy(() -> TriggerPoint.place(ID, null, 1, 1, TRAPEZIUS, Side.LEFT, "Dr"))
        .hasMessage("Trigger point view must not be null");
  }

  @Test
  void muscleIdsMustBeHyphenatedLowerCaseWords() {
    assertThat(new MuscleRef("gluteus-medius").id()).isEqualTo("gluteus-medius");
    assertThatThrownBy(() -> new MuscleRef("Gluteus Medius"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Muscle id must be lower-case words joined by hyphens, got \"Gluteus Medius\"");
    assertThatThrownBy(() -> new MuscleRef("gluteus-"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MuscleRef(null)).hasMessage("Muscle id must not be null");
  }
}
