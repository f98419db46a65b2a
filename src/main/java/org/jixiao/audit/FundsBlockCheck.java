package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.budget.FigureLine;
import org.jixiao.budget.FigureLine.Column;
import org.jixiao.budget.ScoreSheet;

/**
 * ARITH-FUNDS — a score sheet's funds block: the parts by source of funds (按收入性质 / 资金来源) and by
 * nature (基本支出、项目支出) each add up to 年度资金总额, column by column. Where a breakdown is printed under a
 * heading line (按收入性质分 1034.36), the heading equals the total too.
 */
final class FundsBlockCheck extends NamedCheck {

  FundsBlockCheck() {
    super(
        "ARITH-FUNDS",
        Severity.ERROR,
        "评分表资金构成与年度资金总额不符",
        "财预〔2020〕10号 附件 自评表：年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金 = 基本支出 + 项目支出");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    String unit = ctx.amountUnit();
    for (ScoreSheet s : ctx.year().sheets()) {
      ScoreSheet.Funds f = s.funds();
      if (f == null || f.total() == null) {
        continue;
      }
      group(ctx, s, f.total(), f.byIncome(), "按收入性质（资金来源）各项之和", unit, out);
      group(ctx, s, f.total(), f.byNature(), "按支出性质各项之和", unit, out);
    }
    return out;
  }

  private void group(
      AuditContext ctx,
      ScoreSheet s,
      FigureLine total,
      List<FigureLine> group,
      String against,
      String unit,
      List<Finding> out) {
    List<FigureLine> parts = ArithFunds.parts(group);
    Optional<FigureLine> heading = ArithFunds.heading(group);
    for (Column c : Column.values()) {
      BigDecimal stated = total.amount(c);
      List<BigDecimal> terms = parts.stream().map(l -> l.amount(c)).filter(v -> v != null).toList();
      if (stated == null || terms.isEmpty()) {
        continue;
      }
      BigDecimal sum = terms.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      String where = ArithFormat.at(ArithFunds.label(s), label(total), c.label());
      ArithCompare.compare(
              this,
              ctx,
              new ArithCompare.Claim(
                  "“" + label(total) + "”的" + c.label(),
                  against,
                  where,
                  stated,
                  sum,
                  unit,
                  false,
                  terms,
                  ArithFormat.sum(terms, sum)))
          .ifPresent(out::add);
      BigDecimal head = heading.map(h -> h.amount(c)).orElse(null);
      if (head != null
          && ArithCompare.judge(ctx, head, sum, false, terms) != Tolerance.Verdict.AGREES) {
        ArithCompare.compare(
                this,
                ctx,
                new ArithCompare.Claim(
                    "“" + label(heading.get()) + "”的" + c.label(),
                    "“" + label(total) + "”",
                    ArithFormat.at(ArithFunds.label(s), label(heading.get()), c.label()),
                    head,
                    stated,
                    unit,
                    false,
                    List.of(stated),
                    label(total) + " " + ArithFormat.plain(stated)))
            .ifPresent(out::add);
      }
    }
  }

  private static String label(FigureLine l) {
    return ArithNode.label(l);
  }
}
