package app.myomap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkIdTest {

  @Test
  void randomIdsAreCanonicalAndDistinct() {
    MarkId a = MarkId.random();
    MarkId b = MarkId.random();
    assertThat(a).isNotEqualTo(b);
    assertThat(a.value()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(new MarkId(a.value())).isEqualTo(a);
    assertThat(a).hasToString(a.value());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not-a-uuid",
        "1-1-1-1-1",
        "3F2504E0-4F89-11D3-9A0C-0305E82C3301",
        " 3f2504e0-4f89-11d3-9a0c-0305e82c3301"
      })
  void rejectsTextThatIsNotACanonicalUuid(String text) {
    assertThatThrownBy(() -> new MarkId(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Mark id must be a lower-case UUID");
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> new MarkId(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Mark id must not be null");
  }
}
