package org.jixiao.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 数值前的文字 — what stands before the number: a sign, operators, 约, and perhaps a subject.
 *
 * <p>{@code “三公经费”控制率≤} gives {@code ≤} with the subject {@code “三公经费”控制率}; {@code 较上年提高} gives a
 * problem, because the number after it is a change against a base that is not given.
 *
 * @param negative a minus sign stood right before the number
 * @param comparisons the operators found, in reading order (may disagree; the caller decides)
 * @param approximate 约, 近, 大约 …
 * @param subject what is left: the indicator's name, ignored once checked
 * @param problem why the head cannot be read, or {@code null}
 */
record NumberHead(
    boolean negative,
    List<Comparison> comparisons,
    boolean approximate,
    String subject,
    String problem) {

  NumberHead {
    comparisons = List.copyOf(comparisons);
  }

  static NumberHead read(String head) {
    String rest = head;
    boolean negative = false;
    if (rest.endsWith("-") || rest.endsWith("+")) {
      negative = rest.endsWith("-");
      rest = rest.substring(0, rest.length() - 1);
    }
    List<Comparison> found = new ArrayList<>();
    boolean approximate = false;
    // Right before the number: operators, 约 and filler, in any order (均达, 达到约, 最高不超过).
    for (boolean progress = true; progress && !rest.isEmpty(); ) {
      progress = false;
      Optional<String> op =
          ComparisonWords.longestEnding(rest, ComparisonWords.BEFORE_NUMBER.keySet());
      Optional<String> approx =
          ComparisonWords.longestEnding(rest, ComparisonWords.APPROXIMATE_BEFORE);
      Optional<String> filler = ComparisonWords.longestEnding(rest, ComparisonWords.NEUTRAL);
      String word = longest(op, approx, filler);
      if (word != null) {
        if (op.isPresent() && op.get().equals(word)) {
          found.add(0, ComparisonWords.BEFORE_NUMBER.get(word));
        } else if (approx.isPresent() && approx.get().equals(word)) {
          approximate = true;
        }
        rest = rest.substring(0, rest.length() - word.length());
        progress = true;
      }
    }
    if (found.isEmpty()) {
      // 控制在预算金额9853.12万元内: the operator stands before a noun that renames the number.
      for (String noun : ComparisonWords.APPOSITIVES) {
        if (rest.endsWith(noun)) {
          String before = rest.substring(0, rest.length() - noun.length());
          Optional<String> op =
              ComparisonWords.longestEnding(before, ComparisonWords.OPENING.keySet());
          if (op.isPresent()) {
            found.add(ComparisonWords.OPENING.get(op.get()));
            rest = before.substring(0, before.length() - op.get().length());
            break;
          }
        }
      }
    }
    // At the very start: 不低于, 约, 在 … before a subject.
    for (boolean progress = true; progress && !rest.isEmpty(); ) {
      progress = false;
      Optional<String> op = ComparisonWords.longestOpening(rest, ComparisonWords.OPENING.keySet());
      Optional<String> approx = ComparisonWords.longestOpening(rest, List.of("约", "大约", "≈"));
      Optional<String> filler = ComparisonWords.longestOpening(rest, List.of("在", "为", "于"));
      String word = longest(op, approx, filler);
      if (word != null) {
        if (op.isPresent() && op.get().equals(word)) {
          found.add(0, ComparisonWords.OPENING.get(word));
        } else if (approx.isPresent() && approx.get().equals(word)) {
          approximate = true;
        }
        rest = rest.substring(word.length());
        progress = true;
      }
    }
    return new NumberHead(negative, found, approximate, rest, problemWith(rest));
  }

  boolean hasProblem() {
    return problem != null;
  }

  private static String problemWith(String subject) {
    if (subject.isEmpty()) {
      return null;
    }
    for (String word : ComparisonWords.RELATIVE) {
      if (subject.contains(word)) {
        return "描述的是相对变化或参照对象（“" + word + "”），缺少基数，不能读成数值";
      }
    }
    for (String word : ComparisonWords.OPENING.keySet()) {
      if (subject.contains(word)) {
        return "比较词“" + word + "”与数值之间有无法识别的文字“" + subject + "”";
      }
    }
    if (subject.matches(".*[%‰/~()\\[\\]<>=≥≤≈+\\-.].*")) {
      return "数值前有无法识别的文字“" + subject + "”";
    }
    if (subject.matches(".*[未不没无非]")) {
      return "数值前的否定词无法识别：“" + subject + "”";
    }
    return null;
  }

  private static String longest(Optional<String> a, Optional<String> b, Optional<String> c) {
    String best = null;
    for (Optional<String> candidate : List.of(a, b, c)) {
      if (candidate.isPresent() && (best == null || candidate.get().length() > best.length())) {
        best = candidate.get();
      }
    }
    return best;
  }
}
