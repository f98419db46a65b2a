package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.budget.Survey;
import org.jixiao.budget.Survey.Option;
import org.jixiao.budget.Survey.Question;

/**
 * 调查表计数 — what a survey's own tallies add up to: answers, excluded answers (不了解), valid answers and
 * points per question and in all, and the top points an answer can earn.
 */
final class SurveyCounts {
  private final Survey survey;

  SurveyCounts(Survey survey) {
    this.survey = survey;
  }

  Survey survey() {
    return survey;
  }

  /**
   * Why the tallies cannot be added up (an answer not among the options, an option without points).
   */
  Optional<String> problem() {
    if (survey.options().isEmpty() || survey.questions().isEmpty()) {
      return Optional.of("调查缺少选项或题目");
    }
    for (Option o : survey.options()) {
      if (!o.isExcluded() && o.points() == null) {
        return Optional.of("选项“" + o.label() + "”没有分值");
      }
    }
    for (Question q : survey.questions()) {
      for (String label : q.counts().keySet()) {
        if (option(label).isEmpty()) {
          return Optional.of("题目“" + q.text() + "”的选项“" + label + "”不在选项表中");
        }
      }
    }
    return Optional.empty();
  }

  Optional<Option> option(String label) {
    return survey.options().stream().filter(o -> o.label().equals(label)).findFirst();
  }

  int answers(Question q) {
    return q.counts().values().stream().mapToInt(Integer::intValue).sum();
  }

  int excluded(Question q) {
    return q.counts().entrySet().stream()
        .filter(e -> option(e.getKey()).map(Option::isExcluded).orElse(false))
        .mapToInt(Map.Entry::getValue)
        .sum();
  }

  int valid(Question q) {
    return answers(q) - excluded(q);
  }

  /** Σ count × points over the options that count. */
  BigDecimal points(Question q) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Map.Entry<String, Integer> e : q.counts().entrySet()) {
      Option o = option(e.getKey()).orElseThrow();
      if (!o.isExcluded()) {
        sum = sum.add(o.points().multiply(BigDecimal.valueOf(e.getValue())));
      }
    }
    return sum;
  }

  /** “2×3 + 2×2 = 10”. */
  String pointsBasis(Question q) {
    StringBuilder terms = new StringBuilder();
    for (Option o : survey.options()) {
      Integer n = q.counts().get(o.label());
      if (n != null && n != 0 && !o.isExcluded()) {
        terms.append(terms.isEmpty() ? "" : " + ").append(o.label()).append(" ").append(n);
        terms.append("×").append(o.points().stripTrailingZeros().toPlainString());
      }
    }
    return (terms.isEmpty() ? "0" : terms) + " = " + points(q).stripTrailingZeros().toPlainString();
  }

  /** The most an answer can earn among the options that count. */
  Optional<BigDecimal> top() {
    return survey.options().stream()
        .filter(o -> !o.isExcluded() && o.points() != null)
        .map(Option::points)
        .max(BigDecimal::compareTo);
  }

  int answers() {
    return questions().stream().mapToInt(this::answers).sum();
  }

  int excluded() {
    return questions().stream().mapToInt(this::excluded).sum();
  }

  int valid() {
    return answers() - excluded();
  }

  BigDecimal points() {
    return questions().stream().map(this::points).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Answers per option over all questions, in the options' order. */
  Map<String, Integer> perOption() {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (Option o : survey.options()) {
      int n = questions().stream().mapToInt(q -> q.counts().getOrDefault(o.label(), 0)).sum();
      out.put(o.label(), n);
    }
    return out;
  }

  /** “1 + 2 + 1 = 4” for one option over the questions. */
  String optionBasis(String label) {
    List<String> terms =
        questions().stream().map(q -> String.valueOf(q.counts().getOrDefault(label, 0))).toList();
    return String.join(" + ", terms) + " = " + perOption().get(label);
  }

  List<Question> questions() {
    return survey.questions();
  }

  /**
   * Points of answers × whole option points are exact: a printed total that differs from them by
   * one is not a rounding difference. Comparisons of whole figures therefore use no tolerance.
   */
  static AuditContext exact(AuditContext ctx, BigDecimal stated, BigDecimal computed) {
    boolean whole =
        stated.stripTrailingZeros().scale() <= 0 && computed.stripTrailingZeros().scale() <= 0;
    return whole
        ? new AuditContext(
            ctx.year(),
            ctx.scored(),
            ctx.frameworks(),
            ctx.measurements(),
            new Tolerance(BigDecimal.ZERO))
        : ctx;
  }

  String place() {
    return "满意度调查「" + (survey.name() == null ? survey.id() : survey.name()) + "」";
  }
}
