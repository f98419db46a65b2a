package org.jixiao.framework;

import java.math.BigDecimal;
import java.util.List;

/**
 * 指标体系文件的结构 — a framework exactly as written in its data file, before validation. Enum-like fields
 * are text here so that an unknown value is reported with its path instead of failing the parse.
 * {@link FrameworkBuilder} turns it into a {@link Framework}.
 */
public record FrameworkSpec(
    String id,
    String name,
    String basis,
    String scope,
    BigDecimal totalPoints,
    Boolean weightsFromSheet,
    BudgetExecutionSpec budgetExecution,
    RuleSpec defaultRule,
    List<NodeSpec> indicators,
    RoundingSpec rounding,
    GradesSpec grades,
    String zeroDenominator,
    ThresholdsSpec explanations,
    String note) {

  /** 指标节点 as written. */
  public record NodeSpec(
      String code,
      String name,
      List<String> aliases,
      BigDecimal weight,
      String formula,
      RuleSpec rule,
      String definition,
      String zeroDenominator,
      List<NodeSpec> children) {}

  /** 评分规则 as written: {@code type} picks the variant, the other fields are its parameters. */
  public record RuleSpec(
      String type,
      BigDecimal zeroPoint,
      List<StepSpec> steps,
      String comparison,
      BigDecimal threshold,
      String otherwise,
      String direction,
      BigDecimal stepSize,
      BigDecimal perStep,
      String stepMode,
      BigDecimal floor,
      List<String> items,
      BigDecimal pointsPerItem,
      List<BandSpec> bands,
      BigDecimal fullAt,
      String guidance) {}

  /** 阶梯 as written. */
  public record StepSpec(
      BigDecimal min,
      BigDecimal max,
      Boolean minInclusive,
      Boolean maxInclusive,
      BigDecimal points) {}

  /** 定性档次 as written. */
  public record BandSpec(
      String label, BigDecimal min, BigDecimal max, Boolean minInclusive, Boolean maxInclusive) {}

  /** 预算执行 as written. */
  public record BudgetExecutionSpec(
      BigDecimal points, BigDecimal maxRate, List<RateCapSpec> rateCaps) {}

  /** 执行率封顶 as written. */
  public record RateCapSpec(BigDecimal below, BigDecimal maxScore) {}

  /** 舍入 as written. */
  public record RoundingSpec(Integer indicatorScale, Integer totalScale, String mode) {}

  /** 等级表 as written: a preset id, or bands. */
  public record GradesSpec(String preset, List<GradeSpec> bands) {}

  /** 等级 as written. */
  public record GradeSpec(String label, BigDecimal min, Boolean inclusive) {}

  /** 说明阈值 as written. */
  public record ThresholdsSpec(BigDecimal executionBelow, BigDecimal overAchievementAt) {}
}
