package app.myomap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PatientDetailsTest {
  @Test
  void theAlertIdsAreExactlyTheSharedOnesAndFoundByTheirId() {
    assertThat(MedicalAlert.values())
        .extracting(MedicalAlert::id)
        .containsExactly(
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
    assertThat(MedicalAlert.fromId("PREGNANCY")).contains(MedicalAlert.PREGNANCY);
    assertThat(MedicalAlert.fromId("pregnancy")).isEmpty();
  }

  @Test
  void textsAreStrippedAndAlertsKeptInTheListsOrder() {
    PatientDetails details =
        new PatientDetails(
            Sex.INTERSEX,
            " 0412 345 678 ",
            " a@b.co ",
            " 1 Main St \r\n  Town ",
            " Dr X ",
            Set.of(MedicalAlert.CANCER, MedicalAlert.ANTICOAGULANTS),
            "");
    assertThat(details.phone()).isEqualTo("0412 345 678");
    assertThat(details.email()).isEqualTo("a@b.co");
    assertThat(details.address()).isEqualTo("1 Main St\nTown");
    assertThat(details.referrer()).isEqualTo("Dr X");
    assertThat(details.alerts()).containsExactly(MedicalAlert.ANTICOAGULANTS, MedicalAlert.CANCER);
    assertThat(details.withAlerts(List.of()).alerts()).isEmpty();
  }

  @Test
  void aMistypedEmailOrPhoneAndHiddenControlsAreRefused() {
    assertThatThrownBy(
            () -> new PatientDetails(Sex.MALE, "", "jordan@example", "", "", Set.of(), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("email");
    assertThatThrownBy(() -> new PatientDetails(Sex.MALE, "call me", "", "", "", Set.of(), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("phone");
    assertThatThrownBy(() -> new PatientDetails(Sex.MALE, "", "", "", "Dr \u202eX", Set.of(), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("referrer");
  }
}
