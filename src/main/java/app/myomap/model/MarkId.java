package app.myomap.model;

import java.util.UUID;

/** The identity of a mark, kept across all its versions: a UUID in canonical lower-case text. */
public record MarkId(String value) {

  public MarkId {
    Checks.uuid(value, "Mark id");
  }

  /** A new, random id. */
  public static MarkId random() {
    return new MarkId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
