package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.Optional;
import org.jixiao.framework.IndicatorNode;
import org.jixiao.framework.ScoringRule;
import org.jixiao.quantity.Assessment;
import org.jixiao.quantity.Bound;
import org.jixiao.quantity.QuantityParser;
import org.jixiao.quantity.TargetAssessment;
import org.jixiao.quantity.TargetValue;
import org.jixiao.scoring.Measurement;
import org.jixiao.scoring.Ratios;

/**
 * 目标是否达成 — the judgements several score checks share, so that each fact is reported by exactly one
 * check: a missed target given full marks (not also "score differs"), a met target marked down (not
 * also "score differs"), a score that contradicts the report's own rule.
 */
final class ScoreJudgements {
  private static final TargetAssessment ASSESSMENT = new TargetAssessment();
  private static final QuantityParser PARSER = new QuantityParser();

  private ScoreJudgements() {}

  /** The assessment of a row that prints both a target and an actual. */
  static Optional<Assessment> assess(ScoreSheets.Row r) {
    String t = r.indicator().target();
    String a = r.indicator().actual();
    if (ScoreTexts.isBlank(t) || ScoreTexts.isBlank(a)) {
      return Optional.empty();
    }
    return Optional.of(ASSESSMENT.assess(t, a));
  }

  /** A threshold rule of the framework ("> 80% 得满分") that the measured value does not meet. */
  static Optional<String> missedThreshold(ScoreSheets.Row r, AuditContext ctx) {
    Optional<IndicatorNode> leaf = r.sheet().leaf(r.indicator());
    if (leaf.isEmpty() || !(leaf.get().rule() instanceof ScoringRule.Threshold rule)) {
      return Optional.empty();
    }
    Optional<BigDecimal> value = measured(r, ctx, leaf.get());
    if (value.isEmpty() || meets(rule, value.get())) {
      return Optional.empty();
    }
    return Optional.of("比率 " + Ratios.percent(value.get()) + " 未达到满分标准（" + rule.describe() + "）");
  }

  /** Full marks (not more) for a row whose target was missed. */
  static boolean missedWithFullMarks(ScoreSheets.Row r, AuditContext ctx) {
    BigDecimal w = r.weight();
    BigDecimal s = r.indicator().statedScore();
    if (w == null || s == null || s.compareTo(w) != 0) {
      return false;
    }
    Optional<Assessment> a = assess(r);
    if (a.isPresent() && a.get().outcome() == Assessment.Outcome.NOT_MET) {
      return true;
    }
    return missedThreshold(r, ctx).isPresent();
  }

  /** A row whose target was met, scored below its weight (and not below zero). */
  static boolean metButMarkedDown(ScoreSheets.Row r) {
    BigDecimal w = r.weight();
    BigDecimal s = r.indicator().statedScore();
    if (w == null || s == null || s.signum() < 0 || s.compareTo(w) >= 0) {
      return false;
    }
    return assess(r).map(Assessment::isMet).orElse(false);
  }

  /** The value the framework's formula gives, or the report's own printed value for the row. */
  static Optional<BigDecimal> measured(ScoreSheets.Row r, AuditContext ctx, IndicatorNode leaf) {
    if (leaf.formula() != null) {
      Measurement m = ctx.measurements().measure(leaf.formula());
      if (m.hasValue()) {
        return Optional.of(m.value());
      }
      if (m.problem() == Measurement.Problem.ZERO_DENOMINATOR) {
        return Optional.empty();
      }
    }
    return percent(r.indicator().statedValue());
  }

  /** A plain percentage as printed ("-5.01%", "95.23%") as a ratio; nothing for anything else. */
  static Optional<BigDecimal> percent(String text) {
    if (ScoreTexts.isBlank(text)) {
      return Optional.empty();
    }
    // U+2212 (−) is how typeset reports print a minus sign; read it as one.
    TargetValue v = PARSER.parse(text.strip().replace('−', '-').replace('－', '-'));
    if (v instanceof Bound b && b.isExactValue() && b.quantity().unit().isRatio()) {
      return Optional.of(b.quantity().toBase().value());
    }
    return Optional.empty();
  }

  static boolean meets(ScoringRule.Threshold rule, BigDecimal value) {
    int c = value.compareTo(rule.threshold());
    return switch (rule.comparison()) {
      case ">" -> c > 0;
      case ">=" -> c >= 0;
      case "<" -> c < 0;
      default -> c <= 0;
    };
  }
}
