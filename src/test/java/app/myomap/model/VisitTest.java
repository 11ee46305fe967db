package app.myomap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class VisitTest {
  private static final String ID = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";
  private static final String PATIENT = "0b6f7e2c-3a8d-4f19-9c55-2d7e8a1b4c60";
  private static final Instant START = Instant.parse("2025-03-04T01:30:00.123456Z");

  @Test
  void keepsTheStartToTheMillisecond() {
    Visit visit = new Visit(ID, PATIENT, START, "v1", " Dr Lee ");
    assertThat(visit.startedAt()).isEqualTo(Instant.parse("2025-03-04T01:30:00.123Z"));
    assertThat(visit.practitioner()).isEqualTo("Dr Lee");
    assertThat(visit.atlasVersion()).isEqualTo("v1");
  }

  @Test
  void startUsesTheClock() {
    Visit visit = Visit.start(PATIENT, "v2", "Dr Lee", Clock.fixed(START, ZoneOffset.UTC));
    assertThat(visit.startedAt()).isEqualTo(Instant.parse("2025-03-04T01:30:00.123Z"));
    assertThat(visit.patientId()).isEqualTo(PATIENT);
    assertThat(visit.id()).hasSize(36).isNotEqualTo(PATIENT);
  }

  @Test
  void toleratesASmallClockSkewButNotMore() {
    Instant slightlyAhead = Instant.now().plus(Duration.ofMinutes(1));
    assertThat(new Visit(ID, PATIENT, slightlyAhead, "v1", "Dr").startedAt()).isNotNull();
    Instant farAhead = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);
    assertThatThrownBy(() -> new Visit(ID, PATIENT, farAhead, "v1", "Dr"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Visit start time must not be in the future, got " + farAhead);
  }

  @Test
  void rejectsEachInvalidField() {
    assertThatThrownBy(() -> new Visit("x", PATIENT, START, "v1", "Dr"))
        .hasMessage("Visit id must be a lower-case UUID, got \"x\"");
    assertThatThrownBy(() -> new Visit(ID, "", START, "v1", "Dr"))
        .hasMessage("Visit patient id must be a lower-case UUID, got \"\"");
    assertThatThrownBy(() -> new Visit(ID, PATIENT, null, "v1", "Dr"))
        .hasMessage("Visit start time must not be null");
    assertThatThrownBy(
            () -> new Visit(ID, PATIENT, Instant.parse("1899-12-31T23:59:59Z"), "v1", "Dr"))
        .hasMessage(
            "Visit start time must not be before 1900-01-01T00:00:00Z, got 1899-12-31T23:59:59Z");
    assertThatThrownBy(() -> new Visit(ID, PATIENT, START, "1", "Dr"))
        .hasMessage("Visit atlas version must look like \"v1\", got \"1\"");
    assertThatThrownBy(() -> new Visit(ID, PATIENT, START, "v0", "Dr"))
        .hasMessage("Visit atlas version must look like \"v1\", got \"v0\"");
    assertThatThrownBy(() -> new Visit(ID, PATIENT, START, null, "Dr"))
        .hasMessage("Visit atlas version must not be null");
    assertThatThrownBy(() -> new Visit(ID, PATIENT, START, "v1", "  "))
        .hasMessage("Visit practitioner must not be blank");
  }
}
