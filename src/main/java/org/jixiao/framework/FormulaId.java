package org.jixiao.framework;

/**
 * 公式编号 — every ratio a framework may compute from a department's figures (RULES.md §1). Same names
 * carry different formulas in different frameworks, so indicators refer to these ids, never to
 * names.
 */
public enum FormulaId {
  BUDGET_EXECUTION_RATE("预算执行率", "全年执行数 / 全年预算数 × 100%"),
  BUDGET_COMPLETION_RATE("预算完成率", "预算完成数 / 预算数 × 100%"),
  STAFF_CONTROL_RATE("在职人员控制率", "在职人员数 / 编制数 × 100%"),
  THREE_PUBLIC_CHANGE_RATE("“三公经费”变动率", "（本年度三公经费预算数 − 上年度三公经费预算数）/ 上年度三公经费预算数 × 100%"),
  THREE_PUBLIC_CONTROL_RATE("“三公经费”控制率", "三公经费实际支出数 / 三公经费预算安排数 × 100%"),
  KEY_EXPENDITURE_RATE("重点支出安排率", "重点预算支出 / 预算总支出 × 100%"),
  BUDGET_ADDITION_RATE("预算控制率", "本年追加预算数 / 年初预算数 × 100%"),
  BUDGET_ADJUSTMENT_RATE("预算调整率", "预算调整数 / 预算数 × 100%"),
  PAYMENT_PROGRESS_RATE("支付进度率", "实际支付进度 / 既定支付进度 × 100%"),
  CARRY_OVER_RATE("结转结余率", "结转结余总额 / 支出预算数 × 100%"),
  CARRY_OVER_CHANGE_RATE("结转结余变动率", "（本年度累计结转结余 − 上年度累计结转结余）/ 上年度累计结转结余 × 100%"),
  PUBLIC_FUNDS_CONTROL_RATE("公用经费控制率", "实际支出公用经费总额 / 预算安排公用经费总额 × 100%"),
  PROCUREMENT_EXECUTION_RATE("政府采购执行率", "实际政府采购金额 / 政府采购预算数 × 100%"),
  FIXED_ASSET_UTILISATION_RATE("固定资产利用率", "实际在用固定资产总额 / 所有固定资产总额 × 100%"),
  BUILDING_AREA_CONTROL_RATE("新建楼堂馆所面积控制率", "实际建设面积 / 批准建设面积 × 100%"),
  BUILDING_INVESTMENT_CONTROL_RATE("新建楼堂馆所投资概算控制率", "实际投资 / 预算投资 × 100%"),
  SURVEY_SATISFACTION_RATE("满意度", "Σ（选项人数 × 选项分值）/（有效回答数 × 最高分值）× 100%");

  private final String label;
  private final String formula;

  FormulaId(String label, String formula) {
    this.label = label;
    this.formula = formula;
  }

  public String label() {
    return label;
  }

  public String formula() {
    return formula;
  }
}
