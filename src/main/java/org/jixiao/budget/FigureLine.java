package org.jixiao.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/**
 * 表中一行 — a line of a figure table: a name (and code) with the amounts a report may give for it.
 *
 * <p>Every column is optional: a report prints only some of them. Rates, shares and changes that
 * the report prints are claims ({@code stated…}), kept as printed text.
 *
 * @param code 科目编码 or 功能分类 code ({@code 2080101}, {@code 208-01-01}, {@code 301})
 * @param unit the (sub-)unit this line belongs to in a per-unit table
 * @param consolidated true for a 汇总 / 合计 row that consolidates the unit lines
 * @param category a classification column printed beside the name (基本支出 / 项目支出, 人员经费 …)
 * @param lastYearActual 上年决算数
 * @param lastYearBudget 上年预算数
 * @param initialBudget 年初预算数 (原始指标金额)
 * @param adjustment 调整数 (追加 + / 追减 −)
 * @param fullYearBudget 全年预算数 (调整后预算)
 * @param available 实际可用指标
 * @param actual 决算数 / 执行数 / 实际支付数
 * @param balance 结余 (当年结余, 指标结余)
 * @param openingBalance 年初结转结余
 * @param closingBalance 年末结转结余 (累计结余)
 * @param count a count where the line is counted rather than priced (辆, 批次, 人次, 台)
 * @param items 其中 — the lines this line is the total of
 */
public record FigureLine(
    String code,
    String name,
    String unit,
    Boolean consolidated,
    String category,
    BigDecimal lastYearActual,
    BigDecimal lastYearBudget,
    BigDecimal initialBudget,
    BigDecimal adjustment,
    BigDecimal fullYearBudget,
    BigDecimal available,
    BigDecimal actual,
    BigDecimal balance,
    BigDecimal openingBalance,
    BigDecimal closingBalance,
    BigDecimal count,
    String statedRate,
    String statedShare,
    String statedChange,
    String statedChangeRate,
    String reason,
    String note,
    List<FigureLine> items) {

  public FigureLine {
    if ((name == null || name.isBlank()) && (code == null || code.isBlank())) {
      throw new IllegalArgumentException("表中一行既没有名称也没有编码");
    }
    items = Lists.copy(items);
  }

  public boolean isConsolidated() {
    return Boolean.TRUE.equals(consolidated);
  }

  /** Whether this line's own amounts are a subtotal of its items (a claim to recompute). */
  public boolean hasItems() {
    return !items.isEmpty();
  }

  /** Matches a name the way officials vary it: spaces, numbering like {@code 1、} and colons. */
  public boolean isNamed(String wanted) {
    return name != null && LineNames.normalize(name).equals(LineNames.normalize(wanted));
  }

  /** The value of one column of this line. */
  public BigDecimal amount(Column column) {
    return switch (column) {
      case LAST_YEAR_ACTUAL -> lastYearActual;
      case LAST_YEAR_BUDGET -> lastYearBudget;
      case INITIAL_BUDGET -> initialBudget;
      case ADJUSTMENT -> adjustment;
      case FULL_YEAR_BUDGET -> fullYearBudget;
      case AVAILABLE -> available;
      case ACTUAL -> actual;
      case BALANCE -> balance;
      case OPENING_BALANCE -> openingBalance;
      case CLOSING_BALANCE -> closingBalance;
      case COUNT -> count;
    };
  }

  Stream<FigureLine> flatten() {
    return Stream.concat(Stream.of(this), items.stream().flatMap(FigureLine::flatten));
  }

  /** 列 — the amount columns a line may carry. */
  public enum Column {
    LAST_YEAR_ACTUAL("上年决算数"),
    LAST_YEAR_BUDGET("上年预算数"),
    INITIAL_BUDGET("年初预算数"),
    ADJUSTMENT("调整数"),
    FULL_YEAR_BUDGET("全年预算数"),
    AVAILABLE("可用指标数"),
    ACTUAL("决算（执行）数"),
    BALANCE("结余"),
    OPENING_BALANCE("年初结转结余"),
    CLOSING_BALANCE("年末结转结余"),
    COUNT("数量");

    private final String label;

    Column(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
