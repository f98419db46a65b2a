package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.budget.FigureLine;
import org.jixiao.budget.Indicator;
import org.jixiao.budget.NarrativeSection;
import org.jixiao.budget.ScoreSheet;
import org.jixiao.framework.ExplanationThresholds;
import org.jixiao.scoring.Ratios;

/**
 * 执行率偏低且未说明原因 — a sheet's budget execution (全年执行数 / 全年预算数) below the framework's explanation
 * threshold (default 90 %) with no explanation anywhere: not in the indicators' deviation reasons,
 * the funds lines, the sheet's note, nor a narrative sentence about execution that gives a cause.
 * Seed 001: 8675.33 / 9853.12 = 88.05 %, nothing said about it. Seed 000 (87.91 %) explains it
 * (“专项资金预算执行进度缓慢 … 由于 …”).
 */
final class DevLowExecutionCheck extends NamedCheck {

  DevLowExecutionCheck() {
    super(
        "DEV-LOW-EXECUTION",
        Severity.WARNING,
        "预算执行率低于阈值且未说明原因",
        "财预〔2020〕10号 单位自评：对预算执行偏差应分析原因并提出改进措施（执行率低于 90% 须说明，RULES.md §2.2、§2.5）");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (ScoreSheets.Sheet s : ScoreSheets.sheets(ctx)) {
      ScoreSheet.Funds funds = s.sheet().funds();
      FigureLine t = funds == null ? null : funds.total();
      if (t == null
          || t.actual() == null
          || t.fullYearBudget() == null
          || t.fullYearBudget().signum() == 0) {
        continue;
      }
      BigDecimal threshold =
          s.framework() == null
              ? ExplanationThresholds.DEFAULT.executionBelow()
              : s.framework().explanations().executionBelow();
      BigDecimal rate = Ratios.divide(t.actual(), t.fullYearBudget());
      if (rate.compareTo(threshold) >= 0 || explained(ctx, s.sheet())) {
        continue;
      }
      String printed =
          ScoreTexts.isBlank(funds.statedRate())
              ? Ratios.percent(rate)
              : funds.statedRate().strip();
      out.add(
          Findings.of(
              this,
              "预算执行率 "
                  + Ratios.percent(rate)
                  + " 低于 "
                  + Ratios.percent(threshold)
                  + "，报告未说明执行偏低的原因",
              s.label() + " / 预算执行率",
              printed,
              "不低于 " + Ratios.percent(threshold) + "，或说明原因及改进措施",
              t.actual().toPlainString()
                  + " / "
                  + t.fullYearBudget().toPlainString()
                  + " = "
                  + Ratios.percent(rate)
                  + " < "
                  + Ratios.percent(threshold)
                  + "；偏差原因、表注与正文中未见对执行率的说明"));
    }
    return out;
  }

  private static boolean explained(AuditContext ctx, ScoreSheet sheet) {
    Stream<String> texts =
        Stream.of(
                sheet.indicators().stream().map(Indicator::deviationReason),
                lines(sheet.funds()).map(FigureLine::reason),
                Stream.of(sheet.note()),
                ctx.year().narrative().stream().map(NarrativeSection::text))
            .flatMap(x -> x);
    return texts.anyMatch(ScoreTexts::explainsExecution);
  }

  private static Stream<FigureLine> lines(ScoreSheet.Funds funds) {
    Stream<FigureLine> top =
        Stream.concat(
            Stream.of(funds.total()),
            Stream.concat(funds.byIncome().stream(), funds.byNature().stream()));
    return top.flatMap(l -> Stream.concat(Stream.of(l), l.items().stream()));
  }
}
