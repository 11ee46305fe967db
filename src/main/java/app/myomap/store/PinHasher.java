package app.myomap.store;

import app.myomap.model.Practitioner.StoredPin;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Turns a practitioner's PIN into what is stored (PBKDF2 with HMAC-SHA-256, a random salt and an
 * iteration count) and checks a typed PIN against it. The PIN only keeps a colleague from charting
 * under another's name on a shared computer; it encrypts nothing.
 */
public final class PinHasher {
  /** The iterations of new PINs. */
  static final int ITERATIONS = 120_000;

  private static final int SALT_BYTES = 16;
  private static final int KEY_BITS = 256;

  private final SecureRandom random = new SecureRandom();

  /** The stored form of {@code pin}, with a new salt. */
  public StoredPin hash(char[] pin) {
    checkShape(pin);
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    return new StoredPin(
        HexFormat.of().formatHex(derive(pin, salt, ITERATIONS)),
        HexFormat.of().formatHex(salt),
        ITERATIONS);
  }

  /** Whether {@code typed} is the PIN that {@code stored} was made from. */
  public static boolean matches(StoredPin stored, char[] typed) {
    byte[] expected = HexFormat.of().parseHex(stored.hashHex());
    byte[] actual = derive(typed, HexFormat.of().parseHex(stored.saltHex()), stored.iterations());
    return MessageDigest.isEqual(expected, actual);
  }

  /** Whether {@code pin} is 4 to 12 digits, the only PINs kept. */
  public static boolean wellFormed(char[] pin) {
    if (pin == null || pin.length < 4 || pin.length > 12) {
      return false;
    }
    for (char c : pin) {
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static void checkShape(char[] pin) {
    if (!wellFormed(pin)) {
      throw new IllegalArgumentException("A PIN is 4 to 12 digits");
    }
  }

  private static byte[] derive(char[] pin, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, KEY_BITS);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("This Java has no PBKDF2WithHmacSHA256", e);
    } finally {
      spec.clearPassword();
    }
  }
}
