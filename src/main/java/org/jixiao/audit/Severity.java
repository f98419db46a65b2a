package org.jixiao.audit;

/**
 * 严重程度 — ERROR a wrong figure; WARNING a breach of a rule or good practice; INFO rounding and
 * notes.
 */
public enum Severity {
  ERROR("错误"),
  WARNING("警告"),
  INFO("提示");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
