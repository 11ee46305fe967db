package app.myomap.edit;

import static app.myomap.edit.TestAtlas.INFRASPINATUS_CENTRE;
import static app.myomap.edit.TestAtlas.OVER_SUPRASPINATUS;
import static app.myomap.edit.TestAtlas.at;
import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.model.ReferralZone;
import app.myomap.model.TriggerPoint;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** With the referral-zone tool, a click on a trigger point chooses whose zones are painted next. */
class ZoneOwnerClickTest {
  private final EditorHarness h = new EditorHarness();

  @Test
  void aClickOnATriggerPointSelectsItAndTheNextStrokeBelongsToIt() {
    TriggerPoint first = h.place(OVER_SUPRASPINATUS);
    TriggerPoint second = h.place(INFRASPINATUS_CENTRE);
    h.editor.setTool(ToolKind.REFERRAL_ZONE);
    h.editor.zones().setOwnerChooser((view, side, candidates, suggested) -> Optional.empty());

    h.click(OVER_SUPRASPINATUS);
    assertThat(h.editor.selection().ids()).containsExactly(first.id());
    assertThat(h.editor.chart().marks()).containsExactly(first, second);

    h.drag(Modifiers.NONE, at(100, 400), at(130, 400), at(160, 400));
    ReferralZone zone = h.editor.chart().referralZones().get(0);
    assertThat(zone.owner()).contains(first.id());
  }
}
