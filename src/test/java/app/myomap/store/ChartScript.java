package app.myomap.store;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.ChartChange;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
import app.myomap.model.NotePin;
import app.myomap.model.PressurePainThreshold;
import app.myomap.model.PressureUnit;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointCriterion;
import app.myomap.model.TriggerPointStatus;
import app.myomap.model.TwitchDetection;
import app.myomap.model.TwitchResponse;
import app.myomap.model.TwitchStrength;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A deterministic charting session: edit {@code seq} of a seed is always the same change of the
 * same chart, so a process that charted and was killed can be checked by replaying the script.
 * Edits add, move, re-examine, delete and restore marks, with every field varied.
 */
final class ChartScript {
  private static final List<String> MUSCLES =
      List.of("upper-trapezius", "levator-scapulae", "infraspinatus", "gluteus-medius");
  private static final List<String> NOTES =
      List.of("", "Tight band; \"jump\" sign", "Schmerz über Ansatz – ü", "痛み 🙂", "it's 'sharp'");
  private static final int CROWDED = 40;

  private final long seed;

  ChartScript(long seed) {
    this.seed = seed;
  }

  /** Edit {@code seq} (counting from 1) of the session, made to the chart {@code before} holds. */
  ChartChange change(long seq, ChartReplay before) {
    Random random = new Random(seed * 1_000_003L + seq);
    Chart chart = before.chart();
    List<Mark> deleted = before.deleted();
    int roll = random.nextInt(10);
    if (chart.isEmpty() || (roll < 3 && chart.size() < CROWDED)) {
      Set<Mark> added = new LinkedHashSet<>();
      for (int i = 1 + random.nextInt(3); i > 0; i--) {
        added.add(randomMark(random));
      }
      return new ChartChange(added, Set.of(), "edit.addMarks");
    }
    Mark target = chart.marks().get(random.nextInt(chart.size()));
    if (roll < 5) {
      Mark moved = target.withPosition(target.x() + coordinate(random) / 10, coordinate(random));
      return new ChartChange(Set.of(moved), Set.of(), "edit.moveMarks");
    }
    if (roll < 7) {
      Mark changed =
          target instanceof NotePin pin
              ? pin.withText("Note " + seq)
              : reexamine((TriggerPoint) target, random);
      return new ChartChange(
          Set.of(
              changed.equals(target) ? changed.withPosition(target.x() + 1, target.y()) : changed),
          Set.of(),
          "edit.changeMark");
    }
    if (roll < 9 || deleted.isEmpty()) {
      return new ChartChange(Set.of(), Set.of(target.id()), "edit.removeMarks");
    }
    Mark restored = deleted.get(random.nextInt(deleted.size()));
    return new ChartChange(Set.of(restored), Set.of(), "edit.undo");
  }

  /** A mark with a fresh id and every field drawn at random. */
  static Mark randomMark(Random random) {
    MarkId id = new MarkId(new UUID(random.nextLong(), random.nextLong()).toString());
    BodyView view = BodyView.values()[random.nextInt(BodyView.values().length)];
    if (random.nextInt(4) == 0) {
      return new NotePin(
          id, view, coordinate(random), coordinate(random), "Pin " + random.nextInt());
    }
    TriggerPoint placed =
        TriggerPoint.place(
            id,
            view,
            coordinate(random),
            coordinate(random),
            new MuscleRef(MUSCLES.get(random.nextInt(MUSCLES.size()))),
            random.nextBoolean() ? Side.LEFT : Side.RIGHT,
            "Dr Ärztin " + random.nextInt(3));
    return reexamine(placed, random);
  }

  private static TriggerPoint reexamine(TriggerPoint point, Random random) {
    Set<TriggerPointCriterion> criteria = EnumSet.noneOf(TriggerPointCriterion.class);
    for (TriggerPointCriterion criterion : TriggerPointCriterion.values()) {
      if (random.nextBoolean()) {
        criteria.add(criterion);
      }
    }
    Optional<PressurePainThreshold> threshold =
        switch (random.nextInt(3)) {
          case 0 -> Optional.empty();
          case 1 -> Optional.of(new PressurePainThreshold(0.5 + random.nextDouble() * 19, unit(0)));
          default ->
              Optional.of(new PressurePainThreshold(1 + random.nextDouble() * 1999, unit(1)));
        };
    return point
        .withStatus(random.nextBoolean() ? TriggerPointStatus.ACTIVE : TriggerPointStatus.LATENT)
        .withCriteria(criteria)
        .withPressurePainThreshold(threshold)
        .withNeedled(random.nextBoolean())
        .withNote(NOTES.get(random.nextInt(NOTES.size())))
        .withTwitch(twitch(random));
  }

  private static TwitchResponse twitch(Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> TwitchResponse.notTested();
      case 1 -> TwitchResponse.absent();
      default -> {
        Set<TwitchDetection> ways = EnumSet.noneOf(TwitchDetection.class);
        for (TwitchDetection way : TwitchDetection.values()) {
          if (random.nextBoolean()) {
            ways.add(way);
          }
        }
        TwitchResponse present =
            TwitchResponse.present(random.nextInt(TwitchResponse.MAX_COUNT + 1))
                .withDetectedBy(ways);
        TwitchStrength[] strengths = TwitchStrength.values();
        int strength = random.nextInt(strengths.length + 1);
        yield strength == strengths.length ? present : present.withStrength(strengths[strength]);
      }
    };
  }

  private static PressureUnit unit(int index) {
    return index == 0 ? PressureUnit.KG_PER_CM2 : PressureUnit.KPA;
  }

  /** A coordinate with all the bits of a double in use, so that rounding would show. */
  private static double coordinate(Random random) {
    return random.nextDouble() * 800 - 50;
  }
}
