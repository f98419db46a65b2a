package org.jixiao.document;

import java.util.List;

/**
 * 报告章节 — the chapters of the 部门整体支出绩效自评报告 in the order of seeds 000 and 004, with the heading words
 * that place a section of the unit's own narrative in each. {@link #OTHER} collects what fits
 * nowhere else, so nothing the unit wrote is dropped.
 */
enum Chapter {
  BASIC("部门基本情况", List.of("基本情况", "基本概况", "概况", "概述", "机构设置", "人员情况", "职责")),
  GENERAL_BUDGET("一般公共预算支出情况", List.of("一般公共预算", "收支情况", "基本支出", "项目支出", "三公", "支出管理")),
  GOVERNMENT_FUND("政府性基金预算支出情况", List.of("政府性基金", "政府基金")),
  STATE_CAPITAL("国有资本经营预算支出情况", List.of("国有资本")),
  SOCIAL_INSURANCE("社会保险基金预算支出情况", List.of("社会保险基金", "社保基金")),
  OTHER_INCOME("其他收入情况", List.of("其他收入")),
  PERFORMANCE("部门整体支出绩效情况", List.of("整体支出绩效", "绩效情况", "绩效目标", "预算管理", "内部控制", "评价", "分析", "绩效")),
  PROBLEMS("存在的问题及原因分析", List.of("问题")),
  IMPROVEMENTS("下一步改进措施", List.of("改进", "建议", "下一步")),
  APPLICATION("部门整体支出绩效自评结果拟应用和公开情况", List.of("结果应用", "拟应用", "公开情况", "应用和公开")),
  OTHER("其他需要说明的情况", List.of("其他需要说明", "附件", "厉行节约", "评价人员"));

  /**
   * Which chapter a heading's words choose is tried in this order: the specific before the broad.
   */
  static final List<Chapter> MATCH_ORDER =
      List.of(
          OTHER,
          APPLICATION,
          PROBLEMS,
          IMPROVEMENTS,
          SOCIAL_INSURANCE,
          GOVERNMENT_FUND,
          STATE_CAPITAL,
          OTHER_INCOME,
          GENERAL_BUDGET,
          BASIC,
          PERFORMANCE);

  private static final String[] NUMERALS = {
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"
  };

  private final String title;
  private final List<String> words;

  Chapter(String title, List<String> words) {
    this.title = title;
    this.words = words;
  }

  String title() {
    return title;
  }

  List<String> words() {
    return words;
  }

  /** The numbered heading, e.g. "一、部门基本情况". */
  String heading(int index) {
    return NUMERALS[index] + "、" + title;
  }
}
