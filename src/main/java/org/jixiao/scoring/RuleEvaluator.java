package org.jixiao.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jixiao.framework.ExplanationThresholds;
import org.jixiao.framework.QualitativeBand;
import org.jixiao.framework.ScoringRule;
import org.jixiao.framework.ScoringRule.Direction;
import org.jixiao.framework.Step;
import org.jixiao.framework.ZeroDenominatorPolicy;
import org.jixiao.quantity.Assessment;
import org.jixiao.quantity.Bound;
import org.jixiao.quantity.Comparison;
import org.jixiao.quantity.Qualitative;
import org.jixiao.quantity.QuantityParser;
import org.jixiao.quantity.Range;
import org.jixiao.quantity.TargetAssessment;
import org.jixiao.quantity.TargetValue;
import org.jixiao.quantity.Unparsed;

/**
 * 按规则计分 — applies one scoring rule to one indicator: target-directed rules use the target and
 * actual as written; value rules (thresholds, deductions, steps, surveys) use the measured ratio.
 * Scores are unrounded here; the sheet rounds them under the framework's policy.
 */
final class RuleEvaluator {

  private final QuantityParser parser = new QuantityParser();
  private final TargetAssessment assessment = new TargetAssessment();
  private final ExplanationThresholds thresholds;

  RuleEvaluator(ExplanationThresholds thresholds) {
    this.thresholds = thresholds;
  }

  /** What an indicator brings to its rule. */
  record Input(
      BigDecimal weight,
      String target,
      String actual,
      Measurement measurement,
      ZeroDenominatorPolicy zeroPolicy) {}

  RuleOutcome apply(ScoringRule rule, Input in) {
    // Java 17 has no pattern switch; the sealed hierarchy keeps this list closed.
    if (rule instanceof ScoringRule.ByTarget r) {
      return byTarget(in, r.reverseZeroPoint(), null);
    } else if (rule instanceof ScoringRule.Proportional) {
      return byTarget(in, new BigDecimal("2"), Comparison.GE);
    } else if (rule instanceof ScoringRule.Reverse r) {
      return byTarget(in, r.zeroPoint(), Comparison.LE);
    } else if (rule instanceof ScoringRule.QualitativeBands r) {
      return qualitative(r, assessment.assess(in.target(), in.actual()));
    } else if (rule instanceof ScoringRule.Checklist) {
      return RuleOutcome.manual("按评价要点人工评分", null).withEvidence(in.measurement());
    } else if (rule instanceof ScoringRule.Manual) {
      return RuleOutcome.manual("人工评分", null).withEvidence(in.measurement());
    } else if (rule instanceof ScoringRule.StepTable r) {
      return onValue(in, v -> step(r, v));
    } else if (rule instanceof ScoringRule.Deduction r) {
      return onValue(in, v -> deduction(r, v, in.weight()));
    } else if (rule instanceof ScoringRule.Threshold r) {
      return onValue(in, v -> threshold(r, v, in.weight()));
    } else if (rule instanceof ScoringRule.SurveyRate r) {
      return onValue(in, v -> survey(r, v, in.weight()));
    }
    throw new IllegalStateException("未处理的评分规则：" + rule);
  }

  private RuleOutcome byTarget(Input in, BigDecimal zeroPoint, Comparison forced) {
    TargetValue target = parser.parse(in.target());
    TargetValue actual = parser.parse(in.actual());
    if (target instanceof Unparsed u) {
      return RuleOutcome.manual("目标值无法识别（" + u.reason() + "），需人工评分", null);
    }
    if (actual instanceof Unparsed u) {
      return RuleOutcome.manual("实际值无法识别（" + u.reason() + "），需人工评分", null);
    }
    Assessment a = assessment.assess(target, actual);
    if (target instanceof Qualitative) {
      return qualitative(new ScoringRule.QualitativeBands(null), a);
    }
    if (a.outcome() == Assessment.Outcome.NOT_COMPARABLE) {
      return RuleOutcome.manual(a.reason() + "，需人工评分", null)
          .note("系统无法判断是否达成（" + a.reason() + "），报告得分需人工复核");
    }
    Comparison c = forced != null ? forced : target instanceof Bound b ? b.comparison() : null;
    boolean lessIsBetter = c == Comparison.LE || c == Comparison.LT;
    BigDecimal ratio = a.achievementRatio();
    // A rule that forces a direction judges "met" by that direction, not by the target's sign.
    boolean met =
        forced == null || ratio == null
            ? a.isMet()
            : lessIsBetter
                ? ratio.compareTo(BigDecimal.ONE) <= 0
                : ratio.compareTo(BigDecimal.ONE) >= 0;
    BigDecimal w = in.weight();
    RuleOutcome out;
    if (met) {
      out = RuleOutcome.scored(w, ratio, a.reason() + "，得满分");
      overAchievement(out, c, ratio);
    } else if (target instanceof Range || (target instanceof Bound b && b.isDeadline())) {
      return RuleOutcome.manual(a.reason() + "；区间或时限类指标未达成时的计分未作规定，需人工评分", null);
    } else if (ratio == null) {
      out = RuleOutcome.scored(BigDecimal.ZERO, null, a.reason() + "，目标值为 0 时未达成得 0 分");
    } else if (lessIsBetter) {
      BigDecimal points =
          ratio.compareTo(zeroPoint) >= 0
              ? BigDecimal.ZERO
              : w.multiply(zeroPoint.subtract(ratio))
                  .divide(zeroPoint.subtract(BigDecimal.ONE), Ratios.CONTEXT);
      out =
          RuleOutcome.scored(
              points.min(w), ratio, a.reason() + "；反向指标按 分值 × (1 − (实际 − 目标)/目标) 计分");
    } else {
      out =
          RuleOutcome.scored(
              w.multiply(ratio.min(BigDecimal.ONE)), ratio, a.reason() + "；按 分值 × 实际值/目标值 计分");
    }
    a.notes().forEach(out::note);
    return out;
  }

  private void overAchievement(RuleOutcome out, Comparison c, BigDecimal ratio) {
    boolean more = c == Comparison.GE || c == Comparison.GT || c == Comparison.EQ;
    if (more && ratio != null && ratio.compareTo(thresholds.overAchievementAt()) >= 0) {
      out.note(
          "实际值为目标值的 "
              + Ratios.percent(ratio)
              + "，超过 "
              + Ratios.percent(thresholds.overAchievementAt())
              + "，应说明超额原因（目标是否设置偏低）");
    }
  }

  private RuleOutcome qualitative(ScoringRule.QualitativeBands rule, Assessment a) {
    QualitativeBand band =
        switch (a.outcome()) {
          case MET -> rule.bands().get(0);
          case NOT_MET -> belowAchieved(rule);
          case NOT_COMPARABLE -> null;
        };
    String why =
        a.outcome() == Assessment.Outcome.MET
            ? a.reason() + "，属“" + band.label() + "”档"
            : a.reason();
    return RuleOutcome.manual("定性指标：" + why + "，得分由评价人员在档次内确定", band);
  }

  /**
   * Not achieved: anywhere below the achieved band (the report's wording picks which lower band).
   */
  private static QualitativeBand belowAchieved(ScoringRule.QualitativeBands rule) {
    QualitativeBand achieved = rule.bands().get(0);
    return new QualitativeBand(
        "未完全达成年度指标", BigDecimal.ZERO, achieved.min(), true, !achieved.minInclusive());
  }

  private interface ValueRule {
    RuleOutcome score(BigDecimal value);
  }

  /**
   * Applies a value rule to the measured ratio, or to the actual when it is written as a percent.
   */
  private RuleOutcome onValue(Input in, ValueRule rule) {
    Measurement m = in.measurement();
    if (m != null && m.problem() == Measurement.Problem.ZERO_DENOMINATOR) {
      return zeroDenominator(in, m);
    }
    if (m != null && m.hasValue()) {
      return rule.score(m.value()).withEvidence(m);
    }
    TargetValue actual = parser.parse(in.actual());
    if (actual instanceof Bound b && b.quantity().unit().isRatio()) {
      BigDecimal v = b.quantity().toBase().value();
      return rule.score(v).input("实际值", in.actual());
    }
    String reason = m != null ? m.reason() : "没有可用于计分的比率（体系未设公式，实际值也不是百分比）";
    return RuleOutcome.manual(reason + "，需人工评分", null).withEvidence(m);
  }

  private RuleOutcome zeroDenominator(Input in, Measurement m) {
    ZeroDenominatorPolicy policy = in.zeroPolicy();
    return switch (policy) {
      case FULL_MARKS ->
          RuleOutcome.scored(in.weight(), null, m.reason() + "；按体系规定（分母为零给满分）得满分").withEvidence(m);
      case EXCLUDE_AND_RESCALE ->
          RuleOutcome.excluded(m.reason() + "；按体系规定剔除该指标并按比例折算").withEvidence(m);
      case NOT_SCORED -> RuleOutcome.manual(m.reason() + "；比率无定义，需人工评分", null).withEvidence(m);
    };
  }

  private RuleOutcome step(ScoringRule.StepTable r, BigDecimal v) {
    for (Step s : r.steps()) {
      if (s.contains(v)) {
        return RuleOutcome.scored(
            s.points(), v, Ratios.percent(v) + " 落在阶梯中，得 " + Ratios.points(s.points()) + " 分");
      }
    }
    return RuleOutcome.manual(Ratios.percent(v) + " 不在阶梯表任何一档中，需人工评分", null);
  }

  private RuleOutcome deduction(ScoringRule.Deduction r, BigDecimal v, BigDecimal w) {
    BigDecimal gap =
        r.direction() == Direction.ABOVE ? v.subtract(r.threshold()) : r.threshold().subtract(v);
    if (gap.signum() <= 0) {
      return RuleOutcome.scored(
          w, v, Ratios.percent(v) + " 未偏离标准 " + Ratios.percent(r.threshold()) + "，不扣分");
    }
    BigDecimal steps = gap.divide(r.stepSize(), Ratios.CONTEXT);
    steps =
        switch (r.stepMode()) {
          case FLOOR -> steps.setScale(0, RoundingMode.FLOOR);
          case CEIL -> steps.setScale(0, RoundingMode.CEILING);
          case LINEAR -> steps;
        };
    BigDecimal deducted = r.perStep().multiply(steps);
    BigDecimal points = w.subtract(deducted).max(r.floor());
    return RuleOutcome.scored(
        points,
        v,
        Ratios.percent(v)
            + " 偏离标准 "
            + Ratios.percent(gap)
            + "，计 "
            + steps.stripTrailingZeros().toPlainString()
            + " 档，扣 "
            + Ratios.points(deducted.stripTrailingZeros())
            + " 分");
  }

  private RuleOutcome threshold(ScoringRule.Threshold r, BigDecimal v, BigDecimal w) {
    int c = v.compareTo(r.threshold());
    boolean met =
        switch (r.comparison()) {
          case ">" -> c > 0;
          case ">=" -> c >= 0;
          case "<" -> c < 0;
          default -> c <= 0;
        };
    if (met) {
      return RuleOutcome.scored(w, v, Ratios.percent(v) + " 达到标准，得满分");
    }
    return switch (r.otherwise()) {
      case ZERO -> RuleOutcome.scored(BigDecimal.ZERO, v, Ratios.percent(v) + " 未达到标准，得 0 分");
      case MANUAL ->
          RuleOutcome.manual(Ratios.percent(v) + " 未达到满分标准，由评价人员酌情评分", null).withValue(v);
    };
  }

  private RuleOutcome survey(ScoringRule.SurveyRate r, BigDecimal v, BigDecimal w) {
    if (r.fullAt() != null && v.compareTo(r.fullAt()) >= 0) {
      return RuleOutcome.scored(
          w, v, "满意度 " + Ratios.percent(v) + " 达到 " + Ratios.percent(r.fullAt()) + "，得满分");
    }
    return RuleOutcome.scored(
        w.multiply(v.min(BigDecimal.ONE)), v, "满意度 " + Ratios.percent(v) + " × 分值");
  }
}
