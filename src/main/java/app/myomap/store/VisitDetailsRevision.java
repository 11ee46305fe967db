package app.myomap.store;

import app.myomap.model.VisitDetails;
import java.time.Instant;

/**
 * One recorded version of a visit's details, kept for good when they are later edited.
 *
 * @param version counts the versions of one visit's details from 1
 * @param author who recorded this version
 * @param recordedAt when it was recorded (UTC, to the millisecond), not when the session took place
 */
public record VisitDetailsRevision(
    int version, VisitDetails details, String author, Instant recordedAt) {}
