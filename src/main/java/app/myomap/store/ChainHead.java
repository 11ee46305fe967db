package app.myomap.store;

/**
 * The newest entry of a database's record chain: how many changes it holds and the hash that stands
 * for all of them. Kept outside the file too (in each backup's manifest and in the log), as anyone
 * who can edit the file can also recompute a chain inside it.
 *
 * @param seq the number of the newest entry, 0 for an empty chain
 * @param hash that entry's hash, 64 lower-case hex digits (all zeros for an empty chain)
 */
public record ChainHead(long seq, String hash) {
  /** The head of a chain with no entries. */
  public static final ChainHead EMPTY = new ChainHead(0, RecordEncoding.NO_HASH);

  /** {@code seq:hash}, the form kept in manifests, logs and the database's own meta table. */
  @Override
  public String toString() {
    return seq + ":" + hash;
  }

  /** The head written as {@link #toString()}, or null if {@code text} is not one. */
  public static ChainHead parse(String text) {
    if (text == null) {
      return null;
    }
    int colon = text.indexOf(':');
    if (colon < 1 || text.length() - colon - 1 != 64) {
      return null;
    }
    try {
      return new ChainHead(Long.parseLong(text.substring(0, colon)), text.substring(colon + 1));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
