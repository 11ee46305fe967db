package app.myomap.store;

import app.myomap.model.record.ScreeningCategory;
import app.myomap.model.record.ScreeningChecklist;
import app.myomap.model.record.ScreeningItem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The clinic's screening checklist, kept as configuration: every save adds a version and none is
 * ever changed, so the checklist in force on any day can be read back.
 */
public final class ScreeningChecklistStore {
  /** The prefix of the version names of checklists saved by the clinic. */
  public static final String VERSION_PREFIX = "clinic-";

  private final Database database;
  private final Clock clock;

  public ScreeningChecklistStore(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /** The clinic's newest checklist, or empty while it still uses the bundled default. */
  public Optional<ScreeningChecklist> current() {
    return database.inTransaction(
        c -> {
          int newest = newestVersion(c);
          return newest == 0 ? Optional.<ScreeningChecklist>empty() : Optional.of(load(c, newest));
        });
  }

  /**
   * Saves {@code checklist} as the clinic's next version, with its retired items.
   *
   * @return the checklist as stored, named with its new version
   */
  public ScreeningChecklist save(ScreeningChecklist checklist, String author) {
    String by = Attribution.author(author);
    return database.inTransaction(
        c -> {
          int version = newestVersion(c) + 1;
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO screening_checklist_versions (version, saved_at, author)"
                      + " VALUES (?, ?, ?)")) {
            insert.setInt(1, version);
            insert.setString(2, Timestamps.format(clock.instant()));
            insert.setString(3, by);
            insert.executeUpdate();
          }
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO screening_checklist_items"
                      + " (version, position, item_id, words, category, alert_id, retired)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (ScreeningItem item : checklist.items()) {
              insertItem(insert, version, position++, item, false);
            }
            for (ScreeningItem item : checklist.retired()) {
              insertItem(insert, version, position++, item, true);
            }
          }
          return load(c, version);
        });
  }

  private static void insertItem(
      PreparedStatement insert, int version, int position, ScreeningItem item, boolean retired)
      throws SQLException {
    insert.setInt(1, version);
    insert.setInt(2, position);
    insert.setString(3, item.id());
    insert.setString(4, item.words());
    insert.setString(5, item.category().name());
    insert.setString(6, item.alertId().orElse(null));
    insert.setInt(7, retired ? 1 : 0);
    insert.executeUpdate();
  }

  private static int newestVersion(Connection c) throws SQLException {
    try (PreparedStatement query =
            c.prepareStatement(
                "SELECT coalesce(max(version), 0) FROM screening_checklist_versions");
        ResultSet rows = query.executeQuery()) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private static ScreeningChecklist load(Connection c, int version) throws SQLException {
    List<ScreeningItem> items = new ArrayList<>();
    List<ScreeningItem> retired = new ArrayList<>();
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT item_id, words, category, alert_id, retired FROM screening_checklist_items"
                + " WHERE version = ? ORDER BY position")) {
      query.setInt(1, version);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ScreeningItem item =
              new ScreeningItem(
                  rows.getString(1),
                  rows.getString(2),
                  ScreeningCategory.valueOf(rows.getString(3)),
                  Optional.ofNullable(rows.getString(4)));
          (rows.getInt(5) == 1 ? retired : items).add(item);
        }
      }
    }
    return new ScreeningChecklist(VERSION_PREFIX + version, items, retired);
  }
}
