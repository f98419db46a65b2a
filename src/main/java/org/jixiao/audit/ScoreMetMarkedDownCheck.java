package org.jixiao.audit;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.quantity.Assessment;
import org.jixiao.scoring.ItemStatus;

/**
 * 达成目标却被扣分且未说明原因 — a row whose actual meets its target, scored below its weight with no deviation
 * reason. Seed 004 附件2: the three 效益 indicators, 有效促进 / 有效促进, 9 of 10 each.
 */
final class ScoreMetMarkedDownCheck extends NamedCheck {

  ScoreMetMarkedDownCheck() {
    super(
        "SCORE-MET-MARKED-DOWN",
        Severity.WARNING,
        "达成目标却扣分且未说明原因",
        "财预〔2020〕10号 单位自评计分规则：达成年度指标得满分；扣分须在“偏差原因分析及改进措施”中说明");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (ScoreSheets.Row r : ScoreSheets.rows(ctx)) {
      if (!ScoreJudgements.metButMarkedDown(r) || ScoreTexts.namesDeduction(r.indicator())) {
        continue;
      }
      if (r.item() != null && r.item().status() == ItemStatus.STATED_OUT_OF_RANGE) {
        continue; // below the qualitative band: SCORE-QUALITATIVE-BAND reports it
      }
      String reason = ScoreJudgements.assess(r).map(Assessment::reason).orElse("达成年度指标");
      String stated = ScoreSheets.printed(r.indicator().statedScore());
      String full = ScoreSheets.points(r.weight());
      out.add(
          Findings.of(
              this,
              ScoreSheets.named(r.indicator().name())
                  + "已达成年度指标（"
                  + reason
                  + "），却只得 "
                  + stated
                  + " 分（满分 "
                  + full
                  + " 分），偏差原因分析栏未说明扣分理由",
              r.scoreLocation(),
              stated + " 分",
              full + " 分，或在偏差原因分析中说明扣分理由",
              reason + "；得分 " + stated + " < 分值 " + full + "；偏差原因分析及改进措施：空白"));
    }
    return out;
  }
}
