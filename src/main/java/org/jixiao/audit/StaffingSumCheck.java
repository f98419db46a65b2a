package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jixiao.budget.Staffing;
import org.jixiao.budget.Staffing.StaffCategory;

/**
 * ARITH-STAFF — the staff categories (行政编制, 参公, 事业编制 …) add up to the 编制数 and to the 实有在职人数, and a
 * category's sub-categories add up to it. People are counted, not rounded: any difference is an
 * error. A category with a single sub-category (含机关工人1名) only needs to hold it.
 */
final class StaffingSumCheck extends NamedCheck {

  StaffingSumCheck() {
    super("ARITH-STAFF", Severity.ERROR, "人员分类之和与总数不符", "编制数、实有人数 = 各类人员之和");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    Staffing s = ctx.year().staffing();
    if (s == null || s.categories().isEmpty()) {
      return out;
    }
    compare(ctx, "编制数", s.authorized(), s.categories(), StaffCategory::authorized, "人员编制", out);
    compare(ctx, "实有在职人数", s.actual(), s.categories(), StaffCategory::actual, "人员编制", out);
    for (StaffCategory c : s.categories()) {
      if (c.items().size() < 2) {
        single(ctx, c, out);
        continue;
      }
      String where = ArithFormat.at("人员编制", c.category());
      compare(
          ctx,
          "“" + c.category() + "”编制数",
          c.authorized(),
          c.items(),
          StaffCategory::authorized,
          where,
          out);
      compare(
          ctx,
          "“" + c.category() + "”实有人数",
          c.actual(),
          c.items(),
          StaffCategory::actual,
          where,
          out);
    }
    return out;
  }

  private void compare(
      AuditContext ctx,
      String what,
      Integer total,
      List<StaffCategory> parts,
      Function<StaffCategory, Integer> column,
      String where,
      List<Finding> out) {
    if (total == null || parts.stream().anyMatch(p -> column.apply(p) == null)) {
      return;
    }
    List<BigDecimal> terms = parts.stream().map(p -> BigDecimal.valueOf(column.apply(p))).toList();
    BigDecimal sum = terms.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    String basis =
        String.join(" + ", parts.stream().map(p -> p.category() + " " + column.apply(p)).toList())
            + " = "
            + sum.toPlainString();
    ArithCompare.compare(
            this,
            ctx,
            new ArithCompare.Claim(
                what,
                "各类人员之和",
                ArithFormat.at(where, what.replaceAll("“.*”", "")),
                BigDecimal.valueOf(total),
                sum,
                "人",
                true,
                terms,
                basis))
        .ifPresent(out::add);
  }

  /** A single 其中 item must not exceed its category. */
  private void single(AuditContext ctx, StaffCategory c, List<Finding> out) {
    for (StaffCategory i : c.items()) {
      for (String col : List.of("编制数", "实有人数")) {
        Integer whole = col.equals("编制数") ? c.authorized() : c.actual();
        Integer part = col.equals("编制数") ? i.authorized() : i.actual();
        if (whole != null && part != null && part > whole) {
          out.add(
              Findings.of(
                  this,
                  "“"
                      + c.category()
                      + "”其中“"
                      + i.category()
                      + "”的"
                      + col
                      + "超过其所属类别："
                      + part
                      + " 人 > "
                      + whole
                      + " 人",
                  ArithFormat.at("人员编制", c.category(), i.category(), col),
                  part + "人",
                  "≤ " + whole + "人",
                  i.category() + " " + part + " ≤ " + c.category() + " " + whole));
        }
      }
    }
  }
}
