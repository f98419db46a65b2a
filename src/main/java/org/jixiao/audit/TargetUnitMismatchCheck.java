package org.jixiao.audit;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.quantity.Bound;
import org.jixiao.quantity.Quantity;
import org.jixiao.quantity.QuantityParser;
import org.jixiao.quantity.Range;
import org.jixiao.quantity.TargetValue;

/**
 * 指标值与实际完成值单位不一致 — a target and its actual in units that cannot be compared: {@code ≤30天内} against
 * {@code 100%}, {@code 12个月} against {@code 100%}, {@code 207.36万元} against {@code 100%}. A figure
 * written without any unit borrows the other side's and is not reported here; a date against a date
 * without its year is comparable.
 */
final class TargetUnitMismatchCheck extends NamedCheck {
  private static final QuantityParser PARSER = new QuantityParser();

  TargetUnitMismatchCheck() {
    super(
        "TARGET-UNIT-MISMATCH",
        Severity.WARNING,
        "年度指标值与实际完成值计量单位不一致",
        "财预〔2021〕101号：定量指标值 = 比较符号 + 数值 + 计量单位；实际完成值应与指标值同口径、同单位");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (ScoreSheets.Row r : ScoreSheets.rows(ctx)) {
      Quantity t = quantity(PARSER.parse(r.indicator().target()));
      Quantity a = quantity(PARSER.parse(r.indicator().actual()));
      if (t == null
          || a == null
          || t.isComparableTo(a)
          || t.unit().isDimensionless()
          || a.unit().isDimensionless()
          || (t.unit().isDate() && a.unit().isDate())) {
        continue;
      }
      String target = r.indicator().target().strip();
      String actual = r.indicator().actual().strip();
      out.add(
          Findings.of(
              this,
              ScoreSheets.named(r.indicator().name())
                  + "年度指标值“"
                  + target
                  + "”以“"
                  + unit(t)
                  + "”计，实际完成值“"
                  + actual
                  + "”以“"
                  + unit(a)
                  + "”计，两者无法比较",
              r.location() + " / 实际完成值",
              actual,
              "以“" + unit(t) + "”计的实际完成值",
              "指标值单位“" + unit(t) + "” ≠ 实际完成值单位“" + unit(a) + "”"));
    }
    return out;
  }

  private static Quantity quantity(TargetValue v) {
    if (v instanceof Bound b) {
      return b.quantity();
    }
    if (v instanceof Range range) {
      return range.low();
    }
    return null;
  }

  private static String unit(Quantity q) {
    if (q.unit().isDate()) {
      return "日期";
    }
    return q.unit().symbol().isEmpty() ? q.unit().baseSymbol() : q.unit().symbol();
  }
}
