package org.jixiao.evaluation;

import java.util.Arrays;
import java.util.Optional;

/** 文书种类 — the documents Jixiao writes from a year, by their command-line names. */
public enum DocumentKind {
  /** 部门整体支出绩效自评报告（含封面与附表） */
  SELF_EVALUATION("self-evaluation", "部门整体支出绩效自评报告"),
  /** 附表：基础数据表、部门整体支出绩效自评表、项目支出绩效自评表 */
  TABLES("tables", "绩效自评附表"),
  /** 第三方部门整体支出绩效评价报告 */
  THIRD_PARTY("third-party", "第三方评价报告"),
  /** 部门决算情况说明 */
  FINAL_ACCOUNTS("final-accounts", "部门决算情况说明");

  private final String id;
  private final String label;

  DocumentKind(String id, String label) {
    this.id = id;
    this.label = label;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  public static Optional<DocumentKind> ofId(String id) {
    return Arrays.stream(values()).filter(k -> k.id.equalsIgnoreCase(id)).findFirst();
  }
}
