package app.myomap.chart;

import app.myomap.atlas.Muscle;
import app.myomap.atlas.MuscleCatalogue;
import app.myomap.model.MuscleRef;
import java.text.MessageFormat;
import java.util.function.Function;

/**
 * How a charted muscle is named on screen, in print and in every export: the catalogue's name or
 * abbreviation, a muscle the practitioner named marked as not from the atlas, and the bare id of a
 * muscle the catalogue lacks.
 */
public final class MuscleWords {
  /** The longest chart label of a muscle not in the atlas before it is cut short. */
  static final int MAX_LABEL_LENGTH = 14;

  private MuscleWords() {}

  /** "Upper trapezius", or "Flexor pollicis longus (not in atlas)". */
  public static String name(MuscleCatalogue muscles, String muscleId) {
    if (isOther(muscleId)) {
      return MessageFormat.format(ChartWords.get("Muscle.notInAtlas"), otherName(muscleId));
    }
    return muscles.byId(muscleId).map(Muscle::name).orElse(muscleId);
  }

  /** The short label on the chart: "UT", or the practitioner's name, cut short with an ellipsis. */
  public static String abbreviation(MuscleCatalogue muscles, String muscleId) {
    if (isOther(muscleId)) {
      String text = otherName(muscleId);
      return text.length() <= MAX_LABEL_LENGTH
          ? text
          : text.substring(0, MAX_LABEL_LENGTH - 1).stripTrailing() + "\u2026";
    }
    return muscles.byId(muscleId).map(Muscle::abbreviation).orElse(muscleId);
  }

  /** {@link #name} over one catalogue, for the chart's descriptions and tables. */
  public static Function<String, String> names(MuscleCatalogue muscles) {
    return id -> name(muscles, id);
  }

  /** {@link #abbreviation} over one catalogue, for the chart's labels. */
  public static Function<String, String> abbreviations(MuscleCatalogue muscles) {
    return id -> abbreviation(muscles, id);
  }

  private static boolean isOther(String muscleId) {
    return muscleId.startsWith(MuscleRef.OTHER_PREFIX);
  }

  private static String otherName(String muscleId) {
    return muscleId.substring(MuscleRef.OTHER_PREFIX.length());
  }
}
