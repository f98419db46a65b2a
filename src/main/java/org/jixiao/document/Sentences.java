package org.jixiao.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.budget.FigureLine;

/** The wording of figure sentences: "年初预算为X万元，年中调整追加Y万元，本年实际支出Z万元". */
final class Sentences {
  private Sentences() {}

  /** "2024年基本支出年初预算为1991.73万元，年中调整追加839.11万元，本年实际支出2830.84万元" or null. */
  static String budget(int year, String subject, FigureLine line, String unit) {
    List<String> parts = new ArrayList<>();
    if (line.initialBudget() != null) {
      parts.add("年初预算为" + money(line.initialBudget(), unit));
    }
    if (line.adjustment() != null && line.adjustment().signum() != 0) {
      parts.add(
          (line.adjustment().signum() > 0 ? "年中调整追加" : "年中调整追减")
              + money(line.adjustment().abs(), unit));
    }
    if (line.fullYearBudget() != null) {
      parts.add("全年预算为" + money(line.fullYearBudget(), unit));
    }
    if (line.actual() != null) {
      parts.add("本年实际支出" + money(line.actual(), unit));
    }
    if (line.lastYearActual() != null) {
      parts.add("上年决算为" + money(line.lastYearActual(), unit));
    }
    if (parts.isEmpty()) {
      return null;
    }
    return year + "年" + subject + String.join("，", parts);
  }

  /** "工资福利支出1500.28万元、商品和服务支出1024.26万元，合计2830.84万元" over the items' actuals. */
  static String breakdown(FigureLine total, String unit) {
    List<String> parts = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (FigureLine item : total.items()) {
      if (item.actual() != null) {
        parts.add(Tables.plainName(item) + money(item.actual(), unit));
        sum = sum.add(item.actual());
      }
    }
    return parts.isEmpty() ? null : String.join("，", parts) + "，合计" + money(sum, unit);
  }

  /** "较预算减少18.24万元（下降31.45%）" — the change from {@code from} to {@code to}. */
  static String change(String against, BigDecimal from, BigDecimal to, String unit) {
    BigDecimal diff = to.subtract(from);
    if (diff.signum() == 0) {
      return "与" + against + "持平";
    }
    String s = "较" + against + (diff.signum() > 0 ? "增加" : "减少") + money(diff.abs(), unit);
    if (from.signum() != 0) {
      s +=
          "（"
              + (diff.signum() > 0 ? "增长" : "下降")
              + Numbers.percent(Ratio.of(diff.abs(), from))
              + "）";
    }
    return s;
  }

  static String money(BigDecimal value, String unit) {
    return Numbers.amount(value) + unit;
  }

  /** Ends a sentence with "。" unless it already ends with punctuation. */
  static String end(String s) {
    String t = s.strip();
    return t.endsWith("。") || t.endsWith("；") || t.endsWith("！") ? t : t + "。";
  }
}
