package org.jixiao.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jixiao.budget.Building;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.budget.FigureLine;
import org.jixiao.budget.FigureLine.Column;
import org.jixiao.budget.FigureTable;
import org.jixiao.budget.ScoreSheet;
import org.jixiao.budget.SheetKind;
import org.jixiao.budget.Survey;
import org.jixiao.budget.TableKind;
import org.jixiao.framework.FormulaId;

/**
 * 由数据计算比率 — computes each framework ratio (RULES.md §1) from a department's figures. Where the
 * figures are not there the result says which are missing; a zero denominator is undefined.
 */
public final class Measurements {

  private static final List<TableKind> SPENDING =
      List.of(TableKind.SUMMARY, TableKind.EXPENDITURE, TableKind.ECONOMIC_CLASS);

  private final DepartmentYear year;
  private final String unit;

  public Measurements(DepartmentYear year) {
    this.year = year;
    this.unit = year.source().amountUnit();
  }

  public Measurement measure(FormulaId formula) {
    return switch (formula) {
      case STAFF_CONTROL_RATE -> staffControl();
      case BUDGET_EXECUTION_RATE, BUDGET_COMPLETION_RATE -> budgetCompletion(formula);
      case THREE_PUBLIC_CONTROL_RATE -> threePublicControl();
      case THREE_PUBLIC_CHANGE_RATE -> threePublicChange();
      case BUDGET_ADJUSTMENT_RATE -> budgetAdjustment(formula, true);
      case BUDGET_ADDITION_RATE -> budgetAdjustment(formula, false);
      case CARRY_OVER_RATE -> carryOver();
      case CARRY_OVER_CHANGE_RATE -> carryOverChange();
      case PUBLIC_FUNDS_CONTROL_RATE -> publicFunds();
      case PROCUREMENT_EXECUTION_RATE -> procurement();
      case FIXED_ASSET_UTILISATION_RATE -> fixedAssets();
      case BUILDING_AREA_CONTROL_RATE -> buildings(formula, true);
      case BUILDING_INVESTMENT_CONTROL_RATE -> buildings(formula, false);
      case SURVEY_SATISFACTION_RATE -> survey();
      case KEY_EXPENDITURE_RATE -> keyExpenditure();
      case PAYMENT_PROGRESS_RATE -> Measurement.missing(formula, "支付进度率需要既定支付进度，年度数据中未提供");
    };
  }

  private Measurement staffControl() {
    var s = year.staffing();
    if (s == null || s.actual() == null || s.authorized() == null) {
      return Measurement.missing(FormulaId.STAFF_CONTROL_RATE, "缺少编制数或实有在职人数（staffing）");
    }
    return ratio(
        FormulaId.STAFF_CONTROL_RATE,
        "在职人员数",
        BigDecimal.valueOf(s.actual()),
        "编制数",
        BigDecimal.valueOf(s.authorized()),
        null,
        "人");
  }

  private Measurement budgetCompletion(FormulaId formula) {
    Optional<ScoreSheet> sheet =
        year.sheets().stream()
            .filter(x -> x.kind() == SheetKind.DEPARTMENT && x.funds() != null)
            .filter(x -> x.funds().total() != null)
            .findFirst();
    if (sheet.isPresent()) {
      FigureLine t = sheet.get().funds().total();
      if (t.actual() != null && Totals.budget(t) != null) {
        return ratio(formula, "全年执行数", t.actual(), "全年预算数", Totals.budget(t), "按自评表年度资金总额", unit);
      }
    }
    return departmentWide(
        formula,
        "缺少预算数与执行数（自评表资金情况、汇总表或支出表）",
        table -> {
          Optional<BigDecimal> actual = Totals.total(table, Column.ACTUAL);
          Optional<BigDecimal> budget =
              Totals.total(table, Column.FULL_YEAR_BUDGET)
                  .or(() -> Totals.total(table, Column.AVAILABLE))
                  .or(() -> Totals.total(table, Column.INITIAL_BUDGET));
          return actual.isEmpty() || budget.isEmpty()
              ? Optional.empty()
              : Optional.of(
                  ratio(
                      formula,
                      "预算执行数",
                      actual.get(),
                      "预算数",
                      budget.get(),
                      "按“" + title(table) + "”合计",
                      unit));
        });
  }

  private Measurement threePublicControl() {
    return actualOverBudget(
        FormulaId.THREE_PUBLIC_CONTROL_RATE,
        TableKind.THREE_PUBLIC,
        "缺少三公经费表，或三公经费表缺少预算数与决算数",
        "三公经费实际支出数",
        "三公经费预算数");
  }

  private Measurement threePublicChange() {
    FormulaId f = FormulaId.THREE_PUBLIC_CHANGE_RATE;
    Optional<Measurement> byBudget =
        first(
            TableKind.THREE_PUBLIC,
            t -> {
              Optional<BigDecimal> now =
                  total(t, Column.FULL_YEAR_BUDGET).or(() -> total(t, Column.INITIAL_BUDGET));
              Optional<BigDecimal> before = total(t, Column.LAST_YEAR_BUDGET);
              return now.isEmpty() || before.isEmpty()
                  ? Optional.empty()
                  : Optional.of(
                      change(f, "本年度三公经费预算数", now.get(), "上年度三公经费预算数", before.get(), null));
            });
    return byBudget
        .or(
            () ->
                first(
                    TableKind.THREE_PUBLIC,
                    t -> {
                      Optional<BigDecimal> now = total(t, Column.ACTUAL);
                      Optional<BigDecimal> before = total(t, Column.LAST_YEAR_ACTUAL);
                      return now.isEmpty() || before.isEmpty()
                          ? Optional.empty()
                          : Optional.of(
                              change(
                                  f,
                                  "本年度三公经费决算数",
                                  now.get(),
                                  "上年度三公经费决算数",
                                  before.get(),
                                  "未提供上年预算数，按决算数计算"));
                    }))
        .orElse(Measurement.missing(f, "三公经费表缺少上年度数据（预算数或决算数）"));
  }

  private Measurement budgetAdjustment(FormulaId f, boolean absolute) {
    return departmentWide(
        f,
        "缺少年初预算数与调整数",
        table -> {
          Optional<BigDecimal> initial = Totals.total(table, Column.INITIAL_BUDGET);
          Optional<BigDecimal> adjustment =
              Totals.total(table, Column.ADJUSTMENT)
                  .or(
                      () ->
                          Totals.total(table, Column.FULL_YEAR_BUDGET)
                              .flatMap(full -> initial.map(full::subtract)));
          if (initial.isEmpty() || adjustment.isEmpty()) {
            return Optional.empty();
          }
          BigDecimal adj = absolute ? adjustment.get().abs() : adjustment.get();
          return Optional.of(
              ratio(
                  f,
                  absolute ? "预算调整数" : "本年追加预算数",
                  adj,
                  "年初预算数",
                  initial.get(),
                  "按“" + title(table) + "”合计",
                  unit));
        });
  }

  private Measurement carryOver() {
    FormulaId f = FormulaId.CARRY_OVER_RATE;
    return departmentWide(
        f,
        "缺少结转结余与支出预算数",
        table -> {
          Optional<BigDecimal> balance =
              Totals.total(table, Column.CLOSING_BALANCE)
                  .or(() -> Totals.total(table, Column.BALANCE));
          Optional<BigDecimal> budget =
              Totals.total(table, Column.FULL_YEAR_BUDGET)
                  .or(() -> Totals.total(table, Column.AVAILABLE))
                  .or(() -> Totals.total(table, Column.INITIAL_BUDGET));
          return balance.isEmpty() || budget.isEmpty()
              ? Optional.empty()
              : Optional.of(
                  ratio(
                      f,
                      "结转结余总额",
                      balance.get(),
                      "支出预算数",
                      budget.get(),
                      "按“" + title(table) + "”合计",
                      unit));
        });
  }

  private Measurement carryOverChange() {
    FormulaId f = FormulaId.CARRY_OVER_CHANGE_RATE;
    return departmentWide(
        f,
        "缺少年初与年末结转结余",
        table -> {
          Optional<BigDecimal> closing = Totals.total(table, Column.CLOSING_BALANCE);
          Optional<BigDecimal> opening = Totals.total(table, Column.OPENING_BALANCE);
          return closing.isEmpty() || opening.isEmpty()
              ? Optional.empty()
              : Optional.of(
                  change(
                      f,
                      "本年度累计结转结余",
                      closing.get(),
                      "上年度累计结转结余",
                      opening.get(),
                      "按“" + title(table) + "”合计"));
        });
  }

  private static boolean sameValue(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  /**
   * A department-wide figure: from a SUMMARY table when one gives it; else from the spending
   * tables, but only when they agree — several tables giving different answers (基本支出 and 项目支出
   * printed apart) cannot be told apart from duplicates, so the measurement says so instead of
   * guessing.
   */
  private Measurement departmentWide(
      FormulaId f, String missing, Function<FigureTable, Optional<Measurement>> attempt) {
    Optional<Measurement> summary = first(TableKind.SUMMARY, attempt);
    if (summary.isPresent()) {
      return summary.get();
    }
    List<Measurement> found = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    for (TableKind kind : List.of(TableKind.EXPENDITURE, TableKind.ECONOMIC_CLASS)) {
      for (FigureTable t : year.tables(kind)) {
        attempt
            .apply(t)
            .ifPresent(
                m -> {
                  found.add(m);
                  titles.add(title(t));
                });
      }
    }
    if (found.isEmpty()) {
      return Measurement.missing(f, missing);
    }
    boolean agree = found.stream().allMatch(m -> sameValue(m.value(), found.get(0).value()));
    return agree
        ? found.get(0)
        : Measurement.missing(
            f, "有多张支出表（" + String.join("、", titles) + "）给出不同结果，无法确定部门合计；请提供部门汇总表（SUMMARY）");
  }

  private Measurement publicFunds() {
    FormulaId f = FormulaId.PUBLIC_FUNDS_CONTROL_RATE;
    Optional<FigureLine> line =
        Totals.table(year, TableKind.PUBLIC_FUNDS)
            .flatMap(t -> t.lines().stream().findFirst())
            .or(() -> Totals.line(year, SPENDING, "公用经费", "公用经费小计", "公用支出", "日常公用经费"));
    if (line.isEmpty() || line.get().actual() == null || Totals.budget(line.get()) == null) {
      return Measurement.missing(f, "缺少公用经费预算数与实际支出数");
    }
    return ratio(
        f, "实际支出公用经费", line.get().actual(), "预算安排公用经费", Totals.budget(line.get()), null, unit);
  }

  private Measurement procurement() {
    return actualOverBudget(
        FormulaId.PROCUREMENT_EXECUTION_RATE,
        TableKind.PROCUREMENT,
        "缺少政府采购表，或政府采购表缺少预算数与实际采购金额",
        "实际政府采购金额",
        "政府采购预算数");
  }

  /** Total actual / total budget (全年预算, else 年初预算) of the first table of a kind that has both. */
  private Measurement actualOverBudget(
      FormulaId f, TableKind kind, String missing, String actualLabel, String budgetLabel) {
    return firstOf(
        f,
        kind,
        missing,
        t -> {
          Optional<BigDecimal> actual = total(t, Column.ACTUAL);
          Optional<BigDecimal> budget =
              total(t, Column.FULL_YEAR_BUDGET).or(() -> total(t, Column.INITIAL_BUDGET));
          return actual.isEmpty() || budget.isEmpty()
              ? Optional.empty()
              : Optional.of(
                  ratio(f, actualLabel, actual.get(), budgetLabel, budget.get(), null, unit));
        });
  }

  private Measurement fixedAssets() {
    FormulaId f = FormulaId.FIXED_ASSET_UTILISATION_RATE;
    return firstOf(
        f,
        TableKind.FIXED_ASSETS,
        "缺少固定资产表，或表中缺少合计与在用固定资产",
        t -> {
          Optional<FigureLine> total =
              t.lines().stream()
                  .filter(FigureLine::isConsolidated)
                  .findFirst()
                  .or(
                      () ->
                          t.lines().size() == 1 ? Optional.of(t.lines().get(0)) : Optional.empty());
          Optional<FigureLine> inUse =
              total.flatMap(x -> x.items().stream().filter(i -> i.isNamed("在用固定资产")).findFirst());
          if (total.isEmpty()
              || inUse.isEmpty()
              || total.get().actual() == null
              || inUse.get().actual() == null) {
            return Optional.empty();
          }
          return Optional.of(
              ratio(f, "在用固定资产", inUse.get().actual(), "固定资产合计", total.get().actual(), null, unit));
        });
  }

  /** The first table of a kind from which the measurement can be made. */
  private Optional<Measurement> first(
      TableKind kind, Function<FigureTable, Optional<Measurement>> attempt) {
    for (FigureTable t : year.tables(kind)) {
      Optional<Measurement> m = attempt.apply(t);
      if (m.isPresent()) {
        return m;
      }
    }
    return Optional.empty();
  }

  private Measurement firstOf(
      FormulaId f,
      TableKind kind,
      String missing,
      Function<FigureTable, Optional<Measurement>> attempt) {
    return first(kind, attempt).orElseGet(() -> Measurement.missing(f, missing));
  }

  private Measurement buildings(FormulaId f, boolean area) {
    BigDecimal approved = BigDecimal.ZERO;
    BigDecimal actual = BigDecimal.ZERO;
    for (Building b : year.buildings()) {
      BigDecimal a = area ? b.approvedArea() : b.budgetInvestment();
      BigDecimal x = area ? b.actualArea() : b.actualInvestment();
      approved = a == null ? approved : approved.add(a);
      actual = x == null ? actual : actual.add(x);
    }
    return area
        ? ratio(
            f,
            "实际建设面积",
            actual,
            "批准建设面积",
            approved,
            year.buildings().isEmpty() ? "本年无完工楼堂馆所项目" : null,
            "平方米")
        : ratio(
            f,
            "实际投资",
            actual,
            "预算投资",
            approved,
            year.buildings().isEmpty() ? "本年无完工楼堂馆所项目" : null,
            unit);
  }

  private Measurement survey() {
    FormulaId f = FormulaId.SURVEY_SATISFACTION_RATE;
    if (year.surveys().isEmpty()) {
      return Measurement.missing(f, "没有满意度调查数据");
    }
    SurveyTally tally = SurveyTally.of(year.surveys().get(0));
    if (tally.problem() != null) {
      return Measurement.missing(f, tally.problem());
    }
    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put("得分合计", Ratios.points(tally.points()));
    inputs.put("有效回答数", tally.validAnswers().toString());
    inputs.put("最高分值", Ratios.points(tally.maxPoints()));
    BigDecimal denominator = tally.maxPoints().multiply(BigDecimal.valueOf(tally.validAnswers()));
    if (denominator.signum() == 0) {
      return Measurement.zeroDenominator(f, inputs, "没有有效回答");
    }
    return Measurement.of(f, Ratios.divide(tally.points(), denominator), inputs, null);
  }

  private Measurement keyExpenditure() {
    FormulaId f = FormulaId.KEY_EXPENDITURE_RATE;
    List<TableKind> kinds = List.of(TableKind.values());
    Optional<FigureLine> key = Totals.line(year, kinds, "重点支出", "重点预算支出", "重点项目支出", "重点项目预算安排");
    if (key.isEmpty() || Totals.budget(key.get()) == null) {
      return Measurement.missing(f, "年度数据中没有“重点支出”一行（重点预算支出）");
    }
    Optional<FigureLine> total = Totals.line(year, kinds, "预算总支出", "项目支出预算合计", "支出预算合计");
    if (total.isEmpty() || Totals.budget(total.get()) == null) {
      return Measurement.missing(f, "年度数据中没有“预算总支出”一行");
    }
    return ratio(
        f, "重点预算支出", Totals.budget(key.get()), "预算总支出", Totals.budget(total.get()), null, unit);
  }

  private Optional<BigDecimal> total(FigureTable table, Column column) {
    return Totals.total(table, column);
  }

  private static String title(FigureTable t) {
    return t.title() == null ? t.id() : t.title();
  }

  private static Measurement ratio(
      FormulaId f,
      String numLabel,
      BigDecimal num,
      String denLabel,
      BigDecimal den,
      String basis,
      String unit) {
    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put(numLabel, num.toPlainString() + unit);
    inputs.put(denLabel, den.toPlainString() + unit);
    if (den.signum() == 0) {
      return Measurement.zeroDenominator(
          f, inputs, denLabel + "为 0，比率无意义" + (basis == null ? "" : "（" + basis + "）"));
    }
    return Measurement.of(f, Ratios.divide(num, den), inputs, basis);
  }

  private Measurement change(
      FormulaId f,
      String nowLabel,
      BigDecimal now,
      String beforeLabel,
      BigDecimal before,
      String basis) {
    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put(nowLabel, now.toPlainString() + unit);
    inputs.put(beforeLabel, before.toPlainString() + unit);
    if (before.signum() == 0) {
      return Measurement.zeroDenominator(f, inputs, beforeLabel + "为 0，变动率无意义");
    }
    return Measurement.of(f, Ratios.divide(now.subtract(before), before), inputs, basis);
  }

  /** Survey points per the survey's own option points; excluded options leave the denominator. */
  record SurveyTally(
      BigDecimal points, Integer validAnswers, BigDecimal maxPoints, String problem) {
    static SurveyTally of(Survey s) {
      if (s.options().isEmpty() || s.questions().isEmpty()) {
        return new SurveyTally(null, null, null, "调查缺少选项分值或各题人数");
      }
      BigDecimal points = BigDecimal.ZERO;
      int valid = 0;
      BigDecimal max = null;
      for (Survey.Option o : s.options()) {
        if (!o.isExcluded()
            && o.points() != null
            && (max == null || o.points().compareTo(max) > 0)) {
          max = o.points();
        }
      }
      for (Survey.Question q : s.questions()) {
        for (var e : q.counts().entrySet()) {
          Optional<Survey.Option> o =
              s.options().stream().filter(x -> x.label().equals(e.getKey())).findFirst();
          if (o.isEmpty()) {
            return new SurveyTally(
                null, null, null, "题目“" + q.text() + "”的选项“" + e.getKey() + "”不在选项表中");
          }
          if (!o.get().isExcluded() && o.get().points() == null) {
            return new SurveyTally(null, null, null, "选项“" + e.getKey() + "”没有分值");
          }
          if (!o.get().isExcluded()) {
            valid += e.getValue();
            points = points.add(o.get().points().multiply(BigDecimal.valueOf(e.getValue())));
          }
        }
      }
      return max == null
          ? new SurveyTally(null, null, null, "调查选项没有分值")
          : new SurveyTally(points, valid, max, null);
    }
  }
}
