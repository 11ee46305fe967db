package app.myomap.compare;

import app.myomap.model.Side;
import java.util.Optional;

/**
 * The 19 areas of the Widespread Pain Index (2010/2011 fibromyalgia criteria); sides are the
 * patient's own.
 */
public enum WpiArea {
  JAW_RIGHT("jaw.R"),
  JAW_LEFT("jaw.L"),
  SHOULDER_GIRDLE_RIGHT("shoulder-girdle.R"),
  SHOULDER_GIRDLE_LEFT("shoulder-girdle.L"),
  UPPER_ARM_RIGHT("upper-arm.R"),
  UPPER_ARM_LEFT("upper-arm.L"),
  LOWER_ARM_RIGHT("lower-arm.R"),
  LOWER_ARM_LEFT("lower-arm.L"),
  HIP_RIGHT("hip.R"),
  HIP_LEFT("hip.L"),
  UPPER_LEG_RIGHT("upper-leg.R"),
  UPPER_LEG_LEFT("upper-leg.L"),
  LOWER_LEG_RIGHT("lower-leg.R"),
  LOWER_LEG_LEFT("lower-leg.L"),
  CHEST("chest"),
  ABDOMEN("abdomen"),
  UPPER_BACK("upper-back"),
  LOWER_BACK("lower-back"),
  NECK("neck");

  private final String id;

  WpiArea(String id) {
    this.id = id;
  }

  /** The id in region-set files: a name, with ".R" or ".L" for a sided area. */
  public String id() {
    return id;
  }

  /** The patient's side of a sided area; empty for chest, abdomen, backs and neck. */
  public Optional<Side> side() {
    int dot = id.indexOf('.');
    return dot < 0 ? Optional.empty() : Optional.of(Side.ofCode(id.substring(dot + 1)));
  }

  /**
   * The area with this id.
   *
   * @throws IllegalArgumentException if there is none
   */
  public static WpiArea ofId(String id) {
    for (WpiArea area : values()) {
      if (area.id.equals(id)) {
        return area;
      }
    }
    throw new IllegalArgumentException("Unknown Widespread Pain Index area: " + id);
  }
}
