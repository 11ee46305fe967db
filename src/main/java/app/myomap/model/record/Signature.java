package app.myomap.model.record;

import java.time.Instant;
import java.util.Objects;

/**
 * A signature of a visit ({@code n} = 0) or of its {@code n}-th addendum: who signed, when, and the
 * SHA-256 of the visit's content as signed, whose first 12 characters reports show.
 *
 * @param editSeq the chart's edit the signature covers
 * @param recordSeq the record's write the signature covers
 */
public record Signature(
    String visitId,
    int n,
    Instant signedAt,
    String author,
    long editSeq,
    long recordSeq,
    String contentHash) {
  public Signature {
    Objects.requireNonNull(visitId, "visitId");
    Objects.requireNonNull(signedAt, "signedAt");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(contentHash, "contentHash");
    if (n < 0) {
      throw new IllegalArgumentException("Signatures count from 0, got " + n);
    }
  }

  /** Whether this signs an addendum rather than the visit. */
  public boolean signsAddendum() {
    return n > 0;
  }

  /** The hash as reports show it. */
  public String shortHash() {
    return contentHash.substring(0, Math.min(12, contentHash.length()));
  }
}
