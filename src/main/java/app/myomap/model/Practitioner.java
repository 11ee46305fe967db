package app.myomap.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * A practitioner's profile, one revision of it: who charts, signs and writes the record, with the
 * credentials shown on what the patient sees. Text fields are stripped and empty when not given.
 *
 * @param id the profile's id, kept across revisions
 * @param version the revision, counting from 1
 * @param signaturePng a small PNG of the practitioner's signature, or null
 * @param pin the PIN as stored (a hash, never the PIN), or null when none is set
 * @param retired whether the profile is no longer offered for charting
 */
public record Practitioner(
    String id,
    int version,
    String name,
    String profession,
    String qualifications,
    String registrationNumber,
    String providerNumber,
    byte[] signaturePng,
    StoredPin pin,
    boolean retired) {
  /** The longest name kept, as for the practitioner names of visits. */
  public static final int MAX_NAME_LENGTH = Visit.MAX_PRACTITIONER_LENGTH;

  public static final int MAX_PROFESSION_LENGTH = 200;
  public static final int MAX_QUALIFICATIONS_LENGTH = 500;
  public static final int MAX_NUMBER_LENGTH = 40;

  /** The largest signature image kept, in bytes. */
  public static final int MAX_SIGNATURE_BYTES = 256 * 1024;

  public Practitioner {
    Objects.requireNonNull(id, "id");
    name = Objects.requireNonNull(name, "name").strip();
    if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException("A practitioner's name is 1 to 200 characters");
    }
    if (version < 1) {
      throw new IllegalArgumentException("Profile revisions count from 1, got " + version);
    }
    profession = limited(profession, MAX_PROFESSION_LENGTH, "profession");
    qualifications = limited(qualifications, MAX_QUALIFICATIONS_LENGTH, "qualifications");
    registrationNumber = limited(registrationNumber, MAX_NUMBER_LENGTH, "registration number");
    providerNumber = limited(providerNumber, MAX_NUMBER_LENGTH, "provider number");
    if (signaturePng != null) {
      if (signaturePng.length > MAX_SIGNATURE_BYTES) {
        throw new IllegalArgumentException("A signature image is at most 256 KB");
      }
      signaturePng = signaturePng.clone();
    }
  }

  /** A new profile (revision 1) with only a name. */
  public static Practitioner named(String id, String name) {
    return new Practitioner(id, 1, name, "", "", "", "", null, null, false);
  }

  /** The signature image, or null. */
  @Override
  public byte[] signaturePng() {
    return signaturePng == null ? null : signaturePng.clone();
  }

  /** Whether choosing this profile asks for a PIN. */
  public boolean hasPin() {
    return pin != null;
  }

  /** The credentials line shown under the name: profession, qualifications, registration. */
  public String credentials() {
    StringBuilder line = new StringBuilder();
    for (String part : new String[] {profession, qualifications, registrationNumber}) {
      if (!part.isEmpty()) {
        if (line.length() > 0) {
          line.append(", ");
        }
        line.append(part);
      }
    }
    return line.toString();
  }

  /** This profile with the given details, as its next revision would hold them. */
  public Practitioner withDetails(
      String name,
      String profession,
      String qualifications,
      String registrationNumber,
      String providerNumber) {
    return new Practitioner(
        id,
        version,
        name,
        profession,
        qualifications,
        registrationNumber,
        providerNumber,
        signaturePng,
        pin,
        retired);
  }

  /** This profile with another signature image (null: none). */
  public Practitioner withSignature(byte[] png) {
    return new Practitioner(
        id,
        version,
        name,
        profession,
        qualifications,
        registrationNumber,
        providerNumber,
        png,
        pin,
        retired);
  }

  /** This profile with another stored PIN (null: none). */
  public Practitioner withPin(StoredPin stored) {
    return new Practitioner(
        id,
        version,
        name,
        profession,
        qualifications,
        registrationNumber,
        providerNumber,
        signaturePng,
        stored,
        retired);
  }

  /** This profile retired, or offered again. */
  public Practitioner withRetired(boolean isRetired) {
    return new Practitioner(
        id,
        version,
        name,
        profession,
        qualifications,
        registrationNumber,
        providerNumber,
        signaturePng,
        pin,
        isRetired);
  }

  /** This profile as revision {@code next}. */
  public Practitioner asVersion(int next) {
    return new Practitioner(
        id,
        next,
        name,
        profession,
        qualifications,
        registrationNumber,
        providerNumber,
        signaturePng,
        pin,
        retired);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Practitioner p
        && id.equals(p.id)
        && version == p.version
        && name.equals(p.name)
        && profession.equals(p.profession)
        && qualifications.equals(p.qualifications)
        && registrationNumber.equals(p.registrationNumber)
        && providerNumber.equals(p.providerNumber)
        && Arrays.equals(signaturePng, p.signaturePng)
        && Objects.equals(pin, p.pin)
        && retired == p.retired;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version, name);
  }

  @Override
  public String toString() {
    return "Practitioner[" + id + " v" + version + " " + name + "]";
  }

  private static String limited(String text, int max, String what) {
    String stripped = text == null ? "" : text.strip();
    if (stripped.length() > max) {
      throw new IllegalArgumentException("The " + what + " is at most " + max + " characters");
    }
    return stripped;
  }

  /**
   * A PIN as stored: the PBKDF2 hash of the PIN with its salt and iteration count, in hex.
   *
   * @param hashHex the 32-byte derived key
   * @param saltHex the 16-byte salt
   */
  public record StoredPin(String hashHex, String saltHex, int iterations) {
    public StoredPin {
      Objects.requireNonNull(hashHex, "hashHex");
      Objects.requireNonNull(saltHex, "saltHex");
      if (hashHex.length() != 64 || saltHex.length() != 32 || iterations < 10_000) {
        throw new IllegalArgumentException("Not a stored PIN");
      }
    }
  }
}
