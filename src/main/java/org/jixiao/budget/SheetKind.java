package org.jixiao.budget;

/** 评分表种类 — which evaluation a scored table belongs to. */
public enum SheetKind {
  /** 部门整体支出绩效自评表 / 评价指标表 */
  DEPARTMENT,
  /** 项目支出绩效自评表 */
  PROJECT
}
