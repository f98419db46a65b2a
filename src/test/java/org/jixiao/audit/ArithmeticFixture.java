package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jixiao.budget.AgencyProfile;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.budget.FigureLine;
import org.jixiao.budget.FigureTable;
import org.jixiao.budget.Indicator;
import org.jixiao.budget.NarrativeSection;
import org.jixiao.budget.ReportKind;
import org.jixiao.budget.ReportSource;
import org.jixiao.budget.ScoreSheet;
import org.jixiao.budget.SheetKind;
import org.jixiao.budget.SocialInsuranceFund;
import org.jixiao.budget.Staffing;
import org.jixiao.budget.TableKind;
import org.jixiao.framework.FormulaId;
import org.jixiao.framework.Framework;
import org.jixiao.framework.Frameworks;
import org.jixiao.framework.GradeTable;
import org.jixiao.framework.IndicatorNode;
import org.jixiao.framework.Scope;
import org.jixiao.framework.ScoringRule;

/**
 * 算术审核测试夹具 — a department's year built in Java for the arithmetic family: tables of lines (amounts
 * as strings, so that their printed scale is kept), staffing, the social-insurance fund, score
 * sheets with funds blocks, and a small third-party framework whose leaves carry formulas.
 */
final class ArithmeticFixture {
  static final String THIRD_PARTY = "arith-third-party";

  private String amountUnit = "万元";
  private Staffing staffing;
  private SocialInsuranceFund fund;
  private final List<FigureTable> tables = new ArrayList<>();
  private final List<ScoreSheet> sheets = new ArrayList<>();
  private final List<NarrativeSection> narrative = new ArrayList<>();

  private ArithmeticFixture() {}

  static ArithmeticFixture year() {
    return new ArithmeticFixture();
  }

  static BigDecimal dec(String s) {
    return s == null ? null : new BigDecimal(s);
  }

  ArithmeticFixture amountUnit(String unit) {
    this.amountUnit = unit;
    return this;
  }

  ArithmeticFixture staffing(Staffing s) {
    this.staffing = s;
    return this;
  }

  ArithmeticFixture fund(SocialInsuranceFund f) {
    this.fund = f;
    return this;
  }

  ArithmeticFixture table(String id, TableKind kind, String title, Line... lines) {
    tables.add(
        new FigureTable(
            id,
            kind,
            title,
            null,
            amountUnit,
            Arrays.stream(lines).map(Line::build).toList(),
            null));
    return this;
  }

  ArithmeticFixture sheet(ScoreSheet s) {
    sheets.add(s);
    return this;
  }

  ArithmeticFixture narrative(String heading, String text) {
    narrative.add(new NarrativeSection(heading, 1, text));
    return this;
  }

  DepartmentYear build() {
    return new DepartmentYear(
        1,
        new ReportSource(
            "arith-test.yaml",
            "2023年度部门整体支出绩效自评报告",
            ReportKind.SELF_EVALUATION,
            "某市人力资源和社会保障局",
            null,
            "2024年4月20日",
            amountUnit,
            null),
        2023,
        new AgencyProfile("某市人力资源和社会保障局", null, "某市", "市", null, null, null, null, null),
        staffing,
        tables,
        null,
        fund,
        null,
        null,
        sheets,
        null,
        null,
        narrative,
        null,
        null);
  }

  static AuditContext context(DepartmentYear year) {
    return AuditContext.of(year, List.of(), frameworks(), Tolerance.DEFAULT);
  }

  static List<Finding> run(AuditCheck check, DepartmentYear year) {
    return check.check(context(year));
  }

  static List<Finding> run(AuditCheck check, ArithmeticFixture year) {
    return run(check, year.build());
  }

  /** Every finding of the family. */
  static List<Finding> family(DepartmentYear year) {
    AuditContext ctx = context(year);
    return ArithmeticChecks.all().stream().flatMap(c -> c.check(ctx).stream()).toList();
  }

  // ------------------------------------------------------------------ lines

  static Line line(String name) {
    return new Line(name);
  }

  /** A table line under construction. */
  static final class Line {
    private final String name;
    private String code;
    private String unit;
    private Boolean consolidated;
    private String category;
    private String lastYearActual;
    private String initialBudget;
    private String adjustment;
    private String fullYearBudget;
    private String available;
    private String actual;
    private String balance;
    private String openingBalance;
    private String closingBalance;
    private String count;
    private String rate;
    private String share;
    private String change;
    private String changeRate;
    private final List<Line> items = new ArrayList<>();

    private Line(String name) {
      this.name = name;
    }

    Line code(String c) {
      this.code = c;
      return this;
    }

    Line unit(String u) {
      this.unit = u;
      return this;
    }

    Line consolidated() {
      this.consolidated = true;
      return this;
    }

    Line category(String c) {
      this.category = c;
      return this;
    }

    Line lastYear(String v) {
      this.lastYearActual = v;
      return this;
    }

    Line initial(String v) {
      this.initialBudget = v;
      return this;
    }

    Line adjustment(String v) {
      this.adjustment = v;
      return this;
    }

    Line full(String v) {
      this.fullYearBudget = v;
      return this;
    }

    Line available(String v) {
      this.available = v;
      return this;
    }

    Line actual(String v) {
      this.actual = v;
      return this;
    }

    Line balance(String v) {
      this.balance = v;
      return this;
    }

    Line opening(String v) {
      this.openingBalance = v;
      return this;
    }

    Line closing(String v) {
      this.closingBalance = v;
      return this;
    }

    Line count(String v) {
      this.count = v;
      return this;
    }

    Line rate(String v) {
      this.rate = v;
      return this;
    }

    Line share(String v) {
      this.share = v;
      return this;
    }

    Line change(String v) {
      this.change = v;
      return this;
    }

    Line changeRate(String v) {
      this.changeRate = v;
      return this;
    }

    Line items(Line... lines) {
      items.addAll(Arrays.asList(lines));
      return this;
    }

    FigureLine build() {
      return new FigureLine(
          code,
          name,
          unit,
          consolidated,
          category,
          dec(lastYearActual),
          null,
          dec(initialBudget),
          dec(adjustment),
          dec(fullYearBudget),
          dec(available),
          dec(actual),
          dec(balance),
          dec(openingBalance),
          dec(closingBalance),
          dec(count),
          rate,
          share,
          change,
          changeRate,
          null,
          null,
          items.stream().map(Line::build).toList());
    }
  }

  // ------------------------------------------------------------------ sheets

  /** A score sheet's funds block. */
  static ScoreSheet.Funds funds(Line total, List<Line> byIncome, List<Line> byNature, String rate) {
    return new ScoreSheet.Funds(
        total.build(),
        byIncome.stream().map(Line::build).toList(),
        byNature.stream().map(Line::build).toList(),
        dec("10"),
        rate,
        null);
  }

  static ScoreSheet sheet(
      String id,
      SheetKind kind,
      String framework,
      ScoreSheet.Funds funds,
      Indicator... indicators) {
    return new ScoreSheet(
        id,
        kind,
        kind == SheetKind.DEPARTMENT ? "2023年度部门整体支出绩效自评表" : "2023年度项目支出绩效自评表（" + id + "）",
        framework,
        null,
        funds,
        null,
        null,
        List.of(indicators),
        List.of(),
        null,
        null,
        List.of(),
        null);
  }

  /** An indicator row with the rate it prints and the computation printed beside it. */
  static Indicator indicator(
      String code, String name, String target, String actual, String statedValue, String formula) {
    return new Indicator(
        code,
        "过程",
        "预算执行",
        name,
        target,
        actual,
        dec("2"),
        statedValue,
        dec("2"),
        null,
        null,
        null,
        formula,
        null,
        null);
  }

  static Staffing staff(int authorized, int actual, String rate, Staffing.StaffCategory... cs) {
    return new Staffing(authorized, actual, List.of(cs), rate, null);
  }

  // ------------------------------------------------------------------ framework

  /** A third-party framework whose leaves compute rates from the figures. */
  static Frameworks frameworks() {
    ScoringRule manual = new ScoringRule.Manual(null);
    IndicatorNode input =
        new IndicatorNode(
            null,
            "投入",
            List.of(),
            dec("50"),
            null,
            null,
            null,
            null,
            List.of(
                leaf("A22", "在职人员控制率", FormulaId.STAFF_CONTROL_RATE, manual),
                leaf("A23", "三公经费变动率", FormulaId.THREE_PUBLIC_CHANGE_RATE, manual)));
    IndicatorNode process =
        new IndicatorNode(
            null,
            "过程",
            List.of(),
            dec("50"),
            null,
            null,
            null,
            null,
            List.of(
                leaf("B11", "预算完成率", FormulaId.BUDGET_COMPLETION_RATE, manual),
                leaf("B21", "结转结余率", FormulaId.CARRY_OVER_RATE, manual),
                leaf("B24", "“三公经费”控制率", FormulaId.THREE_PUBLIC_CONTROL_RATE, manual)));
    Framework thirdParty =
        new Framework(
            THIRD_PARTY,
            "部门整体支出绩效评价指标体系（算术审核测试用）",
            "财预〔2013〕53号",
            Scope.DEPARTMENT,
            dec("100"),
            false,
            null,
            manual,
            List.of(input, process),
            null,
            GradeTable.EXCELLENT_GOOD_PASS_FAIL,
            null,
            null);
    return new Frameworks(List.of(thirdParty));
  }

  private static IndicatorNode leaf(String code, String name, FormulaId f, ScoringRule rule) {
    return new IndicatorNode(code, name, List.of(), dec("2"), f, rule, null, null, List.of());
  }
}
