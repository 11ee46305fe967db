package app.myomap.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * What is known of one backup, kept in a small properties file beside it: when it was made and by
 * which MyoMap, its data format, size and SHA-256, the head of its record chain (kept outside the
 * file, so a later change to the file shows), and that it was verified before it was named a
 * backup.
 *
 * @param chainHead the newest entry of the backup's record chain, as checked before it was named
 */
public record BackupManifest(
    Instant createdAt,
    String appVersion,
    int schemaVersion,
    long sizeBytes,
    String sha256,
    ChainHead chainHead,
    boolean verified) {

  /** Writes the manifest to {@code file} and syncs it to the disk. */
  void write(Path file) throws IOException {
    Properties p = new Properties();
    p.setProperty("created_at", createdAt.toString());
    p.setProperty("app_version", appVersion);
    p.setProperty("schema_version", Integer.toString(schemaVersion));
    p.setProperty("size_bytes", Long.toString(sizeBytes));
    p.setProperty("sha256", sha256);
    p.setProperty("chain_head", chainHead.toString());
    p.setProperty("verified", Boolean.toString(verified));
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      p.store(out, "MyoMap backup manifest");
    }
    Database.syncFile(file);
  }

  /** The manifest in {@code file}, or empty when it is missing or cannot be read. */
  static Optional<BackupManifest> read(Path file) {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
      return Optional.of(
          new BackupManifest(
              Instant.parse(p.getProperty("created_at")),
              p.getProperty("app_version", ""),
              Integer.parseInt(p.getProperty("schema_version")),
              Long.parseLong(p.getProperty("size_bytes")),
              p.getProperty("sha256", ""),
              java.util.Objects.requireNonNull(ChainHead.parse(p.getProperty("chain_head"))),
              Boolean.parseBoolean(p.getProperty("verified"))));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
