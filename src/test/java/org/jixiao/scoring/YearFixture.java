package org.jixiao.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.budget.AgencyProfile;
import org.jixiao.budget.Building;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.budget.FigureLine;
import org.jixiao.budget.FigureTable;
import org.jixiao.budget.ReportKind;
import org.jixiao.budget.ReportSource;
import org.jixiao.budget.ScoreSheet;
import org.jixiao.budget.Staffing;
import org.jixiao.budget.Survey;
import org.jixiao.budget.TableKind;

/**
 * 年度数据测试夹具 — a department's year built in Java, the way a year file would hold it. Amounts are
 * strings so that their scale is kept as printed.
 */
final class YearFixture {
  private String amountUnit = "万元";
  private Staffing staffing;
  private final List<FigureTable> tables = new ArrayList<>();
  private final List<Building> buildings = new ArrayList<>();
  private final List<ScoreSheet> sheets = new ArrayList<>();
  private final List<Survey> surveys = new ArrayList<>();

  private YearFixture() {}

  static YearFixture year() {
    return new YearFixture();
  }

  static BigDecimal dec(String s) {
    return s == null ? null : new BigDecimal(s);
  }

  YearFixture amountUnit(String unit) {
    this.amountUnit = unit;
    return this;
  }

  YearFixture staffing(Integer authorized, Integer actual) {
    this.staffing = new Staffing(authorized, actual, null, null, null);
    return this;
  }

  YearFixture table(TableKind kind, String title, Line... lines) {
    List<FigureLine> built = new ArrayList<>();
    for (Line l : lines) {
      built.add(l.build());
    }
    tables.add(
        new FigureTable("t" + (tables.size() + 1), kind, title, null, amountUnit, built, null));
    return this;
  }

  YearFixture building(String name, String approvedArea, String actualArea) {
    buildings.add(
        new Building(name, dec(approvedArea), dec(actualArea), null, null, null, null, null));
    return this;
  }

  YearFixture building(
      String name,
      String approvedArea,
      String actualArea,
      String budgetInvestment,
      String actualInvestment) {
    buildings.add(
        new Building(
            name,
            dec(approvedArea),
            dec(actualArea),
            null,
            dec(budgetInvestment),
            dec(actualInvestment),
            null,
            null));
    return this;
  }

  YearFixture survey(Survey survey) {
    surveys.add(survey);
    return this;
  }

  YearFixture sheet(ScoreSheet sheet) {
    sheets.add(sheet);
    return this;
  }

  YearFixture sheet(SheetFixture sheet) {
    return sheet(sheet.build());
  }

  DepartmentYear build() {
    return new DepartmentYear(
        1,
        new ReportSource(
            "test.yaml",
            "2024年度部门整体支出绩效自评报告",
            ReportKind.SELF_EVALUATION,
            "某市人力资源和社会保障局",
            null,
            null,
            amountUnit,
            null),
        2024,
        new AgencyProfile("某市人力资源和社会保障局", null, null, null, null, null, null, null, null),
        staffing,
        tables,
        buildings,
        null,
        null,
        null,
        sheets,
        surveys,
        null,
        null,
        null,
        null);
  }

  // ---------------------------------------------------------------- lines

  static Line line(String name) {
    return new Line(name);
  }

  /** A table line being written; every column optional. */
  static final class Line {
    private final String name;
    private Boolean consolidated;
    private BigDecimal lastYearActual;
    private BigDecimal lastYearBudget;
    private BigDecimal initialBudget;
    private BigDecimal adjustment;
    private BigDecimal fullYearBudget;
    private BigDecimal available;
    private BigDecimal actual;
    private BigDecimal balance;
    private BigDecimal openingBalance;
    private BigDecimal closingBalance;
    private final List<FigureLine> items = new ArrayList<>();

    private Line(String name) {
      this.name = name;
    }

    Line consolidated() {
      consolidated = true;
      return this;
    }

    Line lastYearActual(String v) {
      lastYearActual = dec(v);
      return this;
    }

    Line lastYearBudget(String v) {
      lastYearBudget = dec(v);
      return this;
    }

    Line initial(String v) {
      initialBudget = dec(v);
      return this;
    }

    Line adjustment(String v) {
      adjustment = dec(v);
      return this;
    }

    Line fullYear(String v) {
      fullYearBudget = dec(v);
      return this;
    }

    Line available(String v) {
      available = dec(v);
      return this;
    }

    Line actual(String v) {
      actual = dec(v);
      return this;
    }

    Line balance(String v) {
      balance = dec(v);
      return this;
    }

    Line opening(String v) {
      openingBalance = dec(v);
      return this;
    }

    Line closing(String v) {
      closingBalance = dec(v);
      return this;
    }

    Line items(Line... lines) {
      for (Line l : lines) {
        items.add(l.build());
      }
      return this;
    }

    FigureLine build() {
      return new FigureLine(
          null,
          name,
          null,
          consolidated,
          null,
          lastYearActual,
          lastYearBudget,
          initialBudget,
          adjustment,
          fullYearBudget,
          available,
          actual,
          balance,
          openingBalance,
          closingBalance,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          items);
    }
  }

  // ---------------------------------------------------------------- surveys

  /** 非常好 3 · 比较好 2 · 一般 1 · 非常差 −1 · 不了解 (excluded), as in the Yanfeng 2023 survey. */
  static List<Survey.Option> fivePointOptions() {
    return List.of(
        new Survey.Option("非常好", new BigDecimal("3"), null),
        new Survey.Option("比较好", new BigDecimal("2"), null),
        new Survey.Option("一般", new BigDecimal("1"), null),
        new Survey.Option("非常差", new BigDecimal("-1"), null),
        new Survey.Option("不了解", BigDecimal.ZERO, true));
  }

  static Survey survey(List<Survey.Option> options, Survey.Question... questions) {
    return new Survey(
        "service-satisfaction",
        "服务满意度",
        null,
        options,
        Arrays.asList(questions),
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** A question's tallies as {@code "非常好", 2, "比较好", 2, …}. */
  static Survey.Question question(String text, Object... labelsAndCounts) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int i = 0; i < labelsAndCounts.length; i += 2) {
      counts.put((String) labelsAndCounts[i], (Integer) labelsAndCounts[i + 1]);
    }
    return new Survey.Question(text, counts);
  }
}
