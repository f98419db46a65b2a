package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.budget.FigureLine;
import org.jixiao.budget.FigureTable;
import org.jixiao.quantity.Bound;
import org.jixiao.quantity.Comparison;
import org.jixiao.quantity.Quantity;
import org.jixiao.quantity.QuantityParser;
import org.jixiao.quantity.TargetValue;

/**
 * 指标值低于上年实际 — a "more is better" target (≥, >, or a plain figure) below last year's actual for the
 * same quantity. The model has no last-year field on indicators, so last year's actual is taken
 * from a table line of the same name with a 上年决算数 (money targets converted to the file's unit;
 * plain numbers compared as they are). Indicators with no such line are skipped.
 */
final class TargetBelowLastYearCheck extends NamedCheck {
  private static final QuantityParser PARSER = new QuantityParser();
  private static final BigDecimal WAN = new BigDecimal("10000");

  TargetBelowLastYearCheck() {
    super(
        "TARGET-BELOW-LAST-YEAR",
        Severity.WARNING,
        "年度指标值低于上年实际完成值",
        "财预〔2021〕101号 指标设置及取值指引：指标值原则上不低于历史水平（上年实际完成值）");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (ScoreSheets.Row r : ScoreSheets.rows(ctx)) {
      TargetValue t = PARSER.parse(r.indicator().target());
      if (!(t instanceof Bound b) || b.isDeadline() || !moreIsBetter(b.comparison())) {
        continue;
      }
      Optional<Located> last = lastYear(ctx, r.indicator().name());
      if (last.isEmpty()) {
        continue;
      }
      Optional<BigDecimal> target = inTableUnit(b.quantity(), last.get().unit());
      if (target.isEmpty() || target.get().compareTo(last.get().line().lastYearActual()) >= 0) {
        continue;
      }
      String lastText = last.get().line().lastYearActual().toPlainString() + last.get().unit();
      String text = r.indicator().target().strip();
      out.add(
          Findings.of(
              this,
              ScoreSheets.named(r.indicator().name()) + "的年度指标值“" + text + "”低于上年实际 " + lastText,
              r.location() + " / 年度指标值",
              text,
              "不低于上年实际 " + lastText,
              "指标值 "
                  + target.get().stripTrailingZeros().toPlainString()
                  + last.get().unit()
                  + " < 上年决算数 "
                  + lastText
                  + "（表“"
                  + last.get().table()
                  + "”）"));
    }
    return out;
  }

  private static boolean moreIsBetter(Comparison c) {
    return c == Comparison.GE || c == Comparison.GT || c == Comparison.EQ;
  }

  private record Located(FigureLine line, String table, String unit) {}

  private static Optional<Located> lastYear(AuditContext ctx, String name) {
    for (FigureTable t : ctx.year().tables()) {
      for (FigureLine l : t.allLines()) {
        if (l.lastYearActual() != null && l.isNamed(name)) {
          String unit =
              t.amountUnit() == null || t.amountUnit().isBlank()
                  ? ctx.amountUnit()
                  : t.amountUnit();
          return Optional.of(new Located(l, t.title() == null ? t.id() : t.title(), unit));
        }
      }
    }
    return Optional.empty();
  }

  /** The target in the table's money unit, or as a plain number when it has no unit. */
  private static Optional<BigDecimal> inTableUnit(Quantity q, String unit) {
    Quantity base = q.toBase();
    if ("元".equals(base.unit().baseSymbol())) {
      return Optional.of("万元".equals(unit) ? base.value().divide(WAN) : base.value());
    }
    if (q.unit().isDimensionless()) {
      return Optional.of(base.value());
    }
    return Optional.empty();
  }
}
