package app.myomap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NotePinTest {
  private static final MarkId ID = new MarkId("6e0b1c1a-9b7c-4a59-8d2f-0c5d7f1e2a3b");

  @Test
  void keepsStrippedTextAndMovesWithoutChangingIt() {
    NotePin pin = new NotePin(ID, BodyView.ANTERIOR, 10, 20, "  bruise from fall  ");
    assertThat(pin.text()).isEqualTo("bruise from fall");
    assertThat(pin.kind()).isEqualTo(MarkKind.NOTE_PIN);
    assertThat(pin.withPosition(11, 22))
        .isEqualTo(new NotePin(ID, BodyView.ANTERIOR, 11, 22, "bruise from fall"));
    assertThat(pin.withText("scar").text()).isEqualTo("scar");
  }

  @Test
  void rejectsBlankLongOrMissingFields() {
    assertThatThrownBy(() -> new NotePin(ID, BodyView.ANTERIOR, 1, 1, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Note pin text must not be blank");
    assertThatThrownBy(() -> new NotePin(ID, BodyView.ANTERIOR, 1, 1, "x".repeat(201)))
        .hasMessage("Note pin text must be at most 200 characters, got 201");
    assertThatThrownBy(() -> new NotePin(null, BodyView.ANTERIOR, 1, 1, "a"))
        .hasMessage("Note pin id must not be null");
    assertThatThrownBy(() -> new NotePin(ID, null, 1, 1, "a"))
        .hasMessage("Note pin view must not be null");
    assertThatThrownBy(() -> new NotePin(ID, BodyView.ANTERIOR, Double.NaN, 1, "a"))
        .hasMessage("Note pin x must be a finite number, got NaN");
    assertThatThrownBy(() -> new NotePin(ID, BodyView.ANTERIOR, 1, Double.NEGATIVE_INFINITY, "a"))
        .hasMessage("Note pin y must be a finite number, got -Infinity");
  }
}
