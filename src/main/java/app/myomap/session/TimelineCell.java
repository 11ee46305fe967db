package app.myomap.session;

import app.myomap.model.MarkId;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointStatus;
import app.myomap.model.TwitchPresence;
import java.util.Objects;
import java.util.Optional;

/**
 * One point of the trigger-point timeline at one visit.
 *
 * @param mark the point's mark at this visit, so the visit can be opened at it; empty when the
 *     point was not charted at this visit (resolved or absent)
 * @param twitch the local twitch response recorded at this visit ({@code NOT_TESTED} when absent)
 * @param twitchCount the twitch responses counted, 0 when none were counted
 * @param needled whether the point was needled at this visit
 */
public record TimelineCell(
    TimelineState state,
    Optional<MarkId> mark,
    TwitchPresence twitch,
    int twitchCount,
    boolean needled) {

  /** Not charted and not resolved at this visit. */
  public static final TimelineCell ABSENT =
      new TimelineCell(TimelineState.ABSENT, Optional.empty(), TwitchPresence.NOT_TESTED, 0, false);

  /** Charted at the visit before, not at this one. */
  public static final TimelineCell RESOLVED =
      new TimelineCell(
          TimelineState.RESOLVED, Optional.empty(), TwitchPresence.NOT_TESTED, 0, false);

  public TimelineCell {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(mark, "mark");
    Objects.requireNonNull(twitch, "twitch");
    if (state.present() != mark.isPresent()) {
      throw new IllegalArgumentException("A cell has a mark exactly when the point is charted");
    }
  }

  /** The cell of a point charted at a visit. */
  public static TimelineCell of(TriggerPoint point) {
    return new TimelineCell(
        point.status() == TriggerPointStatus.ACTIVE ? TimelineState.ACTIVE : TimelineState.LATENT,
        Optional.of(point.id()),
        point.twitch().presence(),
        point.twitch().count(),
        point.needled());
  }
}
