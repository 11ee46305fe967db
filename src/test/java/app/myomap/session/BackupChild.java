package app.myomap.session;

import app.myomap.store.Backup;
import app.myomap.store.BackupException;
import app.myomap.store.BackupRotation;
import app.myomap.store.Database;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A MyoMap process that backs up its database into a folder again and again, printing {@code BACKUP
 * <file>} after each, until it is killed.
 */
public final class BackupChild {
  private BackupChild() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    Path folder = Path.of(args[1]);
    try (Database database = Database.open(file)) {
      Backups backups =
          new Backups(
              database,
              () -> folder,
              "child",
              Clock.systemUTC(),
              BackupRotation.DEFAULT,
              AuditTrail.onCallingThread(database, Clock.systemUTC(), () -> "Dr Test"),
              new Backups.Listener() {
                @Override
                public void backedUp(Backup backup) {
                  System.out.println("BACKUP " + backup.file());
                  System.out.flush();
                }

                @Override
                public void failed(BackupException failure) {
                  System.out.println("FAILED " + failure.getMessage());
                  System.out.flush();
                }
              });
      while (true) {
        backups.backUpNow();
      }
    }
  }
}
