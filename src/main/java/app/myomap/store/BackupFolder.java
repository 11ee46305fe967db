package app.myomap.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The backups of one database in one folder, named after the database and the time in UTC ({@code
 * clinic-20261206-223000Z.db} for {@code clinic.db}) with a manifest beside each ({@code
 * clinic-20261206-223000Z.manifest.properties}). Only a file of that name with a readable manifest
 * counts as a backup; a file being written has a hidden {@code .partial} name until it is complete
 * and verified. Files of other names are never touched.
 */
public final class BackupFolder {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
  private static final String MANIFEST_SUFFIX = ".manifest.properties";
  private static final String PARTIAL_SUFFIX = ".partial";

  private final Path folder;
  private final String stem;
  private final Pattern backupName;

  /** The backups of {@code databaseFile} in {@code folder}. */
  /** The default backup folder of {@code databaseFile}: {@code backups} beside it. */
  public static Path besides(Path databaseFile) {
    return databaseFile.toAbsolutePath().normalize().resolveSibling("backups");
  }

  public BackupFolder(Path folder, Path databaseFile) {
    this.folder = folder.toAbsolutePath().normalize();
    String name = databaseFile.getFileName().toString();
    this.stem = name.endsWith(".db") ? name.substring(0, name.length() - 3) : name;
    this.backupName = Pattern.compile(Pattern.quote(stem) + "-(\\d{8}-\\d{6})Z\\.db");
  }

  public Path folder() {
    return folder;
  }

  /** The complete backups, newest first. */
  public List<Backup> list() throws IOException {
    List<Backup> backups = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return backups;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        Matcher m = backupName.matcher(entry.getFileName().toString());
        if (m.matches() && Files.isRegularFile(entry)) {
          BackupManifest.read(manifestOf(entry))
              .ifPresent(mf -> backups.add(new Backup(entry, mf)));
        }
      }
    }
    backups.sort(Comparator.comparing(Backup::createdAt).reversed());
    return backups;
  }

  /** The newest complete backup's time, if there is one. */
  public java.util.Optional<Instant> newest() throws IOException {
    return list().stream().map(Backup::createdAt).findFirst();
  }

  /** The name a backup made at {@code time} gets: the first free second from that time on. */
  Path fileFor(Instant time) {
    Instant at = time;
    while (true) {
      Path file = folder.resolve(stem + "-" + STAMP.format(at) + "Z.db");
      if (!Files.exists(file) && !Files.exists(manifestOf(file))) {
        return file;
      }
      at = at.plusSeconds(1);
    }
  }

  /** The manifest beside the backup {@code file}. */
  static Path manifestOf(Path file) {
    String name = file.getFileName().toString();
    return file.resolveSibling(name.substring(0, name.length() - 3) + MANIFEST_SUFFIX);
  }

  /** The hidden name under which {@code file} is written until it is complete. */
  static Path partialOf(Path file) {
    return file.resolveSibling("." + file.getFileName() + PARTIAL_SUFFIX);
  }

  /**
   * Removes what an interrupted backup of this database left: hidden partial files (and SQLite's
   * journal of one), and a manifest whose backup file never got its name.
   */
  void removeLeftovers() throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    String hiddenPrefix = "." + stem + "-";
    List<Path> leftovers = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        boolean partial =
            name.startsWith(hiddenPrefix)
                && (name.endsWith(PARTIAL_SUFFIX) || name.contains(PARTIAL_SUFFIX + "-"));
        boolean orphanManifest =
            name.endsWith(MANIFEST_SUFFIX)
                && backupName
                    .matcher(name.substring(0, name.length() - MANIFEST_SUFFIX.length()) + ".db")
                    .matches()
                && !Files.exists(
                    entry.resolveSibling(
                        name.substring(0, name.length() - MANIFEST_SUFFIX.length()) + ".db"));
        if (partial || orphanManifest) {
          leftovers.add(entry);
        }
      }
    }
    for (Path leftover : leftovers) {
      Files.deleteIfExists(leftover);
    }
  }

  /**
   * Deletes the backups {@code rotation} does not keep, days counted in {@code zone}; returns the
   * deleted backup files.
   */
  public List<Path> rotate(BackupRotation rotation, ZoneId zone) throws IOException {
    List<Backup> backups = list();
    Set<Instant> keep = rotation.keep(backups.stream().map(Backup::createdAt).toList(), zone);
    List<Path> deleted = new ArrayList<>();
    for (Backup backup : backups) {
      if (!keep.contains(backup.createdAt())) {
        // The file first: a manifest left alone is not counted, and the next backup removes it.
        Files.deleteIfExists(backup.file());
        Files.deleteIfExists(manifestOf(backup.file()));
        deleted.add(backup.file());
      }
    }
    return deleted;
  }
}
