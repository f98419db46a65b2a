/**
 * 数值与计量 — quantities, units, comparisons and target values as officials write them.
 *
 * <p>Reads 年度指标值 / 实际完成值 strings such as {@code ≥3.4万人}, {@code 90%以上}, {@code 30天内完成} or {@code
 * 按时发放} into {@link org.jixiao.quantity.TargetValue}s ({@link org.jixiao.quantity.QuantityParser}),
 * compares quantities across magnitudes ({@link org.jixiao.quantity.Quantity}) and says whether an
 * actual meets its target ({@link org.jixiao.quantity.TargetAssessment}). Plain Java 17, BigDecimal
 * only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.jixiao.quantity;
