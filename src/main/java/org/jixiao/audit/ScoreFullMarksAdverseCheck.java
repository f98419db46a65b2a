package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.framework.FormulaId;
import org.jixiao.framework.IndicatorNode;
import org.jixiao.framework.ScoringRule;
import org.jixiao.scoring.Measurement;
import org.jixiao.scoring.Ratios;

/**
 * 控制率超过 100% 仍得满分 — under a framework that leaves the score to the evaluator (财预〔2013〕53号 sets no
 * scoring standard), a control or execution rate above 100 % — spending beyond the budget, staff
 * beyond the posts — given full marks. Seed 002: “三公经费”控制率 223.00% (2/2), 预算执行率 1076.69% (4/4).
 * Indicators with a printed target or a framework threshold are judged by {@code
 * SCORE-MISSED-FULL-MARKS} instead.
 */
final class ScoreFullMarksAdverseCheck extends NamedCheck {

  /** What a rate above 100 % means for each control formula. */
  private static final Map<FormulaId, String> MEANING = new EnumMap<>(FormulaId.class);

  static {
    MEANING.put(FormulaId.THREE_PUBLIC_CONTROL_RATE, "“三公”经费实际支出超出预算");
    MEANING.put(FormulaId.PUBLIC_FUNDS_CONTROL_RATE, "公用经费实际支出超出预算");
    MEANING.put(FormulaId.STAFF_CONTROL_RATE, "在职人数超出编制数");
    MEANING.put(FormulaId.BUDGET_EXECUTION_RATE, "支出超出预算数");
    MEANING.put(FormulaId.BUDGET_COMPLETION_RATE, "支出超出预算数");
  }

  ScoreFullMarksAdverseCheck() {
    super(
        "SCORE-FULL-MARKS-ADVERSE",
        Severity.WARNING,
        "控制率超过 100% 仍得满分",
        "财预〔2013〕53号 指标解释：控制率反映对支出（人员）的控制程度，超过 100% 即超出预算（编制）");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (ScoreSheets.Row r : ScoreSheets.rows(ctx)) {
      BigDecimal w = r.weight();
      BigDecimal s = r.indicator().statedScore();
      if (w == null
          || s == null
          || s.compareTo(w) != 0
          || !ScoreTexts.isBlank(r.indicator().target())) {
        continue;
      }
      Optional<IndicatorNode> leaf = r.sheet().leaf(r.indicator());
      if (leaf.isEmpty()
          || !MEANING.containsKey(leaf.get().formula())
          || !(leaf.get().rule() instanceof ScoringRule.Manual
              || leaf.get().rule() instanceof ScoringRule.Checklist)) {
        continue;
      }
      FormulaId formula = leaf.get().formula();
      String printed = r.indicator().statedValue();
      Optional<BigDecimal> value = ScoreJudgements.percent(printed);
      String source;
      if (value.isPresent()) {
        source = "报告所列 " + printed.strip();
      } else {
        Measurement m = ctx.measurements().measure(formula);
        if (!m.hasValue()) {
          continue;
        }
        value = Optional.of(m.value());
        List<String> inputs = new ArrayList<>();
        m.inputs().forEach((k, v) -> inputs.add(k + " " + v));
        source =
            "按 "
                + m.formulaText()
                + " 计算："
                + String.join("，", inputs)
                + "，得 "
                + Ratios.percent(m.value());
      }
      if (value.get().compareTo(BigDecimal.ONE) <= 0) {
        continue;
      }
      String rate = Ratios.percent(value.get());
      out.add(
          Findings.of(
              this,
              ScoreSheets.named(r.indicator().name())
                  + "为 "
                  + rate
                  + "，超过 100%（"
                  + MEANING.get(formula)
                  + "），却得满分 "
                  + ScoreSheets.points(w)
                  + " 分",
              r.scoreLocation(),
              ScoreSheets.printed(s) + " 分（满分）",
              "低于满分 " + ScoreSheets.points(w) + " 分（比率超过 100% 应扣分）",
              source + " > 100%"));
    }
    return out;
  }
}
