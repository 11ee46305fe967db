package app.myomap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.model.AuditAction;
import org.junit.jupiter.api.Test;

/** Every kind of audit-log row has the words the Audit Log window lists it under. */
class AuditActionWordsTest {
  @Test
  void everyActionHasItsWords() {
    for (AuditAction action : AuditAction.values()) {
      assertThat(Messages.get("Audit.action." + action.name())).as(action.name()).isNotBlank();
    }
  }
}
