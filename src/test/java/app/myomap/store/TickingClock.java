package app.myomap.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves one second on at each reading, so that each commit has its own time. */
final class TickingClock extends Clock {
  private final Instant start;
  private int readings;

  TickingClock(Instant start) {
    this.start = start;
  }

  /** The time of reading {@code n}, counting from 1. */
  Instant tick(int n) {
    return start.plusSeconds(n);
  }

  @Override
  public Instant instant() {
    readings++;
    return tick(readings);
  }

  @Override
  public ZoneOffset getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("a test clock stays in UTC");
  }
}
