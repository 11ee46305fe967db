package app.myomap.store;

import app.myomap.model.BodyView;
import app.myomap.model.Carry;
import app.myomap.model.CarryState;
import app.myomap.model.Mark;
import app.myomap.model.MarkId;
import app.myomap.model.MuscleRef;
import app.myomap.model.NotePin;
import app.myomap.model.PainIntensity;
import app.myomap.model.PressurePainThreshold;
import app.myomap.model.PressureUnit;
import app.myomap.model.ReferralKind;
import app.myomap.model.ReferralZone;
import app.myomap.model.ReferredSensation;
import app.myomap.model.Side;
import app.myomap.model.SymptomArea;
import app.myomap.model.SymptomConstancy;
import app.myomap.model.SymptomSensation;
import app.myomap.model.TriggerPoint;
import app.myomap.model.TriggerPointCriterion;
import app.myomap.model.TriggerPointStatus;
import app.myomap.model.TwitchDetection;
import app.myomap.model.TwitchPresence;
import app.myomap.model.TwitchResponse;
import app.myomap.model.TwitchStrength;
import app.myomap.model.ZoneShape;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of {@code mark_versions} that hold a mark's fields, one per field, and the mapping
 * between them and the model: enums by stable code, sets as comma-separated codes in alphabetical
 * order, coordinates and readings as REAL so that every double comes back exactly, and a zone's
 * outline as its canonical path data text, which reads back to an equal shape.
 */
final class MarkColumns {
  /** The column names, in binding order. */
  static final String NAMES =
      "kind, body_view, x, y, muscle, side, status, criteria, ppt_value, ppt_unit, needled,"
          + " examiner, note, twitch_presence, twitch_count, twitch_strength, twitch_detected_by,"
          + " pin_text, geometry, owner_id, zone_kind, sensation, intensity, constancy,"
          + " origin_visit_id, origin_mark_id, root_visit_id, root_mark_id, carry_state";

  /** How many columns {@link #NAMES} lists. */
  static final int COUNT = 29;

  private static final String TRIGGER_POINT = "triggerPoint";
  private static final String NOTE_PIN = "notePin";
  private static final String REFERRAL_ZONE = "referralZone";
  private static final String SYMPTOM_AREA = "symptomArea";

  private MarkColumns() {}

  /** The column names, each prefixed with the table alias {@code alias}. */
  static String qualified(String alias) {
    List<String> names = new ArrayList<>();
    for (String name : NAMES.split(",")) {
      names.add(alias + "." + name.strip());
    }
    return String.join(", ", names);
  }

  /** Binds the fields of {@code mark}, or all nulls for a deletion marker, from {@code first}. */
  static void bind(PreparedStatement s, int first, Mark mark) throws SQLException {
    Object[] values = new Object[COUNT];
    if (mark instanceof TriggerPoint tp) {
      values[0] = TRIGGER_POINT;
      values[4] = tp.muscle().id();
      values[5] = tp.side().code();
      values[6] = tp.status().name();
      values[7] = codes(tp.criteria());
      values[8] = tp.pressurePainThreshold().map(PressurePainThreshold::value).orElse(null);
      values[9] = tp.pressurePainThreshold().map(p -> p.unit().name()).orElse(null);
      values[10] = tp.needled() ? 1 : 0;
      values[11] = tp.examiner();
      values[12] = tp.note();
      TwitchResponse twitch = tp.twitch();
      values[13] = twitch.presence().name();
      values[14] = twitch.count();
      values[15] = twitch.strength().map(Enum::name).orElse(null);
      values[16] = codes(twitch.detectedBy());
    } else if (mark instanceof NotePin pin) {
      values[0] = NOTE_PIN;
      values[17] = pin.text();
    } else if (mark instanceof ReferralZone zone) {
      values[0] = REFERRAL_ZONE;
      values[18] = zone.shape().toText();
      values[19] = zone.owner().map(MarkId::value).orElse(null);
      values[20] = zone.referralKind().name();
      values[21] = zone.sensation().name();
      values[22] = zone.intensity().map(PainIntensity::value).orElse(null);
    } else if (mark instanceof SymptomArea area) {
      values[0] = SYMPTOM_AREA;
      values[18] = area.shape().toText();
      values[21] = area.sensation().name();
      values[22] = area.intensity().map(PainIntensity::value).orElse(null);
      values[23] = area.constancy().name();
    }
    if (mark != null) {
      values[1] = mark.view().id();
      values[2] = mark.x();
      values[3] = mark.y();
      mark.carry()
          .ifPresent(
              carry -> {
                values[24] = carry.originVisitId();
                values[25] = carry.originMarkId().value();
                values[26] = carry.rootVisitId();
                values[27] = carry.rootMarkId().value();
                values[28] = carry.state().name();
              });
    }
    for (int i = 0; i < COUNT; i++) {
      bindValue(s, first + i, values[i]);
    }
  }

  /** Reads the mark with {@code id} from the columns starting at {@code first}. */
  static Mark read(ResultSet rows, int first, MarkId id) throws SQLException {
    Mark mark = readFields(rows, first, id);
    String state = rows.getString(first + 28);
    if (state == null) {
      return mark;
    }
    return mark.withCarry(
        Optional.of(
            new Carry(
                rows.getString(first + 24),
                new MarkId(rows.getString(first + 25)),
                rows.getString(first + 26),
                new MarkId(rows.getString(first + 27)),
                CarryState.valueOf(state))));
  }

  private static Mark readFields(ResultSet rows, int first, MarkId id) throws SQLException {
    String kind = rows.getString(first);
    BodyView view = BodyView.ofId(rows.getString(first + 1));
    double x = rows.getDouble(first + 2);
    double y = rows.getDouble(first + 3);
    if (NOTE_PIN.equals(kind)) {
      return new NotePin(id, view, x, y, rows.getString(first + 17));
    }
    if (REFERRAL_ZONE.equals(kind) || SYMPTOM_AREA.equals(kind)) {
      return readZone(rows, first, id, view, kind);
    }
    if (!TRIGGER_POINT.equals(kind)) {
      throw new SQLException("Mark " + id + " has an unknown kind: " + kind);
    }
    double pptValue = rows.getDouble(first + 8);
    String pptUnit = rows.getString(first + 9);
    Optional<PressurePainThreshold> threshold =
        pptUnit == null
            ? Optional.empty()
            : Optional.of(new PressurePainThreshold(pptValue, PressureUnit.valueOf(pptUnit)));
    String strength = rows.getString(first + 15);
    TwitchResponse twitch =
        new TwitchResponse(
            TwitchPresence.valueOf(rows.getString(first + 13)),
            rows.getInt(first + 14),
            Optional.ofNullable(strength).map(TwitchStrength::valueOf),
            parse(rows.getString(first + 16), TwitchDetection.class));
    return new TriggerPoint(
        id,
        view,
        x,
        y,
        new MuscleRef(rows.getString(first + 4)),
        Side.ofCode(rows.getString(first + 5)),
        TriggerPointStatus.valueOf(rows.getString(first + 6)),
        parse(rows.getString(first + 7), TriggerPointCriterion.class),
        threshold,
        rows.getInt(first + 10) == 1,
        rows.getString(first + 11),
        rows.getString(first + 12),
        twitch);
  }

  private static Mark readZone(ResultSet rows, int first, MarkId id, BodyView view, String kind)
      throws SQLException {
    ZoneShape shape = ZoneShape.fromText(rows.getString(first + 18));
    int intensity = rows.getInt(first + 22);
    Optional<PainIntensity> rating =
        rows.wasNull() ? Optional.empty() : Optional.of(new PainIntensity(intensity));
    if (REFERRAL_ZONE.equals(kind)) {
      return new ReferralZone(
          id,
          view,
          shape,
          Optional.ofNullable(rows.getString(first + 19)).map(MarkId::new),
          ReferralKind.valueOf(rows.getString(first + 20)),
          ReferredSensation.valueOf(rows.getString(first + 21)),
          rating);
    }
    return new SymptomArea(
        id,
        view,
        shape,
        SymptomSensation.valueOf(rows.getString(first + 21)),
        rating,
        SymptomConstancy.valueOf(rows.getString(first + 23)));
  }

  private static void bindValue(PreparedStatement s, int index, Object value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.NULL);
    } else if (value instanceof Double d) {
      s.setDouble(index, d);
    } else if (value instanceof Integer i) {
      s.setInt(index, i);
    } else {
      s.setString(index, (String) value);
    }
  }

  private static String codes(Collection<? extends Enum<?>> values) {
    List<String> names = new ArrayList<>();
    for (Enum<?> value : values) {
      names.add(value.name());
    }
    names.sort(null);
    return String.join(",", names);
  }

  private static <E extends Enum<E>> Set<E> parse(String codes, Class<E> type) {
    Set<E> values = EnumSet.noneOf(type);
    if (!codes.isEmpty()) {
      for (String code : codes.split(",")) {
        values.add(Enum.valueOf(type, code));
      }
    }
    return values;
  }
}
