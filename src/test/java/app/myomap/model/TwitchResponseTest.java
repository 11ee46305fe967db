package app.myomap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TwitchResponseTest {

  @Test
  void presentResponseCarriesCountStrengthAndDetection() {
    TwitchResponse response =
        TwitchResponse.present(3)
            .withStrength(TwitchStrength.STRONG)
            .withDetectedBy(EnumSet.of(TwitchDetection.PATIENT, TwitchDetection.VISIBLE));
    assertThat(response.presence()).isEqualTo(TwitchPresence.PRESENT);
    assertThat(response.count()).isEqualTo(3);
    assertThat(response.strength()).contains(TwitchStrength.STRONG);
    assertThat(response.detectedBy())
        .containsExactly(TwitchDetection.VISIBLE, TwitchDetection.PATIENT);
    assertThat(response.withCount(7))
        .isEqualTo(
            new TwitchResponse(
                TwitchPresence.PRESENT,
                7,
                Optional.of(TwitchStrength.STRONG),
                Set.of(TwitchDetection.VISIBLE, TwitchDetection.PATIENT)));
  }

  @Test
  void settingAnyDetailOfAnUntestedResponseMakesItPresent() {
    assertThat(TwitchResponse.notTested().withCount(2).presence())
        .isEqualTo(TwitchPresence.PRESENT);
    assertThat(TwitchResponse.absent().withStrength(TwitchStrength.WEAK).presence())
        .isEqualTo(TwitchPresence.PRESENT);
    assertThat(TwitchResponse.absent().withDetectedBy(Set.of(TwitchDetection.ULTRASOUND)).count())
        .isZero();
  }

  @Test
  void countIsLimitedTo0To99() {
    assertThat(TwitchResponse.present(0).count()).isZero();
    assertThat(TwitchResponse.present(99).count()).isEqualTo(99);
    assertThatThrownBy(() -> TwitchResponse.present(100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Twitch count must be between 0 and 99, got 100");
    assertThatThrownBy(() -> TwitchResponse.present(-1))
        .hasMessage("Twitch count must be between 0 and 99, got -1");
  }

  @Test
  void absentOrUntestedResponsesHaveNoDetails() {
    assertThatThrownBy(
            () -> new TwitchResponse(TwitchPresence.ABSENT, 2, Optional.empty(), Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A twitch response absent cannot have a count");
    assertThatThrownBy(
            () ->
                new TwitchResponse(
                    TwitchPresence.NOT_TESTED, 0, Optional.of(TwitchStrength.WEAK), Set.of()))
        .hasMessage("A twitch response not tested cannot have a strength");
    assertThatThrownBy(
            () ->
                new TwitchResponse(
                    TwitchPresence.ABSENT, 0, Optional.empty(), Set.of(TwitchDetection.PALPABLE)))
        .hasMessage("A twitch response absent cannot have a way of detection");
  }

  @Test
  void rejectsNullParts() {
    assertThatThrownBy(() -> new TwitchResponse(null, 0, Optional.empty(), Set.of()))
        .hasMessage("Twitch presence must not be null");
    assertThatThrownBy(() -> new TwitchResponse(TwitchPresence.PRESENT, 0, null, Set.of()))
        .hasMessage("Twitch strength must not be null");
    assertThatThrownBy(() -> new TwitchResponse(TwitchPresence.PRESENT, 0, Optional.empty(), null))
        .hasMessage("Twitch detection must not be null");
  }
}
