package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.budget.ScoreSheet;
import org.jixiao.budget.ScoreSheet.LevelScore;

/**
 * 得分超过分值 — a score above the points it is out of (or below zero): an indicator, the budget
 * execution line, a level subtotal or the total.
 */
final class ScoreOverWeightCheck extends NamedCheck {

  ScoreOverWeightCheck() {
    super(
        "SCORE-OVER-WEIGHT",
        Severity.ERROR,
        "得分超过分值",
        "财预〔2020〕10号 单位自评计分规则：得分不能大于分值（预算管理一体化平台校验“得分不能大于分值”）");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (ScoreSheets.Row r : ScoreSheets.rows(ctx)) {
      test(
          out,
          "指标“" + r.indicator().name() + "”",
          r.scoreLocation(),
          r.indicator().statedScore(),
          r.weight());
    }
    for (ScoreSheets.Sheet s : ScoreSheets.sheets(ctx)) {
      ScoreSheet sheet = s.sheet();
      ScoreSheet.Funds funds = sheet.funds();
      if (funds != null) {
        BigDecimal points =
            funds.points() != null
                ? funds.points()
                : s.framework() != null && s.framework().budgetExecution() != null
                    ? s.framework().budgetExecution().points()
                    : null;
        test(out, "预算执行率得分", s.label() + " / 预算执行率 / 得分", funds.statedScore(), points);
      }
      for (LevelScore l : sheet.statedSubtotals()) {
        test(
            out,
            ScoreSheets.named(l.name()) + "小计",
            ScoreLevels.location(s, l, "得分"),
            l.statedScore(),
            l.weight());
      }
      BigDecimal total =
          sheet.statedTotalWeight() != null
              ? sheet.statedTotalWeight()
              : s.framework() == null ? null : s.framework().totalPoints();
      test(out, "总分", s.label() + " / 总分", sheet.statedTotal(), total);
    }
    return out;
  }

  private void test(
      List<Finding> out, String what, String location, BigDecimal stated, BigDecimal weight) {
    if (stated == null || weight == null) {
      return;
    }
    if (stated.compareTo(weight) > 0) {
      out.add(
          Findings.of(
              this,
              what + "得分 " + ScoreSheets.printed(stated) + " 超过其分值 " + ScoreSheets.points(weight),
              location,
              ScoreSheets.printed(stated) + " 分",
              "不超过 " + ScoreSheets.points(weight) + " 分",
              "得分 " + ScoreSheets.printed(stated) + " > 分值 " + ScoreSheets.points(weight)));
    } else if (stated.signum() < 0) {
      out.add(
          Findings.of(
              this,
              what + "得分 " + ScoreSheets.printed(stated) + " 为负数",
              location,
              ScoreSheets.printed(stated) + " 分",
              "0 至 " + ScoreSheets.points(weight) + " 分",
              "得分 " + ScoreSheets.printed(stated) + " < 0（扣分以该项分值为限）"));
    }
  }
}
