package org.jixiao.budget;

/** 报告类型 — the kind of published document a year was read from. */
public enum ReportKind {
  /** 部门整体支出绩效自评报告 */
  SELF_EVALUATION,
  /** 部门决算（含情况说明）及绩效评价报告 */
  FINAL_ACCOUNTS,
  /** 第三方部门整体支出绩效评价报告 */
  THIRD_PARTY,
  /** 项目支出绩效自评 */
  PROJECT_SELF_EVALUATION
}
