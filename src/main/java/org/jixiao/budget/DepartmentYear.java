package org.jixiao.budget;

import java.util.List;

/**
 * 一个部门（单位）一个年度的全部数据 — everything a department's year holds, as entered once.
 *
 * <p>Inputs and claims are kept apart: every printed rate, score, subtotal, total and grade is a
 * {@code stated…} field (or, in a {@link FigureLine} with items, the line's own amounts), so the
 * engine can compute its own figure and compare.
 */
public record DepartmentYear(
    int schemaVersion,
    ReportSource source,
    int year,
    AgencyProfile unit,
    Staffing staffing,
    List<FigureTable> tables,
    List<Building> buildings,
    SocialInsuranceFund socialInsuranceFund,
    List<GoalItem> overallGoals,
    List<SpecialFund> specialFunds,
    List<ScoreSheet> sheets,
    List<Survey> surveys,
    List<ControlAnswer> internalControl,
    List<NarrativeSection> narrative,
    List<Evaluator> evaluators,
    List<SignOff> signOffs) {

  public DepartmentYear {
    if (source == null) {
      throw new IllegalArgumentException("缺少 source（报告来源）");
    }
    if (unit == null) {
      throw new IllegalArgumentException("缺少 unit（预算单位）");
    }
    tables = Lists.copy(tables);
    buildings = Lists.copy(buildings);
    overallGoals = Lists.copy(overallGoals);
    specialFunds = Lists.copy(specialFunds);
    sheets = Lists.copy(sheets);
    surveys = Lists.copy(surveys);
    internalControl = Lists.copy(internalControl);
    narrative = Lists.copy(narrative);
    evaluators = Lists.copy(evaluators);
    signOffs = Lists.copy(signOffs);
  }

  /** The tables of one kind, in document order. */
  public List<FigureTable> tables(TableKind kind) {
    return tables.stream().filter(t -> t.kind() == kind).toList();
  }
}
