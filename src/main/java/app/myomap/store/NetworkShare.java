package app.myomap.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells whether a database file lies on a network file system (SMB/CIFS, NFS, SSHFS, WebDAV...),
 * where SQLite's file locking cannot be relied on and two computers writing one file can corrupt
 * it. The file system's own type is asked, and on Linux the mount table as well, whose longest
 * mount point above the file's real path names the file system it is on.
 */
public final class NetworkShare {
  /** File-system types (as Java and /proc/self/mountinfo name them) that are network shares. */
  static final Set<String> NETWORK_TYPES =
      Set.of(
          "cifs",
          "smb",
          "smb2",
          "smb3",
          "smbfs",
          "nfs",
          "nfs4",
          "ncpfs",
          "afs",
          "afpfs",
          "9p",
          "sshfs",
          "fuse.sshfs",
          "davfs",
          "fuse.davfs2",
          "webdav",
          "fuse.rclone",
          "fuse.s3fs",
          "fuse.gcsfuse",
          "glusterfs",
          "fuse.glusterfs",
          "ceph",
          "fuse.ceph",
          "lustre",
          "gfs2",
          "ocfs2");

  private static final Path MOUNT_INFO = Path.of("/proc/self/mountinfo");

  private NetworkShare() {}

  /**
   * The network file system {@code file} (or, for a file not created yet, its folder) is on, such
   * as {@code "nfs4"} or {@code "cifs"}; empty for a local disk or when nothing can be told.
   */
  public static Optional<String> of(Path file) {
    Path real = realPath(file);
    if (real == null) {
      return Optional.empty();
    }
    String text = real.toString();
    if (text.startsWith("\\\\") && !text.startsWith("\\\\?\\")) {
      return Optional.of("windows share");
    }
    if (Files.isReadable(MOUNT_INFO)) {
      try {
        Optional<String> mounted = onMounts(text, Files.readAllLines(MOUNT_INFO));
        if (mounted.isPresent()) {
          return mounted;
        }
      } catch (IOException e) {
        // Unreadable mount table: the file store's own type still says something.
      }
    }
    try {
      return network(Files.getFileStore(real).type());
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The network file-system type of the mount that holds {@code realPath}, given the lines of a
   * Linux {@code /proc/self/mountinfo}: the mount with the longest mount point that contains the
   * path (the last one listed when two share a mount point, as it hides the others).
   */
  static Optional<String> onMounts(String realPath, List<String> mountInfoLines) {
    String bestPoint = null;
    String bestType = null;
    for (String line : mountInfoLines) {
      String[] fields = line.split(" ");
      int dash = List.of(fields).indexOf("-");
      if (fields.length < 5 || dash < 5 || dash + 1 >= fields.length) {
        continue;
      }
      String point = unescape(fields[4]);
      if (contains(point, realPath)
          && (bestPoint == null || point.length() >= bestPoint.length())) {
        bestPoint = point;
        bestType = fields[dash + 1];
      }
    }
    return bestType == null ? Optional.empty() : network(bestType);
  }

  /** {@code type} when it is a network file system's, compared without case. */
  static Optional<String> network(String type) {
    String lower = type == null ? "" : type.toLowerCase(Locale.ROOT);
    return NETWORK_TYPES.contains(lower) || lower.startsWith("nfs")
        ? Optional.of(lower)
        : Optional.empty();
  }

  private static boolean contains(String mountPoint, String path) {
    if (mountPoint.equals("/")) {
      return path.startsWith("/");
    }
    return path.equals(mountPoint) || path.startsWith(mountPoint + "/");
  }

  /** A mount point as mountinfo writes it: space, tab, newline and backslash in octal. */
  private static String unescape(String field) {
    StringBuilder out = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '\\' && isOctal(field, i + 1)) {
        out.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
        i += 3;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isOctal(String text, int from) {
    if (from + 3 > text.length()) {
      return false;
    }
    for (int i = from; i < from + 3; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '7') {
        return false;
      }
    }
    return true;
  }

  /** The real path of the file, or of its nearest folder that exists; null if none does. */
  private static Path realPath(Path file) {
    Path candidate = file.toAbsolutePath().normalize();
    while (candidate != null) {
      try {
        return candidate.toRealPath();
      } catch (IOException e) {
        candidate = candidate.getParent();
      }
    }
    return null;
  }
}
