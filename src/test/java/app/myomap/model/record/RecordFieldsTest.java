package app.myomap.model.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.myomap.model.MarkId;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordFieldsTest {

  @Test
  void textWithLineBreaksBackslashesAndEqualsSignsRoundTrips() {
    String awkward = "a=b\\n is not a line break\nbut this is\r\n\\";
    RecordFields fields = RecordFields.create().put("note", awkward).put("count", 3);

    String text = fields.text();

    assertThat(text)
        .isEqualTo("note=a=b\\\\n is not a line break\\nbut this is\\r\\n\\\\\ncount=3\n");
    assertThat(RecordFields.parse(text).text("note")).isEqualTo(awkward);
    assertThat(RecordFields.parse(text).integer("count")).isEqualTo(3);
  }

  @Test
  void textNotInTheCanonicalFormIsRefused() {
    assertThatThrownBy(() -> RecordFields.parse("note=x")).hasMessageContaining("line feed");
    assertThatThrownBy(() -> RecordFields.parse("note=x\nnote=y\n")).hasMessageContaining("twice");
    assertThatThrownBy(() -> RecordFields.parse("Note=x\n")).hasMessageContaining("field name");
    assertThatThrownBy(() -> RecordFields.parse("note=\\t\n")).hasMessageContaining("escape");
    assertThatThrownBy(() -> RecordFields.parse("count=03\n").integer("count"))
        .hasMessageContaining("whole number");
    assertThatThrownBy(() -> RecordFields.parse("x=1.50\n").optionalNumber("x"))
        .hasMessageContaining("not a number");
  }

  @Test
  void anEntryWithAnUnknownFieldIsNotTakenForARecord() {
    assertThatThrownBy(() -> RecordEntry.parse(RecordSection.RETEST, "pain-now=3\nextra=1\n"))
        .hasMessageContaining("Unknown field");
    assertThatThrownBy(
            () ->
                RecordEntry.parse(
                    RecordSection.RETEST, "pain-now=11\nrange-of-motion=\npressure-pain=\n"))
        .hasMessageContaining("0 to 10");
  }

  @Test
  void theIntakeReadingFollowsTheBrief() {
    assertThat(
            new IntakeAnswers(IntakeAnswer.YES, IntakeAnswer.SOMETIMES, IntakeAnswer.RARELY_OR_NO)
                .suggestsDryNeedling())
        .isFalse();
    assertThat(
            new IntakeAnswers(IntakeAnswer.YES, IntakeAnswer.RARELY_OR_NO, IntakeAnswer.YES)
                .suggestsDryNeedling())
        .isTrue();
  }

  @Test
  void needlingEntriesKeepTheirStimulationOnlyWithElectricalStimulation() {
    MarkId point = MarkId.random();
    NeedlingEntry fastInOut =
        new NeedlingEntry(
            point,
            NeedlingTechnique.FAST_IN_FAST_OUT,
            0.3,
            50,
            OptionalDouble.empty(),
            6,
            OptionalInt.empty(),
            NeedlingEntry.OptionalStimulation.none(),
            Set.of(NeedlingResponse.REFERRED_SENSATION),
            "");

    assertThat(RecordEntry.parse(RecordSection.NEEDLING, fastInOut.text())).isEqualTo(fastInOut);
    assertThat(fastInOut.text()).doesNotContain("stim");
    assertThatThrownBy(
            () ->
                new NeedlingEntry(
                    point,
                    NeedlingTechnique.STATIC,
                    0.3,
                    50,
                    OptionalDouble.empty(),
                    1,
                    OptionalInt.of(10),
                    new NeedlingEntry.OptionalStimulation(2, 200, 5),
                    Set.of(),
                    ""))
        .hasMessageContaining("electrical stimulation");
    assertThatThrownBy(
            () ->
                new NeedlingEntry(
                    point,
                    NeedlingTechnique.STATIC,
                    0.3,
                    30,
                    OptionalDouble.of(40),
                    1,
                    OptionalInt.empty(),
                    NeedlingEntry.OptionalStimulation.none(),
                    Set.of(),
                    ""))
        .hasMessageContaining("within the needle's length");
  }
}
