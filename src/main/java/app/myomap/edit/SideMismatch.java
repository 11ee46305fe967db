package app.myomap.edit;

import app.myomap.model.MarkId;
import app.myomap.model.Side;
import java.util.Objects;

/**
 * A warning that a trigger point is charted on one side while the atlas region under it is on the
 * other.
 */
public record SideMismatch(MarkId markId, Side charted, Side underMark) {

  public SideMismatch {
    Objects.requireNonNull(markId, "markId");
    Objects.requireNonNull(charted, "charted");
    Objects.requireNonNull(underMark, "underMark");
  }
}
