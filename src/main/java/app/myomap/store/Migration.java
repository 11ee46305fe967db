package app.myomap.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One step of the schema: the standard SQL statements that bring a database from data format {@code
 * version - 1} to {@code version}, and what must be computed rather than written in SQL (such as
 * the hashes of the record chain), run after them in the same transaction.
 *
 * @param version the data format after this step, counting from 1
 * @param name a short name for messages, such as {@code V001__meta}
 * @param statements the statements, run in order in one transaction
 * @param then the computed part, run after the statements
 */
record Migration(int version, String name, List<String> statements, SqlWork<Void> then) {
  private static final String FOLDER = "migrations/";

  /** The schema steps of this build, in order; the last one's version is the newest format. */
  static final List<Migration> ALL =
      List.of(
          fromResource(1, "V001__meta"),
          fromResource(2, "V002__charts"),
          fromResource(3, "V003__zones"),
          fromResource(4, "V004__visit_unlocks"),
          fromResource(5, "V005__replaces"),
          fromResource(6, "V006__record_chain")
              .andThen(
                  c -> {
                    RecordChain.chainExistingHistory(c);
                    return null;
                  }),
          fromResource(7, "V007__lineage"),
          fromResource(8, "V008__chain_kinds"),
          fromResource(9, "V009__visit_record"),
          fromResource(10, "V010__patient_details"),
          fromResource(11, "V011__audit_log"),
          fromResource(12, "V012__screening_checklist"),
          fromResource(13, "V013__practitioners")
              .andThen(
                  c -> {
                    PractitionerStore.profileExistingAuthors(c);
                    return null;
                  }),
          fromResource(14, "V014__hand_and_foot_views"));

  Migration {
    if (version < 1) {
      throw new IllegalArgumentException("Migration versions start at 1: " + name);
    }
    statements = List.copyOf(statements);
  }

  /** A migration from the SQL text {@code script}. */
  static Migration of(int version, String name, String script) {
    return new Migration(version, name, split(script), c -> null);
  }

  /** This step with {@code work} run after its statements. */
  Migration andThen(SqlWork<Void> work) {
    return new Migration(version, name, statements, work);
  }

  /** Loads {@code migrations/<name>.sql} beside this class. */
  static Migration fromResource(int version, String name) {
    String resource = FOLDER + name + ".sql";
    try (InputStream in = Migration.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing schema migration resource " + resource);
      }
      return of(version, name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read schema migration " + resource, e);
    }
  }

  /**
   * Splits a script into statements at each semicolon that ends a line, dropping lines that are
   * {@code --} comments. Scripts must therefore keep a semicolon that is inside a literal off the
   * end of its line.
   */
  static List<String> split(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\\R")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      if (trimmed.endsWith(";")) {
        current.append(trimmed, 0, trimmed.length() - 1);
        statements.add(current.toString().strip());
        current.setLength(0);
      } else {
        current.append(trimmed).append('\n');
      }
    }
    if (!current.toString().isBlank()) {
      statements.add(current.toString().strip());
    }
    return statements;
  }

  /** The newest data format {@code migrations} lead to, after checking they count up from 1. */
  static int latestVersion(List<Migration> migrations) {
    for (int i = 0; i < migrations.size(); i++) {
      if (migrations.get(i).version() != i + 1) {
        throw new IllegalArgumentException(
            "Migrations must be numbered 1, 2, 3... without gaps: " + migrations);
      }
    }
    return migrations.size();
  }
}
