package app.myomap.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.myomap.model.record.ScreeningCategory;
import app.myomap.model.record.ScreeningChecklist;
import app.myomap.model.record.ScreeningItem;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScreeningDefaultsTest {
  /** The medical-alert ids shared with the patient's alerts (see the patient model). */
  private static final List<String> ALERTS =
      List.of(
          "ANTICOAGULANTS",
          "BLEEDING_DISORDER",
          "PREGNANCY",
          "NEEDLE_PHOBIA",
          "FAINTING",
          "EPILEPSY",
          "METAL_ALLERGY",
          "IMPLANTS",
          "PACEMAKER",
          "IMMUNOCOMPROMISED",
          "DIABETES",
          "LYMPHOEDEMA",
          "CANCER",
          "COGNITIVE_IMPAIRMENT");

  @Test
  void theDefaultChecklistSeparatesAbsoluteFromPrecautionAndCoversEveryAlert() {
    ScreeningChecklist defaults = ScreeningDefaults.load();

    assertThat(defaults.version()).isEqualTo("screening-checklist-v1");
    assertThat(defaults.items())
        .filteredOn(i -> i.category() == ScreeningCategory.ABSOLUTE)
        .extracting(ScreeningItem::id)
        .containsExactly(
            "no-consent", "needle-phobia", "local-infection", "lymphoedema", "acute-illness");
    assertThat(defaults.item("pregnancy").orElseThrow().category())
        .isEqualTo(ScreeningCategory.PRECAUTION);
    assertThat(defaults.items().stream().flatMap(i -> i.alertId().stream()).toList())
        .containsExactlyInAnyOrderElementsOf(ALERTS);
  }

  @Test
  void aMalformedChecklistIsRefusedWithItsLine() {
    assertThatThrownBy(() -> parse("version\tc-v1\nphobia\tSOMETIMES\t-\tFear of needles\n"))
        .isInstanceOf(AtlasException.class)
        .hasMessageContaining("test.tsv:2");
    assertThatThrownBy(() -> parse("phobia\tABSOLUTE\t-\tFear\n")).hasMessageContaining("version");
    assertThatThrownBy(() -> parse("version\tc-v1\na\tABSOLUTE\t-\tOne\na\tPRECAUTION\t-\tTwo\n"))
        .hasMessageContaining("listed twice: a");
  }

  private static ScreeningChecklist parse(String text) {
    return ScreeningDefaults.parse(new StringReader(text), "test.tsv");
  }
}
