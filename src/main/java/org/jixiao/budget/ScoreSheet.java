package org.jixiao.budget;

import java.math.BigDecimal;
import java.util.List;

/**
 * 评分表 — one scored table: the department table or a project table, with the funds block, the goals,
 * the indicators and the report's stated subtotals, total and grade.
 *
 * @param framework id of the indicator framework to score it under; when absent the kind's default
 *     applies
 * @param statedSubtotals level-1 (and level-2) points and scores as printed
 * @param statedTotalWeight 总分值 — the points printed on the table's 总计 / 合计 row (e.g. 100)
 */
public record ScoreSheet(
    String id,
    SheetKind kind,
    String name,
    String framework,
    ProjectInfo project,
    Funds funds,
    String expectedGoal,
    String achievedGoal,
    List<Indicator> indicators,
    List<LevelScore> statedSubtotals,
    BigDecimal statedTotal,
    String statedGrade,
    List<SignOff> signOffs,
    String note,
    BigDecimal statedTotalWeight) {

  public ScoreSheet {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("评分表缺少 id");
    }
    if (kind == null) {
      throw new IllegalArgumentException("评分表“" + id + "”缺少 kind（DEPARTMENT 或 PROJECT）");
    }
    indicators = Lists.copy(indicators);
    statedSubtotals = Lists.copy(statedSubtotals);
    signOffs = Lists.copy(signOffs);
  }

  public ScoreSheet(
      String id,
      SheetKind kind,
      String name,
      String framework,
      ProjectInfo project,
      Funds funds,
      String expectedGoal,
      String achievedGoal,
      List<Indicator> indicators,
      List<LevelScore> statedSubtotals,
      BigDecimal statedTotal,
      String statedGrade,
      List<SignOff> signOffs,
      String note) {
    this(
        id,
        kind,
        name,
        framework,
        project,
        funds,
        expectedGoal,
        achievedGoal,
        indicators,
        statedSubtotals,
        statedTotal,
        statedGrade,
        signOffs,
        note,
        null);
  }

  /** 项目信息 — 项目名称, 主管部门, 实施单位. */
  public record ProjectInfo(String name, String department, String implementer) {}

  /**
   * 资金情况 — the funds block scored for budget execution.
   *
   * @param total 年度资金总额 (initialBudget, fullYearBudget, actual)
   * @param byIncome 按收入性质 / 资金来源: 当年财政拨款, 上年结转, 一般公共预算, 其他资金 …
   * @param byNature 按支出性质: 基本支出, 项目支出
   * @param points 分值 (usually 10)
   * @param statedRate 执行率 as printed
   * @param statedScore 得分 as printed
   */
  public record Funds(
      FigureLine total,
      List<FigureLine> byIncome,
      List<FigureLine> byNature,
      BigDecimal points,
      String statedRate,
      BigDecimal statedScore) {

    public Funds {
      byIncome = Lists.copy(byIncome);
      byNature = Lists.copy(byNature);
    }
  }

  /**
   * 分项得分 — a level-1 or level-2 heading's points and stated score.
   *
   * @param location where this subtotal is printed (评分表小计行, 正文 六、（一）…), so that a table and a text
   *     that state different figures for the same heading are both kept
   */
  public record LevelScore(
      int level, String name, BigDecimal weight, BigDecimal statedScore, String location) {

    public LevelScore(int level, String name, BigDecimal weight, BigDecimal statedScore) {
      this(level, name, weight, statedScore, null);
    }
  }
}
