package app.myomap.model;

import app.myomap.model.geometry.RingSimplifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The text form of a {@link ZoneShape}: SVG path data of absolute moves, lines and closes, with
 * coordinates in hundredths of an outline unit written with at most two decimals.
 */
final class ZoneShapeText {
  private ZoneShapeText() {}

  /** The canonical text: {@code M<x>,<y>L<x>,<y>...Z} per ring, nothing in between. */
  static String format(int[][] rings) {
    StringBuilder text = new StringBuilder();
    for (int[] ring : rings) {
      for (int i = 0; i < ring.length; i += 2) {
        text.append(i == 0 ? 'M' : 'L');
        appendNumber(text, ring[i]);
        text.append(',');
        appendNumber(text, ring[i + 1]);
      }
      text.append('Z');
    }
    return text.toString();
  }

  private static void appendNumber(StringBuilder text, int hundredths) {
    if (hundredths < 0) {
      text.append('-');
    }
    int magnitude = Math.abs(hundredths);
    text.append(magnitude / 100);
    int fraction = magnitude % 100;
    if (fraction != 0) {
      text.append('.').append(fraction / 10);
      if (fraction % 10 != 0) {
        text.append(fraction % 10);
      }
    }
  }

  /** The rings of path data, leniently spaced; see {@link ZoneShape#fromText}. */
  static int[][] parse(String text) {
    List<int[]> rings = new ArrayList<>();
    int[] ring = new int[32];
    int size = 0;
    boolean open = false;
    int pos = 0;
    int length = text.length();
    while (true) {
      pos = skipSeparators(text, pos);
      if (pos >= length) {
        break;
      }
      char c = text.charAt(pos);
      if (c == 'M') {
        if (open) {
          throw malformed("a ring is not closed with Z before the next M", text);
        }
        open = true;
        size = 0;
        pos++;
      } else if (c == 'L') {
        if (!open || size == 0) {
          throw malformed("L must follow a move", text);
        }
        pos++;
      } else if (c == 'Z' || c == 'z') {
        if (!open) {
          throw malformed("Z without a ring", text);
        }
        rings.add(closeRing(ring, size, text));
        open = false;
        pos++;
        continue;
      } else if (!open) {
        throw malformed("path data must start each ring with M", text);
      }
      long[] x = new long[1];
      pos = readNumber(text, skipSeparators(text, pos), x);
      long[] y = new long[1];
      pos = readNumber(text, skipSeparators(text, pos), y);
      if (size + 2 > ring.length) {
        ring = Arrays.copyOf(ring, ring.length * 2);
      }
      ring[size++] = toInt(x[0], text);
      ring[size++] = toInt(y[0], text);
    }
    if (open) {
      throw malformed("the last ring is not closed with Z", text);
    }
    if (rings.isEmpty()) {
      throw malformed("no ring", text);
    }
    return rings.toArray(new int[0][]);
  }

  private static int[] closeRing(int[] ring, int size, String text) {
    int n = size;
    if (n >= 4 && ring[0] == ring[n - 2] && ring[1] == ring[n - 1]) {
      n -= 2;
    }
    if (n < 6) {
      throw malformed("a ring needs at least three points", text);
    }
    return Arrays.copyOf(ring, n);
  }

  private static int skipSeparators(String text, int pos) {
    while (pos < text.length()
        && (Character.isWhitespace(text.charAt(pos)) || text.charAt(pos) == ',')) {
      pos++;
    }
    return pos;
  }

  /** Reads a decimal number into hundredths, rounding half up (away from zero) past two digits. */
  private static int readNumber(String text, int pos, long[] out) {
    int start = pos;
    boolean negative = false;
    if (pos < text.length() && (text.charAt(pos) == '-' || text.charAt(pos) == '+')) {
      negative = text.charAt(pos) == '-';
      pos++;
    }
    long whole = 0;
    int digits = 0;
    while (pos < text.length() && Character.isDigit(text.charAt(pos)) && digits < 12) {
      whole = whole * 10 + (text.charAt(pos++) - '0');
      digits++;
    }
    long fraction = 0;
    int fractionDigits = 0;
    boolean roundUp = false;
    if (pos < text.length() && text.charAt(pos) == '.') {
      pos++;
      while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
        int digit = text.charAt(pos++) - '0';
        if (fractionDigits < 2) {
          fraction = fraction * 10 + digit;
        } else if (fractionDigits == 2) {
          roundUp = digit >= 5;
        }
        fractionDigits++;
        digits++;
      }
    }
    if (digits == 0) {
      throw malformed("a number was expected at position " + start, text);
    }
    if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
      throw malformed("a number is too long at position " + start, text);
    }
    for (int i = Math.min(fractionDigits, 2); i < 2; i++) {
      fraction *= 10;
    }
    long value = whole * 100 + fraction + (roundUp ? 1 : 0);
    out[0] = negative ? -value : value;
    return pos;
  }

  private static int toInt(long hundredths, String text) {
    if (Math.abs(hundredths) > RingSimplifier.MAX_HUNDREDTHS) {
      throw malformed("a coordinate is out of range", text);
    }
    return (int) hundredths;
  }

  private static IllegalArgumentException malformed(String problem, String text) {
    String shown = text.length() <= 60 ? text : text.substring(0, 57) + "...";
    return new IllegalArgumentException(
        "Zone shape path data is malformed: " + problem + ": \"" + shown + "\"");
  }
}
