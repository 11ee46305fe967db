package app.myomap.edit;

import app.myomap.model.Chart;
import app.myomap.model.MarkId;
import app.myomap.model.ReferralZone;
import java.util.Objects;
import java.util.Optional;

/** Gives a referral zone another owning trigger point, as one undo step. */
public record ChangeZoneOwner(ReferralZone before, ReferralZone after) implements Command {

  public ChangeZoneOwner {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (!before.id().equals(after.id())) {
      throw new IllegalArgumentException("Not one zone: " + before.id() + ", " + after.id());
    }
  }

  /** The step that makes {@code owner} the owner of {@code zone}. */
  public static ChangeZoneOwner of(ReferralZone zone, MarkId owner) {
    return new ChangeZoneOwner(zone, zone.withOwner(Optional.of(owner)));
  }

  @Override
  public Chart apply(Chart chart) {
    return chart.replace(after);
  }

  @Override
  public Chart revert(Chart chart) {
    return chart.replace(before);
  }

  @Override
  public CommandLabel label() {
    return new CommandLabel("command.changeOwner.referralZone", 1);
  }
}
