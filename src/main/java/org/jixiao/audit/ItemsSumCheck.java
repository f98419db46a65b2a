package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.budget.FigureLine.Column;

/**
 * ARITH-ITEMS-SUM — a line with items (合计、小计、类-款-项) against the sum of its items, column by column,
 * in every table and in the social-insurance fund.
 *
 * <p>Blank item cells count as 0 when other items have the column; an item without a figure of its
 * own counts as the sum of its items. A subtotal that agrees with its items once the items'
 * subtotals are recomputed is not reported: the error starts below it and is reported there. A 其中
 * list (or a single item) need not add up; it is reported only when it exceeds the line.
 */
final class ItemsSumCheck extends NamedCheck {

  ItemsSumCheck() {
    super("ARITH-ITEMS-SUM", Severity.ERROR, "合计与明细之和不符", "会计恒等式：合计 = 各明细之和（财预〔2013〕53号 基础数据表口径）");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    ArithTree.everyLine(ctx.year())
        .filter(ArithNode::hasChildren)
        .forEach(
            n -> {
              for (Column c : Column.values()) {
                compare(ctx, n, c).ifPresent(out::add);
              }
            });
    return out;
  }

  private Optional<Finding> compare(AuditContext ctx, ArithNode n, Column c) {
    BigDecimal printed = n.printed(c);
    Optional<BigDecimal> sum = n.itemsSum(c);
    if (printed == null || sum.isEmpty() || n.agreesWithItems(c, ctx.tolerance())) {
      return Optional.empty();
    }
    boolean count = c == Column.COUNT;
    List<BigDecimal> terms = n.itemTerms(c);
    if (n.partial()) {
      Tolerance.Verdict v = ArithCompare.judge(ctx, printed, sum.get(), count, terms);
      String unit = n.unitOf(c);
      return Optional.of(
          Findings.of(
              this,
              v == Tolerance.Verdict.ROUNDING ? Severity.INFO : severity(),
              "“"
                  + n.name()
                  + "”的其中项之和超过其本身："
                  + c.label()
                  + "报告为 "
                  + ArithFormat.amount(printed, unit)
                  + "，其中项合计 "
                  + ArithFormat.amount(sum.get(), unit),
              n.at(c),
              ArithFormat.amount(printed, unit),
              "≥ " + ArithFormat.amount(sum.get(), unit),
              ArithFormat.sum(terms, sum.get())));
    }
    BigDecimal trueSum = n.trueItemsSum(c).orElseThrow();
    List<BigDecimal> trueTerms = n.trueItemTerms(c);
    Tolerance.Verdict asPrinted = ArithCompare.judge(ctx, printed, sum.get(), count, terms);
    Tolerance.Verdict recomputed = ArithCompare.judge(ctx, printed, trueSum, count, trueTerms);
    boolean useTrue = recomputed.ordinal() < asPrinted.ordinal();
    BigDecimal expected = useTrue ? trueSum : sum.get();
    List<BigDecimal> used = useTrue ? trueTerms : terms;
    return ArithCompare.compare(
        this,
        ctx,
        new ArithCompare.Claim(
            "“" + n.name() + "”的" + c.label(),
            "各明细之和",
            n.at(c),
            printed,
            expected,
            n.unitOf(c),
            count,
            used,
            ArithFormat.sum(used, expected)));
  }
}
