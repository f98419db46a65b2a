package org.jixiao.budget;

/**
 * 报告来源 — where the figures come from: the published document and who issued it.
 *
 * @param amountUnit the money unit of every amount in the file, {@code 万元} or {@code 元}
 * @param reportDate as printed (e.g. {@code 2025年4月16日}); free text because reports print dates in
 *     many forms, some incomplete ({@code 2023 年 6 月})
 */
public record ReportSource(
    String file,
    String title,
    ReportKind kind,
    String issuer,
    String evaluator,
    String reportDate,
    String amountUnit,
    String note) {

  public ReportSource {
    if (amountUnit == null || amountUnit.isBlank()) {
      amountUnit = "万元";
    }
    if (!amountUnit.equals("万元") && !amountUnit.equals("元")) {
      throw new IllegalArgumentException("amountUnit 只能是“万元”或“元”，而不是“" + amountUnit + "”");
    }
  }
}
