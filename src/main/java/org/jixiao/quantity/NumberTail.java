package org.jixiao.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 数值后的文字 — what follows a number: its unit, then 以上 / 以内 / 左右 / 完成 and the like.
 *
 * <p>Read from the end, so {@code 天内完成} gives the unit {@code 天}, the operator {@code ≤} (from
 * {@code 内}) and drops {@code 完成}. A {@code 余} or {@code 多} inside the unit ({@code 900余万元}, {@code
 * 4.9万余人}) is taken out of the unit and read as {@code >}.
 *
 * @param unitText the unit as written, without 余/多; empty when none
 * @param comparisons operators found after the unit, in reading order
 * @param moreThan the unit held 余 or 多
 * @param approximate 左右 / 上下
 * @param between 之间 closed the text (only meaningful after a range)
 * @param inclusion {@code （含）} → TRUE, {@code （不含）} → FALSE, none → null
 */
record NumberTail(
    String unitText,
    List<Comparison> comparisons,
    boolean moreThan,
    boolean approximate,
    boolean between,
    Boolean inclusion) {

  private static final List<String> MAGNITUDES =
      List.of("万亿", "十万", "百万", "千万", "亿", "万", "千", "百", "");

  NumberTail {
    comparisons = List.copyOf(comparisons);
  }

  static NumberTail read(String tail) {
    String rest = tail;
    List<Comparison> found = new ArrayList<>();
    boolean approximate = false;
    boolean between = false;
    for (boolean progress = true; progress && !rest.isEmpty(); ) {
      progress = false;
      Optional<String> op =
          ComparisonWords.longestEnding(rest, ComparisonWords.AFTER_UNIT.keySet());
      if (op.isPresent()) {
        found.add(0, ComparisonWords.AFTER_UNIT.get(op.get()));
        rest = cut(rest, op.get());
        progress = true;
        continue;
      }
      String current = rest;
      Optional<String> other =
          ComparisonWords.longestEnding(current, ComparisonWords.COMPLETION)
              .or(() -> ComparisonWords.longestEnding(current, ComparisonWords.APPROXIMATE_AFTER))
              .or(() -> ComparisonWords.longestEnding(current, List.of("之间")));
      if (other.isPresent()) {
        approximate |= ComparisonWords.APPROXIMATE_AFTER.contains(other.get());
        between |= other.get().equals("之间");
        rest = cut(rest, other.get());
        progress = true;
      }
    }
    Boolean inclusion = null;
    if (rest.endsWith("(含)") || rest.endsWith("(含本数)")) {
      inclusion = Boolean.TRUE;
    } else if (rest.endsWith("(不含)") || rest.endsWith("(不含本数)")) {
      inclusion = Boolean.FALSE;
    }
    if (inclusion != null) {
      rest = rest.substring(0, rest.lastIndexOf('('));
    }
    boolean moreThan = false;
    for (String magnitude : MAGNITUDES) {
      for (String more : List.of("余", "多")) {
        if (!moreThan && rest.startsWith(magnitude + more)) {
          rest = magnitude + rest.substring(magnitude.length() + 1);
          moreThan = true;
        }
      }
    }
    return new NumberTail(rest, found, moreThan, approximate, between, inclusion);
  }

  private static String cut(String text, String ending) {
    return text.substring(0, text.length() - ending.length());
  }
}
