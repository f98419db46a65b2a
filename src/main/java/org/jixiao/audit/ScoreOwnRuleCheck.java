package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.scoring.Ratios;

/**
 * 得分与报告自述规则矛盾 — the report prints a threshold rule for the indicator ("结转结余变动率小于 10%，分值 1 分") and a
 * value that meets it, yet takes points off. Seed 003 B22: −5.01% is below 10%, scored 0 of 1.
 */
final class ScoreOwnRuleCheck extends NamedCheck {

  ScoreOwnRuleCheck() {
    super("SCORE-OWN-RULE", Severity.ERROR, "得分与报告自述的评分规则矛盾", "报告自身所列的评分规则（评分标准）");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (ScoreSheets.Row r : ScoreSheets.rows(ctx)) {
      contradiction(r)
          .ifPresent(
              c -> {
                String stated = ScoreSheets.printed(r.indicator().statedScore());
                String full = ScoreSheets.points(r.weight());
                out.add(
                    Findings.of(
                        this,
                        "报告自述规则“"
                            + ScoreTexts.quote(c.rule().sentence(), 60)
                            + "”：所列值 "
                            + c.valueText()
                            + " "
                            + c.rule().describe()
                            + "，应得满分 "
                            + full
                            + " 分，报告却给 "
                            + stated
                            + " 分",
                        r.scoreLocation(),
                        stated + " 分",
                        full + " 分",
                        c.valueText()
                            + " "
                            + c.rule().comparison().symbol()
                            + " "
                            + Ratios.percent(c.rule().threshold())
                            + "，满足“"
                            + c.rule().describe()
                            + "”→ 满分 "
                            + full
                            + " 分"));
              });
    }
    return out;
  }

  /** The rule and value when the row's score contradicts the rule the report states for it. */
  static Optional<Contradiction> contradiction(ScoreSheets.Row r) {
    BigDecimal w = r.weight();
    BigDecimal s = r.indicator().statedScore();
    if (w == null || s == null || s.compareTo(w) >= 0 || s.signum() < 0) {
      return Optional.empty();
    }
    Optional<OwnRule> rule = OwnRule.read(r.indicator().criterion(), w);
    if (rule.isEmpty()) {
      return Optional.empty();
    }
    String text = r.indicator().statedValue();
    Optional<BigDecimal> value = ScoreJudgements.percent(text);
    if (value.isEmpty()) {
      text = r.indicator().actual();
      value = ScoreJudgements.percent(text);
    }
    if (value.isEmpty() || !rule.get().admits(value.get())) {
      return Optional.empty();
    }
    return Optional.of(new Contradiction(rule.get(), text.strip()));
  }

  record Contradiction(OwnRule rule, String valueText) {}
}
