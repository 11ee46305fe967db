package app.myomap.edit;

import static app.myomap.edit.TestAtlas.INFRASPINATUS_CENTRE;
import static app.myomap.edit.TestAtlas.TRAPEZIUS_ONLY;
import static app.myomap.edit.TestAtlas.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.myomap.model.MarkId;
import app.myomap.model.ReferralZone;
import app.myomap.model.SymptomArea;
import app.myomap.model.TriggerPoint;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A click with a zone tool is one round dab of the brush at the press point: it paints with the
 * kept owner without asking, and the eraser erases a dab the same way.
 */
class ZoneDabTest {
  private static final double RADIUS = 5;

  private final EditorHarness h = new EditorHarness();
  private final ChartEditor editor = h.editor;
  private final List<Optional<MarkId>> asked = new ArrayList<>();
  private MarkId answer;

  ZoneDabTest() {
    editor.zones().setBrushRadius(RADIUS);
    editor
        .zones()
        .setOwnerChooser(
            (view, side, candidates, suggested) -> {
              asked.add(suggested);
              return Optional.ofNullable(answer);
            });
  }

  private static double discArea() {
    return Math.PI * RADIUS * RADIUS;
  }

  @Test
  void aClickWithTheOwnerKeptPaintsOneDabWithoutAsking() {
    TriggerPoint tp = h.place(TRAPEZIUS_ONLY);
    editor.setTool(ToolKind.REFERRAL_ZONE);
    h.drag(Modifiers.NONE, at(100, 400), at(130, 400));
    editor.clearSelection();
    assertThat(editor.zones().nextOwner()).contains(tp.id());

    h.click(at(200, 600));

    assertThat(asked).isEmpty();
    ReferralZone dab = editor.chart().referralZones().get(1);
    assertThat(dab.owner()).contains(tp.id());
    assertThat(dab.shape().area()).isCloseTo(discArea(), within(0.02 * discArea()));
    Rectangle2D bounds = dab.shape().bounds();
    assertThat(bounds.getCenterX()).isCloseTo(200, within(0.05));
    assertThat(bounds.getCenterY()).isCloseTo(600, within(0.05));
  }

  @Test
  void aPressThatMovesLessThanADragPaintsADabAtThePressPointNotASmear() {
    h.place(TRAPEZIUS_ONLY);
    editor.setTool(ToolKind.SYMPTOM_AREA);
    h.drag(Modifiers.NONE, at(200, 600), at(201, 600), at(202, 601));
    SymptomArea dab = editor.chart().symptomAreas().get(0);
    assertThat(dab.shape().area()).isCloseTo(discArea(), within(0.02 * discArea()));
    assertThat(dab.shape().bounds().getCenterX()).isCloseTo(200, within(0.05));
  }

  @Test
  void aBareClickWithNoOwnerAsksOnceAndTheNextClicksKeepTheAnswer() {
    TriggerPoint first = h.place(TRAPEZIUS_ONLY);
    h.place(INFRASPINATUS_CENTRE);
    editor.clearSelection();
    editor.setTool(ToolKind.REFERRAL_ZONE);
    answer = first.id();

    h.click(at(100, 600));
    h.click(at(150, 600));
    h.click(at(200, 600));

    assertThat(asked).hasSize(1);
    assertThat(editor.chart().referralZones())
        .hasSize(3)
        .allSatisfy(z -> assertThat(z.owner()).contains(first.id()));
    assertThat(h.commits).hasSize(2 + 3);
  }

  @Test
  void anEraserClickErasesOneDab() {
    h.place(TRAPEZIUS_ONLY);
    editor.setTool(ToolKind.REFERRAL_ZONE);
    editor.zones().setBrushRadius(20);
    h.drag(Modifiers.NONE, at(100, 600), at(200, 600));
    double before = editor.chart().referralZones().get(0).shape().area();
    editor.setTool(ToolKind.ERASER);
    editor.zones().setBrushRadius(RADIUS);

    h.click(at(150, 600));

    double after = editor.chart().referralZones().get(0).shape().area();
    assertThat(before - after).isCloseTo(discArea(), within(0.03 * discArea()));
    editor.undo();
    assertThat(editor.chart().referralZones().get(0).shape().area()).isEqualTo(before);
  }

  @Test
  void aClickOnATriggerPointWithTheZoneToolKeepsItAsOwnerInsteadOfPainting() {
    h.place(TRAPEZIUS_ONLY);
    TriggerPoint second = h.place(INFRASPINATUS_CENTRE);
    editor.setTool(ToolKind.REFERRAL_ZONE);
    h.click(TRAPEZIUS_ONLY);
    h.click(INFRASPINATUS_CENTRE);
    editor.clearSelection();

    assertThat(editor.chart().referralZones()).isEmpty();
    assertThat(editor.zones().nextOwner()).contains(second.id());
  }
}
