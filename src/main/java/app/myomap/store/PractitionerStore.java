package app.myomap.store;

import app.myomap.model.Practitioner;
import app.myomap.model.Practitioner.StoredPin;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The practitioner profiles of a database, several per file: each revision a whole row, append-only
 * and chained, and every name a profile has had kept in {@code practitioner_names} so that the
 * author names stored with changes resolve to their profile.
 */
public final class PractitionerStore {
  /** The meta key of the profile chosen last on this database. */
  static final String LAST_CHOSEN = "practitioner_profile";

  static final String COLUMNS =
      "practitioner_id, version, name, profession, qualifications, registration_number,"
          + " provider_number, signature_png, pin_hash, pin_salt, pin_iterations, retired,"
          + " recorded_at";

  private final Database database;
  private final Clock clock;

  /** A store that dates revisions with the system clock. */
  public PractitionerStore(Database database) {
    this(database, Clock.systemUTC());
  }

  /** A store that dates revisions with the time of {@code clock}. */
  public PractitionerStore(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /** Every profile as its newest revision, retired ones included, by name. */
  public List<Practitioner> all() {
    return database.inTransaction(PractitionerStore::current);
  }

  /** The profiles offered for charting (not retired), by name. */
  public List<Practitioner> active() {
    return all().stream().filter(p -> !p.retired()).toList();
  }

  /** The newest revision of the profile with this id. */
  public Optional<Practitioner> find(String id) {
    return database.inTransaction(c -> Optional.ofNullable(newest(c, id)));
  }

  /** The profile whose name is, or was, {@code name} (also an author name stored before). */
  public Optional<Practitioner> named(String name) {
    return database.inTransaction(
        c -> {
          String id = idOfName(c, name.strip());
          return Optional.ofNullable(id == null ? null : newest(c, id));
        });
  }

  /**
   * Adds a profile; its id and revision 1 are given here.
   *
   * @throws IllegalArgumentException if another profile has, or had, the same name
   */
  public Practitioner add(Practitioner draft) {
    Practitioner first =
        new Practitioner(
            UUID.randomUUID().toString(),
            1,
            draft.name(),
            draft.profession(),
            draft.qualifications(),
            draft.registrationNumber(),
            draft.providerNumber(),
            draft.signaturePng(),
            draft.pin(),
            draft.retired());
    String at = Timestamps.format(clock.instant());
    return database.inTransaction(
        c -> {
          write(c, first, at, List.of());
          return first;
        });
  }

  /**
   * Writes {@code changed} as the next revision of its profile, on top of its current revision.
   *
   * @throws IllegalStateException if the profile was revised since {@code changed} was read
   * @throws IllegalArgumentException if the new name is, or was, another profile's
   */
  public Practitioner revise(Practitioner changed) {
    String at = Timestamps.format(clock.instant());
    return database.inTransaction(
        c -> {
          Practitioner current = newest(c, changed.id());
          if (current == null) {
            throw new IllegalArgumentException("No practitioner has id " + changed.id());
          }
          if (current.version() != changed.version()) {
            throw new IllegalStateException(
                "The profile of " + current.name() + " was changed meanwhile");
          }
          Practitioner next = changed.asVersion(current.version() + 1);
          write(c, next, at, List.of());
          return next;
        });
  }

  /** The profile chosen last on this database, if it still exists. */
  public Optional<Practitioner> lastChosen() {
    return database.inTransaction(
        c -> {
          String id = MetaStore.read(c, LAST_CHOSEN);
          return Optional.ofNullable(id == null ? null : newest(c, id));
        });
  }

  /** Remembers the profile chosen, and its name as the database's practitioner. */
  public void choose(Practitioner chosen) {
    database.inTransaction(
        c -> {
          MetaStore.write(c, LAST_CHOSEN, chosen.id());
          return MetaStore.write(c, MetaStore.PRACTITIONER, chosen.name());
        });
  }

  /**
   * The current name of each profile's every name, keyed by the name stored (the history and the
   * report show a renamed practitioner by the profile's current name).
   */
  public Map<String, String> currentNames() {
    return database.inTransaction(
        c -> {
          Map<String, String> names = new LinkedHashMap<>();
          Map<String, String> byId = new LinkedHashMap<>();
          for (Practitioner p : current(c)) {
            byId.put(p.id(), p.name());
          }
          try (PreparedStatement query =
                  c.prepareStatement("SELECT name, practitioner_id FROM practitioner_names");
              ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
              names.put(rows.getString(1), byId.getOrDefault(rows.getString(2), rows.getString(1)));
            }
          }
          return names;
        });
  }

  /**
   * An SQL expression for the name that the author name in {@code column} shows as: the current
   * name of its profile (a renamed practitioner's older rows show the new name), else the name as
   * stored.
   */
  static String currentName(String column) {
    return "COALESCE((SELECT p.name FROM practitioner_names n JOIN practitioners p"
        + " ON p.practitioner_id = n.practitioner_id WHERE n.name = "
        + column
        + " ORDER BY p.version DESC LIMIT 1), "
        + column
        + ")";
  }

  /**
   * The id of the profile an author name belongs to, inside the caller's transaction; an author no
   * profile has had yet gets a profile of that name (a change is never left unattributed).
   */
  static String idFor(Connection c, String author, String at) throws SQLException {
    String id = idOfName(c, author);
    if (id != null) {
      return id;
    }
    Practitioner made = Practitioner.named(UUID.randomUUID().toString(), author);
    write(c, made, at, List.of());
    return made.id();
  }

  /**
   * Gives every author name stored before profiles existed a profile of its own, one per distinct
   * name, dated when the name first appears; rows are not touched. The name last used on the
   * database becomes the profile chosen last.
   */
  static void profileExistingAuthors(Connection c) throws SQLException {
    String names =
        "SELECT name, MIN(at) FROM ("
            + "SELECT author AS name, recorded_at AS at FROM patient_history"
            + " UNION ALL SELECT practitioner, recorded_at FROM visits"
            + " UNION ALL SELECT author, unlocked_at FROM visit_unlocks"
            + " UNION ALL SELECT author, committed_at FROM edits"
            + " UNION ALL SELECT author, committed_at FROM mark_versions"
            + " UNION ALL SELECT author, written_at FROM record_entries"
            + " UNION ALL SELECT author, signed_at FROM visit_signatures"
            + " UNION ALL SELECT author, opened_at FROM visit_amendments"
            + ") WHERE name IS NOT NULL GROUP BY name ORDER BY 2, 1";
    // Names that differ only by surrounding spaces are one practitioner; a blank name is none.
    Map<String, List<String>> spellings = new LinkedHashMap<>();
    Map<String, String> firstSeen = new LinkedHashMap<>();
    try (PreparedStatement query = c.prepareStatement(names);
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        String stored = rows.getString(1);
        String name = stored.strip();
        if (name.isEmpty() || name.length() > Practitioner.MAX_NAME_LENGTH) {
          continue;
        }
        firstSeen.putIfAbsent(name, rows.getString(2));
        List<String> all = spellings.computeIfAbsent(name, n -> new ArrayList<>());
        if (!stored.equals(name)) {
          all.add(stored);
        }
      }
    }
    for (Map.Entry<String, String> name : firstSeen.entrySet()) {
      write(
          c,
          Practitioner.named(UUID.randomUUID().toString(), name.getKey()),
          name.getValue(),
          spellings.get(name.getKey()));
    }
    String last = MetaStore.read(c, MetaStore.PRACTITIONER);
    if (last != null && !last.isBlank()) {
      MetaStore.write(c, LAST_CHOSEN, idFor(c, last.strip(), firstTime(c)));
    }
  }

  /** The time a profile made for the name last used is dated: the earliest change, else now. */
  private static String firstTime(Connection c) throws SQLException {
    try (PreparedStatement query =
            c.prepareStatement(
                "SELECT MIN(recorded_at) FROM (SELECT recorded_at FROM patient_history"
                    + " UNION ALL SELECT recorded_at FROM visits)");
        ResultSet rows = query.executeQuery()) {
      String at = rows.next() ? rows.getString(1) : null;
      return at != null ? at : Timestamps.format(java.time.Instant.now());
    }
  }

  private static String idOfName(Connection c, String name) throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement("SELECT practitioner_id FROM practitioner_names WHERE name = ?")) {
      query.setString(1, name);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }

  /**
   * Writes one revision, its name if new to the profile, {@code otherSpellings} of that name as
   * stored before profiles, and its chain entry.
   */
  private static void write(Connection c, Practitioner p, String at, List<String> otherSpellings)
      throws SQLException {
    String owner = idOfName(c, p.name());
    if (owner != null && !owner.equals(p.id())) {
      throw new IllegalArgumentException(
          "Another practitioner profile has, or had, the name " + p.name());
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO practitioners ("
                + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, p.id());
      insert.setInt(2, p.version());
      insert.setString(3, p.name());
      insert.setString(4, p.profession());
      insert.setString(5, p.qualifications());
      insert.setString(6, p.registrationNumber());
      insert.setString(7, p.providerNumber());
      insert.setBytes(8, p.signaturePng());
      StoredPin pin = p.pin();
      insert.setString(9, pin == null ? null : pin.hashHex());
      insert.setString(10, pin == null ? null : pin.saltHex());
      insert.setObject(11, pin == null ? null : pin.iterations());
      insert.setInt(12, p.retired() ? 1 : 0);
      insert.setString(13, at);
      insert.executeUpdate();
    }
    List<String> newNames = new ArrayList<>(otherSpellings);
    if (owner == null) {
      newNames.add(0, p.name());
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO practitioner_names (name, practitioner_id, version) VALUES (?, ?, ?)")) {
      for (String name : newNames) {
        insert.setString(1, name);
        insert.setString(2, p.id());
        insert.setInt(3, p.version());
        insert.executeUpdate();
      }
    }
    RecordChain.appendPractitioner(c, p.id(), p.version(), at);
  }

  private static Practitioner newest(Connection c, String id) throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM practitioners WHERE practitioner_id = ? ORDER BY version DESC LIMIT 1")) {
      query.setString(1, id);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? read(rows) : null;
      }
    }
  }

  private static List<Practitioner> current(Connection c) throws SQLException {
    List<Practitioner> all = new ArrayList<>();
    try (PreparedStatement query =
            c.prepareStatement(
                "SELECT "
                    + COLUMNS
                    + " FROM practitioners p WHERE version = (SELECT MAX(version) FROM"
                    + " practitioners WHERE practitioner_id = p.practitioner_id)"
                    + " ORDER BY name COLLATE NOCASE, practitioner_id");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        all.add(read(rows));
      }
    }
    return all;
  }

  private static Practitioner read(ResultSet rows) throws SQLException {
    String hash = rows.getString(9);
    return new Practitioner(
        rows.getString(1),
        rows.getInt(2),
        rows.getString(3),
        rows.getString(4),
        rows.getString(5),
        rows.getString(6),
        rows.getString(7),
        rows.getBytes(8),
        hash == null ? null : new StoredPin(hash, rows.getString(10), rows.getInt(11)),
        rows.getInt(12) == 1);
  }
}
