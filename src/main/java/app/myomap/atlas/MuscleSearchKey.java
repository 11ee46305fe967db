package app.myomap.atlas;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The normalized words of one muscle that the catalogue search matches query words against. */
final class MuscleSearchKey {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{Alnum}]+");

  private final Muscle muscle;
  private final String name;
  private final String abbreviation;
  private final List<String> nameWords;
  private final List<String> allWords;

  MuscleSearchKey(Muscle muscle) {
    this.muscle = muscle;
    this.nameWords = words(muscle.name());
    this.name = String.join(" ", nameWords);
    this.abbreviation = String.join(" ", words(muscle.abbreviation()));
    List<String> every = new ArrayList<>(nameWords);
    every.addAll(words(muscle.latinName()));
    every.addAll(words(muscle.abbreviation()));
    this.allWords = List.copyOf(every);
  }

  /** Splits text into lower-case words without accents, punctuation or spaces. */
  static List<String> words(String text) {
    String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    List<String> result = new ArrayList<>();
    for (String word : SEPARATORS.split(plain.toLowerCase(Locale.ROOT))) {
      if (!word.isEmpty()) {
        result.add(word);
      }
    }
    return result;
  }

  Muscle muscle() {
    return muscle;
  }

  /** Whether every query word starts some word of this muscle. */
  boolean matches(List<String> queryWords) {
    for (String queryWord : queryWords) {
      if (!anyStartsWith(allWords, queryWord)) {
        return false;
      }
    }
    return true;
  }

  /** Lower ranks are better: name prefix, abbreviation prefix, name words, anything else. */
  int rank(String query, List<String> queryWords) {
    if (name.startsWith(query)) {
      return 0;
    }
    if (abbreviation.startsWith(query)) {
      return 1;
    }
    for (String queryWord : queryWords) {
      if (!anyStartsWith(nameWords, queryWord)) {
        return 3;
      }
    }
    return 2;
  }

  private static boolean anyStartsWith(List<String> words, String prefix) {
    for (String word : words) {
      if (word.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
