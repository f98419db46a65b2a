package org.jixiao.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.budget.Indicator;
import org.jixiao.framework.Framework;
import org.jixiao.framework.IndicatorNode;
import org.jixiao.framework.QualitativeBand;
import org.jixiao.framework.ScoringRule;
import org.jixiao.framework.ZeroDenominatorPolicy;

/**
 * 单项指标评分 — scores one indicator under its rule and sets the engine's figure beside the report's. A
 * manual score (checklist, qualitative, judgement) is taken from the report only when it lies in
 * its allowed range.
 */
final class IndicatorScorer {
  private final Framework framework;
  private final Measurements measurements;
  private final RuleEvaluator evaluator;

  IndicatorScorer(Framework framework, Measurements measurements) {
    this.framework = framework;
    this.measurements = measurements;
    this.evaluator = new RuleEvaluator(framework.explanations());
  }

  /**
   * @param node the framework leaf, or null when the sheet's own indicator is scored by the
   *     framework's default rule
   * @param indicator the sheet's row, or null when the report has no row for a framework leaf
   */
  ItemResult score(
      String path,
      IndicatorNode node,
      Indicator indicator,
      BigDecimal weight,
      List<String> extraNotes) {
    String name = indicator != null ? indicator.name() : node.name();
    String code =
        indicator != null && indicator.code() != null
            ? indicator.code()
            : node == null ? null : node.code();
    String target = indicator == null ? null : indicator.target();
    String actual = indicator == null ? null : indicator.actual();
    BigDecimal stated = indicator == null ? null : indicator.statedScore();
    ScoringRule rule = node != null && node.rule() != null ? node.rule() : framework.defaultRule();
    if (weight == null) {
      return item(
          code,
          name,
          path,
          null,
          target,
          actual,
          null,
          Score.notScored("评分表未列该指标的分值，无法评分"),
          stated,
          ItemStatus.NOT_SCORED,
          null,
          "未列分值",
          extraNotes);
    }
    Measurement m =
        node != null && node.formula() != null ? measurements.measure(node.formula()) : null;
    ZeroDenominatorPolicy policy =
        node != null && node.zeroDenominator() != null
            ? node.zeroDenominator()
            : framework.zeroDenominator();
    RuleOutcome o =
        evaluator.apply(rule, new RuleEvaluator.Input(weight, target, actual, m, policy));
    List<String> notes = new ArrayList<>(o.notes());
    notes.addAll(extraNotes);
    Score score;
    ItemStatus status;
    String result = o.result();
    if (o.excluded()) {
      score = o.score();
      status = ItemStatus.EXCLUDED;
    } else if (o.manual()) {
      QualitativeBand band = o.band();
      if (stated == null) {
        score = Score.notScored(result + "；报告未列得分");
        status = ItemStatus.NOT_SCORED;
      } else if (band != null ? band.admits(stated, weight) : inRange(stated, weight)) {
        score = Score.of(stated);
        status = ItemStatus.ACCEPTED_STATED;
        result = result + "；采用报告得分 " + Ratios.points(stated);
      } else {
        String range =
            band != null ? "“" + band.label() + "”档" : "0 至 " + Ratios.points(weight) + " 分";
        score = Score.notScored("报告得分 " + Ratios.points(stated) + " 不在允许范围（" + range + "）内");
        status = ItemStatus.STATED_OUT_OF_RANGE;
        result = result + "；" + score.reason();
      }
    } else {
      score = Score.of(framework.rounding().score(o.score().points()));
      status = StatedComparison.status(score, stated);
      result = result + " → 得分 " + score.points().toPlainString();
      if (status == ItemStatus.DIFFERS_FROM_STATED) {
        result = result + "（报告得分 " + Ratios.points(stated) + "）";
      }
    }
    Explanation e =
        new Explanation(o.formula(), o.inputs(), rule == null ? null : rule.describe(), result);
    return new ItemResult(
        code, name, path, weight, target, actual, o.value(), score, stated, status, e, notes);
  }

  /** A row the report marks 不适用, with no weight: kept, not scored, not counted. */
  ItemResult notApplicable(String path, Indicator indicator) {
    return item(
        indicator.code(),
        indicator.name(),
        path,
        indicator.weight(),
        indicator.target(),
        indicator.actual(),
        null,
        Score.notScored("不适用"),
        indicator.statedScore(),
        ItemStatus.EXCLUDED,
        null,
        "报告标注为不适用，不计分",
        List.of());
  }

  private static boolean inRange(BigDecimal stated, BigDecimal weight) {
    return stated.signum() >= 0 && stated.compareTo(weight) <= 0;
  }

  private static ItemResult item(
      String code,
      String name,
      String path,
      BigDecimal weight,
      String target,
      String actual,
      BigDecimal value,
      Score score,
      BigDecimal stated,
      ItemStatus status,
      String rule,
      String result,
      List<String> notes) {
    return new ItemResult(
        code,
        name,
        path,
        weight,
        target,
        actual,
        value,
        score,
        stated,
        status,
        new Explanation(null, null, rule, result),
        notes);
  }
}
