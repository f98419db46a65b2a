package org.jixiao.budget;

import java.math.BigDecimal;

/**
 * 绩效指标 — one indicator row: its place in the three levels, target and actual as printed, weight,
 * the report's score and any stated computed value.
 *
 * @param code the indicator's code where the framework has them (A11, B24 …)
 * @param target 年度指标值 as printed (parsed by the quantity module)
 * @param actual 实际完成值 as printed
 * @param weight 分值
 * @param statedValue a computed value the report prints for this indicator (e.g. 在职人员控制率 {@code
 *     91.30%})
 * @param statedScore 得分 as printed
 * @param criterion 评（扣）分标准 printed beside the indicator
 * @param deviationReason 偏差原因分析及改进措施
 * @param definition 指标解释 / 指标说明
 * @param formula the formula as printed, e.g. {@code 在职人员数/编制数×100%}
 * @param analysis the evaluator's text for this indicator (评价分析)
 */
public record Indicator(
    String code,
    String level1,
    String level2,
    String name,
    String target,
    String actual,
    BigDecimal weight,
    String statedValue,
    BigDecimal statedScore,
    String criterion,
    String deviationReason,
    String definition,
    String formula,
    String analysis,
    String note) {

  public Indicator {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("指标缺少名称（name）");
    }
  }
}
