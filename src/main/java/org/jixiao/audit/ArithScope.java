package org.jixiao.audit;

import org.jixiao.budget.LineNames;

/**
 * 口径 — what a table covers, read from its title: all funds or only 财政拨款 (一般公共预算), and all spending
 * or only 基本支出 / 项目支出. Two figures of the same name denote the same quantity only within the same
 * scope (基本支出 of all funds is not 一般公共预算财政拨款基本支出).
 *
 * @param fiscal the table covers 财政拨款 / 一般公共预算 only
 * @param spending {@code 基本支出}, {@code 项目支出}, or {@code 全部}
 */
record ArithScope(boolean fiscal, String spending) {
  static final String BASIC = "基本支出";
  static final String PROJECT = "项目支出";
  static final String ALL = "全部";

  static ArithScope of(ArithPlace place) {
    String t = place.title() == null ? "" : LineNames.normalize(place.title());
    boolean fiscal = t.contains("财政拨款") || t.contains("一般公共预算");
    boolean basic = t.contains(BASIC);
    boolean project = t.contains(PROJECT) || t.contains("专项");
    String spending = basic == project ? ALL : basic ? BASIC : PROJECT;
    return new ArithScope(fiscal, spending);
  }

  /** A line named for a scope (基本支出, 项目支出) denotes that scope's total in any table. */
  static boolean namesScope(String normalizedName) {
    return normalizedName.equals(BASIC) || normalizedName.equals(PROJECT);
  }
}
