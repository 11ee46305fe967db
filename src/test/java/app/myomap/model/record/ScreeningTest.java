package app.myomap.model.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The screening before needling and the rule that an absolute contraindication blocks needling. */
class ScreeningTest {
  private static final ScreeningItem INFECTION =
      new ScreeningItem(
          "local-infection",
          "Infection or a skin lesion at the site",
          ScreeningCategory.ABSOLUTE,
          Optional.empty());
  private static final ScreeningItem PREGNANCY =
      new ScreeningItem(
          "pregnancy", "Pregnancy", ScreeningCategory.PRECAUTION, Optional.of("PREGNANCY"));

  @Test
  void aPresentAbsoluteItemBlocksNeedlingUntilOverriddenWithAReason() {
    Screening screened =
        new Screening(
            List.of(
                new Screening.Answer(INFECTION, true, "cellulitis, left calf", ""),
                new Screening.Answer(PREGNANCY, true, "", "")));
    VisitRecord record = recordOf(screened);

    assertThat(record.needlingBlockers())
        .extracting(a -> a.item().id())
        .containsExactly("local-infection");
    assertThatThrownBy(() -> screened.overriding("  ")).hasMessageContaining("needs a reason");

    Screening overridden = screened.overriding("Needling the right shoulder, far from the site");
    assertThat(recordOf(overridden).needlingBlockers()).isEmpty();
    assertThat(overridden.answer("local-infection").orElseThrow().overrideReason())
        .isEqualTo("Needling the right shoulder, far from the site");
    assertThat(overridden.answer("pregnancy").orElseThrow().overrideReason()).isEmpty();
  }

  @Test
  void aPrecautionAnAbsentItemOrNoScreeningBlocksNothing() {
    assertThat(
            recordOf(
                    new Screening(
                        List.of(
                            new Screening.Answer(INFECTION, false, "", ""),
                            new Screening.Answer(PREGNANCY, true, "12 weeks", ""))))
                .needlingBlockers())
        .isEmpty();
    assertThat(VisitRecord.empty().needlingBlockers()).isEmpty();
  }

  @Test
  void onlyAPresentAbsoluteItemTakesAnOverrideReason() {
    assertThatThrownBy(() -> new Screening.Answer(PREGNANCY, true, "", "because"))
        .hasMessageContaining("Only a present absolute contraindication");
    assertThatThrownBy(() -> new Screening.Answer(INFECTION, false, "", "because"))
        .hasMessageContaining("Only a present absolute contraindication");
  }

  @Test
  void everyFieldRoundTripsAndUnknownFieldsAreRefused() {
    Screening screened =
        new Screening(
            List.of(
                new Screening.Answer(INFECTION, true, "line one\nline = two \\", "reason"),
                new Screening.Answer(PREGNANCY, false, "", "")));

    RecordEntry read = RecordEntry.parse(RecordSection.SCREENING, screened.text());

    assertThat(read).isEqualTo(screened);
    assertThatThrownBy(
            () -> RecordEntry.parse(RecordSection.SCREENING, screened.text() + "item.9.id=x\n"))
        .hasMessageContaining("Unknown field");
    assertThatThrownBy(
            () ->
                new Screening(
                    List.of(
                        new Screening.Answer(INFECTION, true, "", ""),
                        new Screening.Answer(INFECTION, false, "", ""))))
        .hasMessageContaining("answered twice");
  }

  private static VisitRecord recordOf(Screening screening) {
    return new VisitRecord(
        List.of(new StoredEntry("e1", 1, screening, "Alex Chen", java.time.Instant.EPOCH)));
  }
}
