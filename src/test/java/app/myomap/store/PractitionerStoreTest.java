package app.myomap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.myomap.model.BodyView;
import app.myomap.model.Chart;
import app.myomap.model.ChartChange;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
import app.myomap.model.Practitioner;
import app.myomap.model.Side;
import app.myomap.model.TriggerPoint;
import app.myomap.model.record.StoredEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PractitionerStoreTest {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};

  @TempDir Path folder;
  private Database database;
  private final TickingClock clock = new TickingClock(Instant.parse("2026-12-07T09:00:00Z"));

  @AfterEach
  void close() {
    if (database != null) {
      database.close();
    }
  }

  private Practitioner ada() {
    return new Practitioner(
        "draft",
        1,
        "Dr Ada Lovelace",
        "Physiotherapist",
        "BPhty (Hons), Cert. Dry Needling",
        "PHY0001234567",
        "2345671A",
        PNG,
        new PinHasher().hash("2468".toCharArray()),
        false);
  }

  @Test
  void aProfileRoundTripsAndSurvivesARestart() throws Exception {
    Path file = folder.resolve("clinic.db");
    database = Database.open(file);
    PractitionerStore store = new PractitionerStore(database, clock);
    Practitioner added = store.add(ada());
    Practitioner other = store.add(Practitioner.named("x", "Sam Rivera"));
    assertThat(added.id()).hasSize(36).isNotEqualTo(other.id());
    store.choose(added);
    database.close();

    database = Database.open(file);
    PractitionerStore reopened = new PractitionerStore(database, clock);
    assertThat(reopened.all()).containsExactly(added, other);
    Practitioner read = reopened.find(added.id()).orElseThrow();
    assertThat(read.profession()).isEqualTo("Physiotherapist");
    assertThat(read.qualifications()).isEqualTo("BPhty (Hons), Cert. Dry Needling");
    assertThat(read.registrationNumber()).isEqualTo("PHY0001234567");
    assertThat(read.providerNumber()).isEqualTo("2345671A");
    assertThat(read.signaturePng()).isEqualTo(PNG);
    assertThat(read.hasPin()).isTrue();
    assertThat(reopened.lastChosen()).contains(added);
    assertThat(new MetaStore(database).practitioner()).contains("Dr Ada Lovelace");

    Practitioner renamed =
        reopened.revise(
            read.withDetails("Dr Ada King", "Physiotherapist", "BPhty", "PHY0001234567", "")
                .withRetired(true));
    assertThat(renamed.version()).isEqualTo(2);
    assertThat(reopened.active()).containsExactly(other);
    // Both names of the profile find it, and the old name shows as the current one.
    assertThat(reopened.named("Dr Ada Lovelace")).contains(renamed);
    assertThat(reopened.named("Dr Ada King")).contains(renamed);
    assertThat(reopened.currentNames()).containsEntry("Dr Ada Lovelace", "Dr Ada King");
    assertThatThrownBy(() -> reopened.revise(read)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> reopened.add(Practitioner.named("x", "Dr Ada Lovelace")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Another practitioner profile");
    assertThat(new RecordVerifier(database).verifyAll(d -> {}).broken()).isEmpty();
  }

  @Test
  void aPinIsCheckedAgainstItsHashAndNeverStored() throws Exception {
    database = Database.open(folder.resolve("clinic.db"));
    Practitioner added = new PractitionerStore(database, clock).add(ada());
    assertThat(PinHasher.matches(added.pin(), "2468".toCharArray())).isTrue();
    assertThat(PinHasher.matches(added.pin(), "2469".toCharArray())).isFalse();
    assertThat(PinHasher.matches(added.pin(), "".toCharArray())).isFalse();
    assertThat(added.pin().iterations()).isGreaterThanOrEqualTo(100_000);
    // Two hashes of one PIN differ by their salt.
    assertThat(new PinHasher().hash("2468".toCharArray()).hashHex())
        .isNotEqualTo(added.pin().hashHex());
    assertThat(PinHasher.wellFormed("12a4".toCharArray())).isFalse();
    assertThat(PinHasher.wellFormed("123".toCharArray())).isFalse();
    database.close();
    database = null;
    String bytes =
        new String(Files.readAllBytes(folder.resolve("clinic.db")), StandardCharsets.ISO_8859_1);
    assertThat(bytes).contains(added.pin().hashHex()).doesNotContain("2468");
  }

  @Test
  void everyChangeNamesItsAuthorsProfile() throws Exception {
    database = Database.open(folder.resolve("clinic.db"));
    PractitionerStore store = new PractitionerStore(database, clock);
    Practitioner ada = store.add(ada());
    app.myomap.model.Patient patient =
        app.myomap.model.Patient.create("Jordan Lee", java.time.LocalDate.of(1985, 4, 12), "");
    new PatientStore(database).create(patient, ada.name());
    app.myomap.model.Visit visit =
        app.myomap.model.Visit.start(patient.id(), "v1", ada.name(), clock);
    new VisitStore(database, clock).create(visit);
    new ChartStore(database, clock).commit(visit.id(), added(), ada.name());
    new RecordStore(database, clock).add(visit.id(), retest(3), ada.name());
    new SignatureStore(database, clock).sign(visit.id(), ada.name());
    new SignatureStore(database, clock).amend(visit.id(), "late finding", "Sam Rivera");
    assertThat(column("SELECT practitioner_id FROM edits")).containsExactly(ada.id());
    assertThat(column("SELECT practitioner_id FROM record_entries")).containsExactly(ada.id());
    assertThat(column("SELECT practitioner_id FROM visit_signatures")).containsExactly(ada.id());
    // A name no profile has yet gets a profile of its own: no change is left unattributed.
    Practitioner sam = store.named("Sam Rivera").orElseThrow();
    assertThat(column("SELECT practitioner_id FROM visit_amendments")).containsExactly(sam.id());
    assertThat(store.all()).hasSize(2);
    assertThat(new RecordVerifier(database).verifyAll(d -> {}).broken()).isEmpty();

    // A renamed practitioner's visit, record and signature show the profile's new name; the rows
    // keep the name they were written with, and still verify.
    store.revise(store.find(ada.id()).orElseThrow().withDetails("Dr Ada King", "", "", "", ""));
    assertThat(new VisitStore(database, clock).get(visit.id()).orElseThrow().practitioner())
        .isEqualTo("Dr Ada King");
    assertThat(new RecordStore(database, clock).load(visit.id()).entries())
        .extracting(StoredEntry::author)
        .containsOnly("Dr Ada King");
    assertThat(new SignatureStore(database, clock).state(visit.id()).signatures())
        .extracting(app.myomap.model.record.Signature::author)
        .containsExactly("Dr Ada King");
    assertThat(column("SELECT author FROM record_entries")).containsOnly("Dr Ada Lovelace");
    assertThat(new RecordVerifier(database).verifyAll(d -> {}).broken()).isEmpty();
  }

  @Test
  void aProfileChangedOutsideMyoMapIsFoundByVerify() throws Exception {
    database = Database.open(folder.resolve("clinic.db"));
    new PractitionerStore(database, clock).add(ada());
    assertThatThrownBy(() -> sql("UPDATE practitioners SET registration_number = 'PHY0009999999'"))
        .hasStackTraceContaining("append-only");
    assertThatThrownBy(() -> sql("DELETE FROM practitioner_names"))
        .hasStackTraceContaining("append-only");
    sql(
        "DROP TRIGGER practitioners_no_update",
        "UPDATE practitioners SET registration_number = 'PHY0009999999'");
    VerifyReport report = new RecordVerifier(database).verifyAll(d -> {});
    assertThat(report.broken())
        .anySatisfy(
            b -> {
              assertThat(b.problem()).isEqualTo(BrokenRecord.Problem.CHANGED);
              assertThat(b.what()).isEqualTo("practitioner profile");
            })
        .anySatisfy(b -> assertThat(b.problem()).isEqualTo(BrokenRecord.Problem.GUARD_REMOVED));
  }

  /**
   * A file of format 9 with a chart, a record entry and a signature by three names upgrades to one
   * profile per name; no old row changes and everything still verifies.
   */
  @Test
  void anUpgradeFromFormat9MapsEveryAuthorToAProfile() throws Exception {
    Path file = folder.resolve("v9.db");
    database = Database.open(file, Migration.ALL.subList(0, 5), "old");
    OldHistory history = new OldHistory(database, 5);
    String patient = history.patient("Jordan Lee");
    String visit = history.visit(patient);
    String mark = UUID.randomUUID().toString();
    history.placePoint(visit, 1, mark, 10, 20);
    database.close();
    database = Database.open(file, Migration.ALL.subList(0, 9), "old");
    new MetaStore(database).setPractitioner("Dr B Jones");
    String entry = UUID.randomUUID().toString();
    database.inTransaction(
        c -> {
          try (Statement s = c.createStatement()) {
            s.executeUpdate(
                "INSERT INTO record_entries (visit_id, entry_id, version, seq, section, mark_id,"
                    + " deleted, body, author, written_at) VALUES ('"
                    + visit
                    + "', '"
                    + entry
                    + "', 1, 1, 'retest', NULL, 0, 'pain=3', 'Dr B Jones',"
                    + " '2024-05-02T09:00:00.000Z')");
          }
          RecordChain.appendRecord(c, entry, 1, visit, "2024-05-02T09:00:00.000Z");
          // Written by another program: the name with a space after it.
          try (Statement s = c.createStatement()) {
            s.executeUpdate(
                "INSERT INTO visit_unlocks (visit_id, unlocked_at, author, reason) VALUES ('"
                    + visit
                    + "', '2024-05-02T09:30:00.000Z', 'Dr C Wu ', 'late entry')");
          }
          RecordChain.appendUnlock(c, visit, "2024-05-02T09:30:00.000Z");
          String at = "2024-05-02T10:00:00.000Z";
          RecordChain.Entry head = RecordChain.last(c);
          String hash =
              SignatureStore.contentHash(
                  c, visit, 0, at, "Dr C Wu", 1, 1, head.seq(), head.entryHash());
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO visit_signatures (visit_id, n, signed_at, author, edit_seq,"
                      + " record_seq, content_hash, chain_seq, chain_hash)"
                      + " VALUES (?, 0, ?, 'Dr C Wu', 1, 1, ?, ?, ?)")) {
            insert.setString(1, visit);
            insert.setString(2, at);
            insert.setString(3, hash);
            insert.setLong(4, head.seq());
            insert.setString(5, head.entryHash());
            insert.executeUpdate();
          }
          RecordChain.appendSignature(c, visit, 0, at);
          return null;
        });
    assertThat(new RecordVerifier(database).verifyAll(d -> {}).broken()).isEmpty();
    List<String> authorsBefore = authors();
    long entriesBefore = new RecordVerifier(database).head().seq();
    database.close();

    database = Database.open(file);
    assertThat(database.schemaVersion()).isEqualTo(Migration.latestVersion(Migration.ALL));
    PractitionerStore store = new PractitionerStore(database, clock);
    assertThat(store.all())
        .extracting(Practitioner::name)
        .containsExactly(OldHistory.AUTHOR, "Dr B Jones", "Dr C Wu");
    assertThat(authors()).isEqualTo(authorsBefore);
    // The name as the other program wrote it belongs to the same profile.
    assertThat(
            column(
                "SELECT p.name FROM practitioner_names n JOIN practitioners p"
                    + " ON p.practitioner_id = n.practitioner_id WHERE n.name = 'Dr C Wu '"))
        .containsExactly("Dr C Wu");
    assertThat(column("SELECT COUNT(*) FROM edits WHERE practitioner_id IS NOT NULL"))
        .containsExactly("0");
    assertThat(store.lastChosen().map(Practitioner::name)).contains("Dr B Jones");
    VerifyReport report = new RecordVerifier(database).verifyAll(d -> {});
    assertThat(report.broken()).isEmpty();
    assertThat(report.checked()).isEqualTo(entriesBefore + 3);
    assertThat(new SignatureStore(database, clock).state(visit).signed()).isTrue();

    // The next change by a migrated name names that name's profile; no new profile is made.
    String id = store.named(OldHistory.AUTHOR).orElseThrow().id();
    app.myomap.model.Visit next =
        app.myomap.model.Visit.start(patient, "v1", OldHistory.AUTHOR, clock);
    new VisitStore(database, clock).create(next);
    new RecordStore(database, clock).add(next.id(), retest(2), OldHistory.AUTHOR);
    assertThat(
            column(
                "SELECT practitioner_id FROM record_entries WHERE practitioner_id IS NOT"
                    + " NULL"))
        .containsExactly(id);
    assertThat(store.all()).hasSize(3);
    assertThat(new RecordVerifier(database).verifyAll(d -> {}).broken()).isEmpty();
  }

  private static ChartChange added() {
    TriggerPoint point =
        TriggerPoint.place(
            MarkId.random(),
            BodyView.POSTERIOR,
            10,
            20,
            new MuscleRef("upper-trapezius"),
            Side.LEFT,
            "Dr Ada Lovelace");
    return ChartChange.between(
        Chart.empty(), Chart.empty().with(point), "command.add.triggerPoint");
  }

  private static app.myomap.model.record.Retest retest(int pain) {
    return new app.myomap.model.record.Retest(java.util.OptionalInt.of(pain), "", "");
  }

  private List<String> authors() {
    return column(
        "SELECT author FROM patient_history UNION ALL SELECT practitioner FROM visits"
            + " UNION ALL SELECT author FROM edits UNION ALL SELECT author FROM mark_versions"
            + " UNION ALL SELECT author FROM record_entries"
            + " UNION ALL SELECT author FROM visit_signatures");
  }

  private List<String> column(String query) {
    return database.inTransaction(
        c -> {
          List<String> values = new ArrayList<>();
          try (PreparedStatement statement = c.prepareStatement(query);
              ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              values.add(rows.getString(1));
            }
          }
          return values;
        });
  }

  private void sql(String... statements) {
    database.inTransaction(
        c -> {
          try (Statement statement = c.createStatement()) {
            for (String sql : statements) {
              statement.executeUpdate(sql);
            }
          }
          return null;
        });
  }
}
