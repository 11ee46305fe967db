package app.myomap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

/**
 * The canonical encoding, version 1, pinned: each value is its type's tag, then for an integer or a
 * real its eight bytes (most significant first; a real's IEEE 754 bits), for a text or a blob its
 * length in four bytes and its bytes (a text's in UTF-8). The expected hash was computed outside
 * Java from that description, so a change to the encoding, which would break every recorded chain,
 * fails here first.
 */
class RecordEncodingTest {
  @Test
  void valuesAreEncodedAsDescribed() {
    MessageDigest digest = RecordEncoding.sha256();
    RecordEncoding.values(digest, null, 1L, 1.5);
    RecordEncoding.values(digest, "r\u00e9", new byte[] {1, 2}, -123.456789012345);
    assertThat(RecordEncoding.hex(digest.digest()))
        .isEqualTo("ad819c2891a2a2e61220e5f153599fa82f08303ce1718d09c1c5d0e4d056ea2c");
  }

  @Test
  void anIntegerIsNotARealNorATextOfTheSameValue() {
    assertThat(hashOf(1L)).isNotEqualTo(hashOf(1.0)).isNotEqualTo(hashOf("1"));
    assertThat(hashOf(Integer.valueOf(7))).isEqualTo(hashOf(7L));
  }

  @Test
  void oneFlippedBitOfARealChangesTheHash() {
    double x = 212.75;
    double flipped = Double.longBitsToDouble(Double.doubleToRawLongBits(x) ^ 1L);
    assertThat(hashOf(x)).isNotEqualTo(hashOf(flipped));
  }

  private static String hashOf(Object value) {
    MessageDigest digest = RecordEncoding.sha256();
    RecordEncoding.values(digest, value);
    return RecordEncoding.hex(digest.digest());
  }
}
