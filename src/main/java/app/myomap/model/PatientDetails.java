package app.myomap.model;

import java.util.Collection;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a clinic keeps about a patient beyond name, date of birth and record number: sex, how to
 * reach them, who referred them, and the medical alerts that matter for needling with a free note.
 * Every text may be empty; texts are stripped.
 *
 * @param address a postal address, its lines separated by line breaks
 * @param referrer the referring practitioner, as the clinic writes them
 * @param alerts the patient's medical alerts, iterating in declaration order
 * @param alertNote what the alerts alone do not say (a drug's name, a date of surgery)
 */
public record PatientDetails(
    Sex sex,
    String phone,
    String email,
    String address,
    String referrer,
    Set<MedicalAlert> alerts,
    String alertNote) {

  public static final int MAX_PHONE_LENGTH = 40;
  public static final int MAX_EMAIL_LENGTH = 254;
  public static final int MAX_ADDRESS_LENGTH = 400;
  public static final int MAX_REFERRER_LENGTH = 200;
  public static final int MAX_ALERT_NOTE_LENGTH = 1000;

  /** Digits with the separators people write in phone numbers, and an optional leading plus. */
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]*");

  /** One @, something before it, and a domain with a dot that neither starts nor ends it. */
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

  private static final Pattern LINE_BREAKS = Pattern.compile("\\R");

  /** No details recorded: what patients charted before details existed have. */
  public static final PatientDetails NONE =
      new PatientDetails(Sex.NOT_STATED, "", "", "", "", Set.of(), "");

  public PatientDetails {
    Checks.present(sex, "Patient sex");
    phone =
        Checks.optionalText(
            NameText.checked(Checks.present(phone, "Patient phone"), "Patient phone"),
            "Patient phone",
            MAX_PHONE_LENGTH);
    if (!phone.isEmpty() && !isPhone(phone)) {
      throw new IllegalArgumentException("Patient phone must be digits, got \"" + phone + "\"");
    }
    email =
        Checks.optionalText(
            NameText.checked(Checks.present(email, "Patient email"), "Patient email"),
            "Patient email",
            MAX_EMAIL_LENGTH);
    if (!email.isEmpty() && !isEmail(email)) {
      throw new IllegalArgumentException(
          "Patient email must look like name@example.org, got \"" + email + "\"");
    }
    address = multiLine(address, "Patient address", MAX_ADDRESS_LENGTH);
    referrer =
        Checks.optionalText(
            NameText.checked(Checks.present(referrer, "Patient referrer"), "Patient referrer"),
            "Patient referrer",
            MAX_REFERRER_LENGTH);
    alerts = Checks.enumSet(alerts, MedicalAlert.class, "Patient alerts");
    alertNote = multiLine(alertNote, "Patient alert note", MAX_ALERT_NOTE_LENGTH);
  }

  /** The same details with {@code alerts} instead. */
  public PatientDetails withAlerts(Collection<MedicalAlert> newAlerts) {
    return new PatientDetails(
        sex, phone, email, address, referrer, Set.copyOf(newAlerts), alertNote);
  }

  /** Whether {@code text} (stripped) is a phone number as this record accepts one. */
  public static boolean isPhone(String text) {
    return PHONE.matcher(text.strip()).matches();
  }

  /** Whether {@code text} (stripped) is an email address as this record accepts one. */
  public static boolean isEmail(String text) {
    return EMAIL.matcher(text.strip()).matches();
  }

  /** Text whose lines are each checked as names are; line breaks become {@code \n}. */
  private static String multiLine(String text, String field, int maxLength) {
    String[] lines = LINE_BREAKS.split(Checks.present(text, field).strip(), -1);
    StringBuilder joined = new StringBuilder();
    for (String line : lines) {
      if (joined.length() > 0) {
        joined.append('\n');
      }
      joined.append(NameText.checked(line.strip(), field));
    }
    return Checks.optionalText(joined.toString(), field, maxLength);
  }
}
