package app.myomap.store;

import java.time.Instant;

/**
 * One committed edit of a visit's chart, as its history lists it.
 *
 * @param editId the edit's own id, a lower-case UUID
 * @param seq the edit's place in the visit's history, counting from 1
 * @param labelKey the message key naming what the edit did
 * @param author who made the edit
 * @param committedAt when it was committed (UTC, to the millisecond)
 */
public record EditRecord(
    String editId, long seq, String labelKey, String author, Instant committedAt) {}
