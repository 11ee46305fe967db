package app.myomap.edit;

import static app.myomap.edit.TestAtlas.INFRASPINATUS_CENTRE;
import static app.myomap.edit.TestAtlas.TRAPEZIUS_ONLY;
import static app.myomap.edit.TestAtlas.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.MarkId;
import app.myomap.model.MarkKind;
import app.myomap.model.PainIntensity;
import app.myomap.model.ReferralKind;
import app.myomap.model.ReferralZone;
import app.myomap.model.ReferredSensation;
import app.myomap.model.SymptomArea;
import app.myomap.model.SymptomConstancy;
import app.myomap.model.SymptomSensation;
import app.myomap.model.TriggerPoint;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Painting referral zones and symptom areas with the brush and with polygons, without a window. */
class ZonePaintingTest {
  private final EditorHarness h = new EditorHarness();
  private final ChartEditor editor = h.editor;
  private final List<Optional<MarkId>> suggestions = new ArrayList<>();

  /** Drags the brush along a straight line in {@code steps} pointer events. */
  private void stroke(Point2D from, Point2D to, int steps, Modifiers modifiers) {
    List<Point2D> path = new ArrayList<>();
    for (int i = 0; i <= steps; i++) {
      double t = i / (double) steps;
      path.add(
          at(
              from.getX() + t * (to.getX() - from.getX()),
              from.getY() + t * (to.getY() - from.getY())));
    }
    h.drag(modifiers, path.toArray(new Point2D[0]));
  }

  private void stroke(Point2D from, Point2D to) {
    stroke(from, to, 20, Modifiers.NONE);
  }

  private ReferralZone onlyZone() {
    assertThat(editor.chart().referralZones()).hasSize(1);
    return editor.chart().referralZones().get(0);
  }

  private TriggerPoint placeAndSelect(Point2D point) {
    TriggerPoint tp = h.place(point);
    assertThat(editor.selection().ids()).containsExactly(tp.id());
    return tp;
  }

  @Test
  void aStrokeOfTheSelectedPointIsOneSmoothZoneOfTheExpectedArea() {
    TriggerPoint tp = placeAndSelect(TRAPEZIUS_ONLY);
    editor.zones().setBrushRadius(5);
    editor
        .zones()
        .setReferralBrush(
            new ReferralBrush(
                ReferralKind.SPILLOVER,
                ReferredSensation.TINGLING,
                Optional.of(PainIntensity.of(6))));
    editor.setTool(ToolKind.REFERRAL_ZONE);
    h.commits.clear();

    stroke(at(100, 300), at(180, 300), 80, Modifiers.NONE);

    ReferralZone zone = onlyZone();
    assertThat(zone.owner()).contains(tp.id());
    assertThat(zone.view()).isEqualTo(BodyView.POSTERIOR);
    assertThat(zone.referralKind()).isEqualTo(ReferralKind.SPILLOVER);
    assertThat(zone.sensation()).isEqualTo(ReferredSensation.TINGLING);
    assertThat(zone.intensity()).contains(PainIntensity.of(6));
    double expected = 2 * 5 * 80 + Math.PI * 25;
    assertThat(zone.shape().area()).isCloseTo(expected, within(expected * 0.01));
    assertThat(zone.shape().ringCount()).isEqualTo(1);
    assertThat(h.commits)
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.upserted()).containsExactly(zone);
              assertThat(change.labelKey()).isEqualTo("command.paint.referralZone");
            });
    assertThat(editor.selection().ids()).containsExactly(tp.id());
    assertThat(editor.zones().liveStroke()).isEmpty();
  }

  @Test
  void paintingOverAZonePaintedTheSameWayExtendsItAndAnotherKindMakesANewZone() {
    placeAndSelect(TRAPEZIUS_ONLY);
    editor.setTool(ToolKind.REFERRAL_ZONE);
    stroke(at(100, 300), at(150, 300));
    ReferralZone first = onlyZone();

    stroke(at(145, 300), at(145, 350));
    ReferralZone extended = onlyZone();
    assertThat(extended.id()).isEqualTo(first.id());
    assertThat(extended.shape().area()).isGreaterThan(first.shape().area() + 200);
    assertThat(extended.shape().contains(at(145, 345))).isTrue();
    assertThat(editor.undoLabel()).contains(new CommandLabel("command.paint.referralZone", 1));

    editor.zones().setReferralBrush(ReferralBrush.DEFAULT.withKind(ReferralKind.SPILLOVER));
    stroke(at(120, 300), at(120, 340));
    assertThat(editor.chart().referralZones()).hasSize(2);
  }

  @Test
  void aStrokeJoiningTwoZonesMergesThemIntoTheFirst() {
    placeAndSelect(TRAPEZIUS_ONLY);
    editor.setTool(ToolKind.REFERRAL_ZONE);
    stroke(at(100, 300), at(120, 300));
    stroke(at(160, 300), at(180, 300));
    assertThat(editor.chart().referralZones()).hasSize(2);
    ReferralZone first = editor.chart().referralZones().get(0);
    Chart before = editor.chart();

    stroke(at(110, 300), at(170, 300));

    ReferralZone merged = onlyZone();
    assertThat(merged.id()).isEqualTo(first.id());
    assertThat(merged.shape().ringCount()).isEqualTo(1);
    editor.undo();
    assertThat(editor.chart()).isEqualTo(before);
  }

  @Test
  void undoAndRedoOfStrokesRestoreIdenticalGeometry() {
    placeAndSelect(TRAPEZIUS_ONLY);
    editor.setTool(ToolKind.REFERRAL_ZONE);
    Chart empty = editor.chart();
    stroke(at(100, 300), at(150, 320));
    Chart one = editor.chart();
    stroke(at(140, 320), at(150, 380));
    Chart two = editor.chart();

    editor.undo();
    assertThat(editor.chart()).isEqualTo(one);
    editor.undo();
    assertThat(editor.chart()).isEqualTo(empty);
    editor.redo();
    assertThat(editor.chart()).isEqualTo(one);
    editor.redo();
    assertThat(editor.chart()).isEqualTo(two);
    assertThat(h.commits.get(h.commits.size() - 1).upserted()).containsExactly(onlyZone());
  }

  @Test
  void withNoPointSelectedNorKeptTheOwnerChooserIsAskedOnReleaseAndCancelDiscardsTheStroke() {
    TriggerPoint tp = placeAndSelect(TRAPEZIUS_ONLY);
    TriggerPoint other = h.place(INFRASPINATUS_CENTRE);
    editor.clearSelection();
    List<List<TriggerPoint>> asked = new ArrayList<>();
    editor
        .zones()
        .setOwnerChooser(
            (view, side, candidates, suggested) -> {
              asked.add(candidates);
              suggestions.add(suggested);
              return Optional.empty();
            });
    editor.setTool(ToolKind.REFERRAL_ZONE);
    h.commits.clear();

    stroke(at(100, 300), at(150, 300));
    assertThat(asked).containsExactly(List.of(tp, other));
    assertThat(editor.chart().referralZones()).isEmpty();
    assertThat(h.commits).isEmpty();
    assertThat(editor.canUndo()).isTrue();
    assertThat(editor.undoLabel()).contains(new CommandLabel("command.add.triggerPoint", 1));

    editor.zones().setOwnerChooser((view, side, candidates, suggested) -> Optional.of(other.id()));
    stroke(at(100, 300), at(150, 300));
    assertThat(onlyZone().owner()).contains(other.id());

    // The chosen owner is kept: a stroke on another view is not asked about again.
    editor
        .zones()
        .setOwnerChooser(
            (view, side, candidates, suggested) -> {
              suggestions.add(suggested);
              return Optional.empty();
            });
    editor.setView(BodyView.HEAD_LEFT);
    stroke(at(50, 50), at(80, 60));
    assertThat(suggestions).containsExactly(Optional.empty());
    assertThat(editor.chart().zonesOf(other.id()))
        .extracting(ReferralZone::view)
        .containsExactly(BodyView.POSTERIOR, BodyView.HEAD_LEFT);
  }

  @Test
  void aSelectedReferralZoneLendsItsOwnerToTheNextStroke() {
    TriggerPoint tp = placeAndSelect(TRAPEZIUS_ONLY);
    editor.setTool(ToolKind.REFERRAL_ZONE);
    stroke(at(100, 300), at(150, 300));
    editor.select(List.of(onlyZone().id()));
    assertThat(editor.zones().selectedOwner()).contains(tp.id());
  }

  @Test
  void symptomAreasArePaintedWithTheirOwnSettingsAndNoOwner() {
    editor
        .zones()
        .setSymptomBrush(
            new SymptomBrush(
                SymptomSensation.PINS_AND_NEEDLES,
                Optional.of(PainIntensity.of(4)),
                SymptomConstancy.INTERMITTENT));
    editor.setTool(ToolKind.SYMPTOM_AREA);
    stroke(at(100, 500), at(140, 520));
    assertThat(editor.chart().symptomAreas())
        .singleElement()
        .satisfies(
            area -> {
              assertThat(area.sensation()).isEqualTo(SymptomSensation.PINS_AND_NEEDLES);
              assertThat(area.intensity()).contains(PainIntensity.of(4));
              assertThat(area.constancy()).isEqualTo(SymptomConstancy.INTERMITTENT);
            });
    assertThat(editor.undoLabel()).contains(new CommandLabel("command.paint.symptomArea", 1));
    editor.zones().setSymptomBrush(SymptomBrush.DEFAULT);
    stroke(at(120, 500), at(120, 540));
    assertThat(editor.chart().symptomAreas()).hasSize(2);
  }

  @Test
  void twoHundredPointerEventsDropNoSegment() {
    placeAndSelect(TRAPEZIUS_ONLY);
    editor.zones().setBrushRadius(2);
    editor.setTool(ToolKind.REFERRAL_ZONE);
    List<Point2D> samples = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      double t = i / 199.0;
      samples.add(at(60 + 200 * t, 400 + 60 * Math.sin(t * 9)));
    }
    editor.press(samples.get(0), Modifiers.NONE);
    for (int i = 1; i < samples.size(); i++) {
      editor.drag(samples.get(i), Modifiers.NONE);
      Point2D a = samples.get(i - 1);
      Point2D b = samples.get(i);
      Point2D middle = at((a.getX() + b.getX()) / 2, (a.getY() + b.getY()) / 2);
      assertThat(editor.zones().liveStroke()).get().matches(s -> s.contains(middle));
      assertThat(editor.zones().liveStrokeChange()).get().matches(r -> r.contains(b));
    }
    editor.release(samples.get(samples.size() - 1), Modifiers.NONE);

    ReferralZone zone = onlyZone();
    for (int i = 1; i < samples.size(); i++) {
      Point2D a = samples.get(i - 1);
      Point2D b = samples.get(i);
      assertThat(zone.shape().contains(at((a.getX() + b.getX()) / 2, (a.getY() + b.getY()) / 2)))
          .as("segment %d", i)
          .isTrue();
    }
  }

  @Test
  void altClicksMakeAPolygonClosedOnTheFirstPoint() {
    placeAndSelect(TRAPEZIUS_ONLY);
    editor.setTool(ToolKind.REFERRAL_ZONE);
    h.commits.clear();
    h.click(at(100, 300), Modifiers.ALT);
    h.click(at(160, 300));
    h.click(at(160, 340), Modifiers.ALT);
    assertThat(editor.zones().polygonDraft())
        .containsExactly(at(100, 300), at(160, 300), at(160, 340));
    assertThat(h.commits).isEmpty();
    h.click(at(100.5, 300.5), Modifiers.ALT);

    ReferralZone zone = onlyZone();
    assertThat(zone.shape().toText()).isEqualTo("M100,300L160,340L160,300Z");
    assertThat(zone.shape().area()).isCloseTo(1200, within(1e-9));
    assertThat(editor.zones().polygonDraft()).isEmpty();
    assertThat(h.commits).hasSize(1);
  }

  @Test
  void aDoubleClickOrEnterClosesThePolygonAndEscapeCancelsIt() {
    editor.setTool(ToolKind.SYMPTOM_AREA);
    h.click(at(100, 500), Modifiers.ALT);
    h.click(at(140, 500), Modifiers.ALT);
    h.click(at(120, 540), Modifiers.ALT);
    h.click(at(120, 540), Modifiers.ALT);
    assertThat(editor.chart().symptomAreas()).hasSize(1);

    h.click(at(200, 500), Modifiers.ALT);
    h.click(at(240, 500), Modifiers.ALT);
    assertThat(editor.cancel()).isTrue();
    assertThat(editor.zones().polygonDraft()).isEmpty();
    assertThat(editor.chart().symptomAreas()).hasSize(1);

    h.click(at(200, 500), Modifiers.ALT);
    h.click(at(240, 500), Modifiers.ALT);
    assertThat(editor.zones().finishPolygon()).isFalse();
    h.click(at(200, 500), Modifiers.ALT);
    h.click(at(240, 500), Modifiers.ALT);
    h.click(at(220, 530), Modifiers.ALT);
    assertThat(editor.zones().finishPolygon()).isTrue();
    assertThat(editor.chart().symptomAreas()).hasSize(2);
  }

  @Test
  void switchingToolOrViewAbandonsAStrokeInProgress() {
    editor.setTool(ToolKind.SYMPTOM_AREA);
    editor.press(at(100, 500), Modifiers.NONE);
    editor.drag(at(130, 500), Modifiers.NONE);
    assertThat(editor.zones().liveStroke()).isPresent();
    editor.setTool(ToolKind.SELECT);
    assertThat(editor.zones().liveStroke()).isEmpty();
    editor.release(at(130, 500), Modifiers.NONE);
    assertThat(editor.chart().symptomAreas()).isEmpty();
  }

  @Test
  void theBrushRadiusIsClampedToItsRange() {
    editor.zones().setBrushRadius(0.01);
    assertThat(editor.zones().brushRadius()).isEqualTo(ZonePainter.MIN_BRUSH_RADIUS);
    editor.zones().setBrushRadius(1000);
    assertThat(editor.zones().brushRadius()).isEqualTo(ZonePainter.MAX_BRUSH_RADIUS);
    editor.zones().setBrushRadius(12.5);
    assertThat(editor.zones().brushRadius()).isEqualTo(12.5);
  }

  @Test
  void aZoneIsSelectedByClickingInsideItAndMovedWhole() {
    editor.setTool(ToolKind.SYMPTOM_AREA);
    stroke(at(100, 500), at(160, 500));
    SymptomArea area = editor.chart().symptomAreas().get(0);
    editor.setTool(ToolKind.SELECT);
    h.click(at(150, 502));
    assertThat(editor.selection().ids()).containsExactly(area.id());

    h.drag(Modifiers.NONE, at(150, 502), at(160, 510), at(170, 522.5));
    SymptomArea moved = editor.chart().symptomAreas().get(0);
    assertThat(moved.shape()).isEqualTo(area.shape().translated(20, 20.5));
    editor.undo();
    assertThat(editor.chart().symptomAreas()).containsExactly(area);
  }

  @Test
  void hiddenLayersAreNotHit() {
    editor.setTool(ToolKind.SYMPTOM_AREA);
    stroke(at(100, 500), at(160, 500));
    editor.setTool(ToolKind.SELECT);
    editor.setHiddenKinds(java.util.Set.of(MarkKind.SYMPTOM_AREA));
    h.click(at(150, 500));
    assertThat(editor.selection().isEmpty()).isTrue();
    editor.setHiddenKinds(java.util.Set.of());
    h.click(at(150, 500));
    assertThat(editor.selection().size()).isEqualTo(1);
    editor.setHiddenKinds(java.util.Set.of(MarkKind.SYMPTOM_AREA));
    assertThat(editor.selection().isEmpty()).isTrue();
  }
}
