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
    String note) {

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

  /** 分项得分 — a level-1 or level-2 heading's points and stated score. */
  public record LevelScore(int level, String name, BigDecimal weight, BigDecimal statedScore) {}
}
