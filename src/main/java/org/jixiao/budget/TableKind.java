package org.jixiao.budget;

/**
 * 表的种类 — what a figure table holds, so formulas can find their inputs whatever the table is titled
 * in a given report.
 */
public enum TableKind {
  /** 收入（按来源：上年结转、一般公共预算拨款、政府性基金拨款、纳入专户管理的非税收入拨款、其他收入） */
  INCOME,
  /** 支出（按性质：基本支出［人员经费、公用经费］、项目支出；含结余） */
  EXPENDITURE,
  /** 支出按经济分类（工资福利支出、商品和服务支出 …） */
  ECONOMIC_CLASS,
  /** 支出按功能分类（类-款-项） */
  FUNCTION_CLASS,
  /** 三公经费（因公出国（境）、公务用车购置、公务用车运行维护、公务接待） */
  THREE_PUBLIC,
  /** 公用经费明细（办公经费、水电差旅、会议培训 …） */
  PUBLIC_FUNDS,
  /** 项目支出（按项目或资金来源） */
  PROJECT_SPENDING,
  /** 政府采购（货物、工程、服务；授予中小微企业） */
  PROCUREMENT,
  /** 固定资产（合计、在用、出租、其他） */
  FIXED_ASSETS,
  /** 国有资产占有（车辆、单价超过限额的设备） */
  STATE_ASSETS,
  /** 机关运行经费 */
  OPERATING_COSTS,
  /** 会议费、培训费 */
  MEETINGS_TRAINING,
  /** 公务接待（批次、人次、金额） */
  RECEPTIONS,
  /** 部门基本支出预算调整 */
  BUDGET_ADJUSTMENT,
  /** 收入支出决算总表、财政拨款收支总表等汇总 */
  SUMMARY,
  /** 政府性基金预算 */
  GOVERNMENT_FUND,
  /** 国有资本经营预算 */
  STATE_CAPITAL,
  /** 其他收入 */
  OTHER_INCOME,
  /** 其他（不属于以上任何一种） */
  OTHER
}
