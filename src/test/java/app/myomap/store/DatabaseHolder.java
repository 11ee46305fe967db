package app.myomap.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A second MyoMap process for the lock tests: opens the database named by its argument, prints
 * {@code OPEN}, holds it until a line arrives on standard input, then prints {@code CLOSED}; a
 * refusal prints {@code REFUSED <reason>}.
 */
public final class DatabaseHolder {
  private DatabaseHolder() {}

  public static void main(String[] args) throws Exception {
    Database database;
    try {
      database = Database.open(Path.of(args[0]));
    } catch (DatabaseRefusedException e) {
      System.out.println("REFUSED " + e.reason());
      System.out.flush();
      System.exit(3);
      return;
    }
    System.out.println("OPEN");
    System.out.flush();
    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    database.close();
    System.out.println("CLOSED");
    System.out.flush();
  }
}
