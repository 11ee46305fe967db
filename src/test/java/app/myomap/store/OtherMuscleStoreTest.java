package app.myomap.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.ChartChange;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
import app.myomap.model.Patient;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import app.myomap.model.Visit;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A muscle not in the atlas is kept in the muscle column as its "other:" id, signed like any. */
class OtherMuscleStoreTest {
  @TempDir Path folder;

  @Test
  void aTriggerPointOnAMuscleNotInTheAtlasRoundTripsAndTheSignedRecordVerifies() throws Exception {
    Path file = folder.resolve("clinic.db");
    TriggerPoint point =
        TriggerPoint.place(
            MarkId.random(),
            BodyView.ANTERIOR,
            120,
            420,
            MuscleRef.other("Flexor pollicis longus"),
            Side.LEFT,
            "Dr Ade");
    String visitId;
    try (Database database = Database.open(file)) {
      TickingClock clock = new TickingClock(Instant.parse("2026-12-01T09:00:00Z"));
      Patient patient = Patient.create("Lee Park", LocalDate.of(1988, 2, 9), "");
      new PatientStore(database, clock).create(patient, "Dr Ade");
      Visit visit =
          new Visit(UUID.randomUUID().toString(), patient.id(), clock.instant(), "v1", "Dr Ade");
      new VisitStore(database, clock).create(visit);
      visitId = visit.id();
      new ChartStore(database, clock)
          .commit(visitId, ChartChange.between(Chart.empty(), Chart.of(point), "add"), "Dr Ade");
      new SignatureStore(database, clock).sign(visitId, "Dr Ade");
    }

    try (Database database = Database.open(file)) {
      Chart loaded = new ChartStore(database).load(visitId);
      assertThat(loaded).isEqualTo(Chart.of(point));
      assertThat(loaded.triggerPoints().get(0).muscle().otherName())
          .contains("Flexor pollicis longus");
      String stored =
          database.inTransaction(
              c -> {
                try (PreparedStatement query =
                        c.prepareStatement("SELECT muscle FROM mark_versions WHERE visit_id = ?");
                    ResultSet rows = setAndRun(query, visitId)) {
                  rows.next();
                  return rows.getString(1);
                }
              });
      assertThat(stored).isEqualTo("other:Flexor pollicis longus");
      assertThat(new RecordVerifier(database).verifyAll(d -> {}).broken()).isEmpty();
      assertThat(new SignatureStore(database).unmatched()).isEmpty();
    }
  }

  private static ResultSet setAndRun(PreparedStatement query, String visitId)
      throws java.sql.SQLException {
    query.setString(1, visitId);
    return query.executeQuery();
  }
}
