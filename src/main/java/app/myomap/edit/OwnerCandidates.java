package app.myomap.edit;

import app.myomap.atlas.Landmarks;
import app.myomap.atlas.MuscleRegion;
import app.myomap.atlas.RegionLookup;
import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The trigger points a referral zone may belong to, in the order the owner chooser lists them: the
 * points on the side the zone was painted on first, then the rest, each in chart order, numbered as
 * on the chart and placed in words so two points of one muscle can be told apart.
 */
public final class OwnerCandidates {
  private final RegionLookup regions;
  private final Landmarks landmarks;

  public OwnerCandidates(RegionLookup regions, Landmarks landmarks) {
    this.regions = Objects.requireNonNull(regions, "regions");
    this.landmarks = Objects.requireNonNull(landmarks, "landmarks");
  }

  /**
   * Every trigger point of a chart as a candidate, those on {@code side} first.
   *
   * @param points the chart's trigger points, in chart order
   * @param side the side the zone lies on; empty keeps chart order
   */
  public List<OwnerCandidate> of(List<TriggerPoint> points, Optional<Side> side) {
    List<OwnerCandidate> sameSide = new ArrayList<>();
    List<OwnerCandidate> others = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      TriggerPoint point = points.get(i);
      OwnerCandidate candidate =
          new OwnerCandidate(i + 1, point, OwnerPlace.of(point, regions, landmarks));
      (side.isEmpty() || side.get() == point.side() ? sameSide : others).add(candidate);
    }
    sameSide.addAll(others);
    return sameSide;
  }

  /** The candidate of one trigger point of the chart, numbered as on the chart. */
  public Optional<OwnerCandidate> of(Chart chart, TriggerPoint point) {
    List<TriggerPoint> points = chart.triggerPoints();
    for (int i = 0; i < points.size(); i++) {
      if (points.get(i).id().equals(point.id())) {
        return Optional.of(
            new OwnerCandidate(
                i + 1, points.get(i), OwnerPlace.of(points.get(i), regions, landmarks)));
      }
    }
    return Optional.empty();
  }

  /**
   * The side a zone at {@code point} of {@code view} lies on: a lateral or head view shows one
   * side; on the front, back, hand and foot views, the side of the muscle region under the point,
   * if any.
   */
  public static Optional<Side> sideAt(BodyView view, Point2D point, RegionLookup regions) {
    return switch (view) {
      case LATERAL_LEFT, HEAD_LEFT -> Optional.of(Side.LEFT);
      case LATERAL_RIGHT, HEAD_RIGHT -> Optional.of(Side.RIGHT);
      case ANTERIOR, POSTERIOR, HAND, FOOT ->
          regions.at(view, point).stream().findFirst().map(MuscleRegion::side);
    };
  }

  /**
   * One trigger point offered as an owner.
   *
   * @param number the point's number on the chart, from 1 in chart order
   */
  public record OwnerCandidate(int number, TriggerPoint point, OwnerPlace place) {}
}
