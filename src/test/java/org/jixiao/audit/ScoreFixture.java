package org.jixiao.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
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
import org.jixiao.budget.ScoreSheet.LevelScore;
import org.jixiao.budget.SheetKind;
import org.jixiao.budget.Staffing;
import org.jixiao.budget.TableKind;
import org.jixiao.framework.BudgetExecutionRule;
import org.jixiao.framework.ExplanationThresholds;
import org.jixiao.framework.FormulaId;
import org.jixiao.framework.Framework;
import org.jixiao.framework.Frameworks;
import org.jixiao.framework.GradeTable;
import org.jixiao.framework.IndicatorNode;
import org.jixiao.framework.RoundingPolicy;
import org.jixiao.framework.Scope;
import org.jixiao.framework.ScoringRule;
import org.jixiao.framework.ZeroDenominatorPolicy;
import org.jixiao.scoring.YearScorer;

/**
 * 评分类审核的测试夹具 — small department years built in Java for the score, total, deviation and target
 * checks, the frameworks they are scored under (built here, not read from files), and a way to run
 * one check over a year the way the auditor does. Amounts are strings so their printed scale stays.
 */
final class ScoreFixture {
  static final String DEPT = "dept-self-10";
  static final String PROJECT = "project-self-10";
  static final String THIRD_PARTY = "dept-third-party-test";

  private String amountUnit = "万元";
  private ReportKind kind = ReportKind.SELF_EVALUATION;
  private Staffing staffing;
  private final List<FigureTable> tables = new ArrayList<>();
  private final List<ScoreSheet> sheets = new ArrayList<>();
  private final List<NarrativeSection> narrative = new ArrayList<>();

  private ScoreFixture() {}

  static ScoreFixture year() {
    return new ScoreFixture();
  }

  static BigDecimal dec(String s) {
    return s == null ? null : new BigDecimal(s);
  }

  ScoreFixture amountUnit(String unit) {
    this.amountUnit = unit;
    return this;
  }

  ScoreFixture kind(ReportKind kind) {
    this.kind = kind;
    return this;
  }

  ScoreFixture staffing(int authorized, int actual) {
    this.staffing = new Staffing(authorized, actual, null, null, null);
    return this;
  }

  ScoreFixture table(String id, TableKind kind, String title, Line... lines) {
    List<FigureLine> built = new ArrayList<>();
    for (Line l : lines) {
      built.add(l.build());
    }
    tables.add(new FigureTable(id, kind, title, null, amountUnit, built, null));
    return this;
  }

  ScoreFixture sheet(Sheet sheet) {
    sheets.add(sheet.build());
    return this;
  }

  ScoreFixture narrative(String heading, String text) {
    narrative.add(new NarrativeSection(heading, heading.startsWith("（") ? 2 : 1, text));
    return this;
  }

  DepartmentYear build() {
    return new DepartmentYear(
        1,
        new ReportSource(
            "test.yaml", "2024年度部门整体支出绩效自评报告", kind, "某市人力资源和社会保障局", null, null, amountUnit, null),
        2024,
        new AgencyProfile("某市人力资源和社会保障局", null, null, null, null, null, null, null, null),
        staffing,
        tables,
        null,
        null,
        null,
        null,
        sheets,
        null,
        null,
        narrative,
        null,
        null);
  }

  // ------------------------------------------------------------------ running checks

  static AuditContext context(DepartmentYear year) {
    Frameworks frameworks = frameworks();
    return AuditContext.of(
        year, new YearScorer(frameworks).score(year), frameworks, Tolerance.DEFAULT);
  }

  static List<Finding> run(AuditCheck check, ScoreFixture year) {
    return check.check(context(year.build()));
  }

  static List<Finding> runAll(DepartmentYear year) {
    List<Finding> out = new ArrayList<>();
    AuditContext ctx = context(year);
    for (AuditCheck c : ScoreChecks.all()) {
      out.addAll(c.check(ctx));
    }
    return out;
  }

  // ------------------------------------------------------------------ frameworks

  static Frameworks frameworks() {
    return new Frameworks(List.of(deptSelf10(), projectSelf10(), thirdParty()));
  }

  /** 部门整体支出绩效自评表: indicators and weights from the sheet, budget execution 10. */
  static Framework deptSelf10() {
    return new Framework(
        DEPT,
        "部门整体支出绩效自评表",
        "财预〔2020〕10号",
        Scope.DEPARTMENT,
        new BigDecimal("100"),
        true,
        new BudgetExecutionRule(BigDecimal.TEN, BigDecimal.ONE, null),
        new ScoringRule.ByTarget(new BigDecimal("2")),
        List.of(
            heading("产出指标", null, "产出"),
            heading("效益指标", null, "效益"),
            heading("满意度指标", null, "满意度"),
            heading("成本指标", null, "成本")),
        RoundingPolicy.TWO_DECIMALS_HALF_UP,
        GradeTable.EXCELLENT_GOOD_FAIR_POOR,
        ZeroDenominatorPolicy.NOT_SCORED,
        ExplanationThresholds.DEFAULT);
  }

  /** 项目支出绩效自评表 10 / 50 / 30 / 10. */
  static Framework projectSelf10() {
    return new Framework(
        PROJECT,
        "项目支出绩效自评表",
        "财预〔2020〕10号",
        Scope.PROJECT,
        new BigDecimal("100"),
        true,
        new BudgetExecutionRule(BigDecimal.TEN, BigDecimal.ONE, null),
        new ScoringRule.ByTarget(new BigDecimal("2")),
        List.of(
            heading("产出指标", "50", "产出"),
            heading("效益指标", "30", "效益"),
            heading("满意度指标", "10", "满意度")),
        RoundingPolicy.TWO_DECIMALS_HALF_UP,
        GradeTable.EXCELLENT_GOOD_FAIR_POOR,
        ZeroDenominatorPolicy.NOT_SCORED,
        ExplanationThresholds.DEFAULT);
  }

  /**
   * A third-party framework with a fixed tree (投入 15 / 过程 25 / 产出 40 / 效果 20): checklists,
   * threshold rules on measured rates, a manual satisfaction line. Grades 优 ≥90, 良 ≥75, 合格 ≥60.
   */
  static Framework thirdParty() {
    ScoringRule checklist = new ScoringRule.Checklist(null, null);
    ScoringRule manual = new ScoringRule.Manual(null);
    return new Framework(
        THIRD_PARTY,
        "部门整体支出绩效评价指标体系（测试用第三方）",
        "湘财绩〔2020〕7号",
        Scope.DEPARTMENT,
        new BigDecimal("100"),
        false,
        null,
        manual,
        List.of(
            node(
                "投入",
                "15",
                node(
                    "A1",
                    "目标设定",
                    "6",
                    leaf("A11", "绩效目标合理性", "3", null, checklist),
                    leaf("A12", "绩效指标明确性", "3", null, checklist)),
                node(
                    "A2",
                    "预算配置",
                    "9",
                    leaf("A21", "预算编制合理性", "3", null, checklist),
                    leaf(
                        "A22",
                        "在职人员控制率",
                        "3",
                        FormulaId.STAFF_CONTROL_RATE,
                        new ScoringRule.Threshold(
                            "<=", BigDecimal.ONE, ScoringRule.Otherwise.MANUAL)),
                    leaf("A23", "三公经费控制率", "3", FormulaId.THREE_PUBLIC_CONTROL_RATE, manual))),
            node(
                "过程",
                "25",
                node(
                    "B1",
                    "预算执行",
                    "10",
                    leaf(
                        "B11",
                        "预算完成率",
                        "5",
                        FormulaId.BUDGET_COMPLETION_RATE,
                        new ScoringRule.Threshold(
                            ">", new BigDecimal("0.90"), ScoringRule.Otherwise.MANUAL)),
                    leaf("B12", "结转结余变动率", "5", null, manual)),
                node(
                    "B2",
                    "业务管理",
                    "15",
                    leaf("B21", "管理制度健全性", "5", null, checklist),
                    leaf("B22", "资金使用合规性", "5", null, checklist),
                    leaf("B23", "预决算信息公开", "5", null, checklist))),
            node(
                "产出",
                "40",
                node(
                    "C1",
                    "实际完成情况",
                    "20",
                    leaf("C11", "稳就业", "10", null, manual),
                    leaf("C12", "保社保", "10", null, manual)),
                leaf("C2", "完成及时率", "10", null, manual),
                leaf("C3", "成本控制情况", "10", null, manual)),
            node(
                "效果",
                "20",
                node("D1", "社会效益", "15", leaf("D11", "就业政策落实", "15", null, manual)),
                node("D2", "满意度", "5", leaf("D21", "服务满意度", "5", null, manual)))),
        RoundingPolicy.TWO_DECIMALS_HALF_UP,
        GradeTable.EXCELLENT_GOOD_PASS_FAIL,
        ZeroDenominatorPolicy.NOT_SCORED,
        ExplanationThresholds.DEFAULT);
  }

  private static IndicatorNode heading(String name, String weight, String alias) {
    return new IndicatorNode(null, name, List.of(alias), dec(weight), null, null, null, null, null);
  }

  private static IndicatorNode node(String name, String weight, IndicatorNode... children) {
    return node(null, name, weight, children);
  }

  private static IndicatorNode node(
      String code, String name, String weight, IndicatorNode... children) {
    return new IndicatorNode(
        code, name, null, dec(weight), null, null, null, null, List.of(children));
  }

  private static IndicatorNode leaf(
      String code, String name, String weight, FormulaId formula, ScoringRule rule) {
    return new IndicatorNode(code, name, null, dec(weight), formula, rule, null, null, null);
  }

  // ------------------------------------------------------------------ sheets

  static Sheet dept(String name) {
    return new Sheet(SheetKind.DEPARTMENT, DEPT, name);
  }

  static Sheet project(String name) {
    return new Sheet(SheetKind.PROJECT, PROJECT, name);
  }

  static Sheet thirdPartySheet(String name) {
    return new Sheet(SheetKind.DEPARTMENT, THIRD_PARTY, name);
  }

  /** A score sheet being written. */
  static final class Sheet {
    private static int counter;
    private final SheetKind kind;
    private final String framework;
    private final String name;
    private final String id;
    private ScoreSheet.Funds funds;
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<LevelScore> subtotals = new ArrayList<>();
    private BigDecimal total;
    private BigDecimal totalWeight;
    private String grade;
    private String note;

    private Sheet(SheetKind kind, String framework, String name) {
      this.kind = kind;
      this.framework = framework;
      this.name = name;
      this.id = "sheet-" + (++counter);
    }

    /** 年度资金总额 with the printed rate and score (points 10). */
    Sheet funds(String initial, String fullYear, String actual, String rate, String score) {
      FigureLine total = line("年度资金总额").initial(initial).fullYear(fullYear).actual(actual).build();
      this.funds = new ScoreSheet.Funds(total, null, null, BigDecimal.TEN, rate, dec(score));
      return this;
    }

    Sheet row(Ind indicator) {
      indicators.add(indicator.build());
      return this;
    }

    /** A row by its three levels, target, actual, weight and printed score. */
    Sheet row(
        String level1,
        String level2,
        String name,
        String target,
        String actual,
        String weight,
        String score) {
      return row(
          ind(level1, level2, name).target(target).actual(actual).weight(weight).score(score));
    }

    Sheet subtotal(int level, String name, String weight, String score) {
      subtotals.add(new LevelScore(level, name, dec(weight), dec(score)));
      return this;
    }

    Sheet subtotal(int level, String name, String weight, String score, String location) {
      subtotals.add(new LevelScore(level, name, dec(weight), dec(score), location));
      return this;
    }

    Sheet total(String total) {
      this.total = dec(total);
      return this;
    }

    Sheet totalWeight(String weight) {
      this.totalWeight = dec(weight);
      return this;
    }

    Sheet grade(String grade) {
      this.grade = grade;
      return this;
    }

    Sheet note(String note) {
      this.note = note;
      return this;
    }

    /** The total the printed items add up to (budget score included). */
    String itemsTotal() {
      BigDecimal sum =
          funds == null || funds.statedScore() == null ? BigDecimal.ZERO : funds.statedScore();
      for (Indicator i : indicators) {
        if (i.statedScore() != null) {
          sum = sum.add(i.statedScore());
        }
      }
      return sum.setScale(Math.max(sum.stripTrailingZeros().scale(), 0), RoundingMode.UNNECESSARY)
          .toPlainString();
    }

    ScoreSheet build() {
      return new ScoreSheet(
          id,
          kind,
          name,
          framework,
          null,
          funds,
          null,
          null,
          indicators,
          subtotals,
          total,
          grade,
          null,
          note,
          totalWeight);
    }
  }

  static Ind ind(String level1, String level2, String name) {
    return new Ind(level1, level2, name);
  }

  /** An indicator row being written. */
  static final class Ind {
    private final String level1;
    private final String level2;
    private final String name;
    private String code;
    private String target;
    private String actual;
    private BigDecimal weight;
    private String value;
    private BigDecimal score;
    private String criterion;
    private String reason;
    private String analysis;

    private Ind(String level1, String level2, String name) {
      this.level1 = level1;
      this.level2 = level2;
      this.name = name;
    }

    Ind code(String code) {
      this.code = code;
      return this;
    }

    Ind target(String target) {
      this.target = target;
      return this;
    }

    Ind actual(String actual) {
      this.actual = actual;
      return this;
    }

    Ind weight(String weight) {
      this.weight = dec(weight);
      return this;
    }

    Ind value(String value) {
      this.value = value;
      return this;
    }

    Ind score(String score) {
      this.score = dec(score);
      return this;
    }

    Ind criterion(String criterion) {
      this.criterion = criterion;
      return this;
    }

    Ind reason(String reason) {
      this.reason = reason;
      return this;
    }

    Ind analysis(String analysis) {
      this.analysis = analysis;
      return this;
    }

    Indicator build() {
      return new Indicator(
          code, level1, level2, name, target, actual, weight, value, score, criterion, reason, null,
          null, analysis, null);
    }
  }

  // ------------------------------------------------------------------ lines

  static Line line(String name) {
    return new Line(name);
  }

  /** A table line being written; every column optional. */
  static final class Line {
    private final String name;
    private String unit;
    private Boolean consolidated;
    private String code;
    private BigDecimal lastYearActual;
    private BigDecimal initial;
    private BigDecimal adjustment;
    private BigDecimal fullYear;
    private BigDecimal actual;
    private String reason;
    private final List<Line> items = new ArrayList<>();

    private Line(String name) {
      this.name = name;
    }

    Line code(String code) {
      this.code = code;
      return this;
    }

    Line unit(String unit, boolean consolidated) {
      this.unit = unit;
      this.consolidated = consolidated ? Boolean.TRUE : null;
      return this;
    }

    Line lastYear(String v) {
      this.lastYearActual = dec(v);
      return this;
    }

    Line initial(String v) {
      this.initial = dec(v);
      return this;
    }

    Line adjustment(String v) {
      this.adjustment = dec(v);
      return this;
    }

    Line fullYear(String v) {
      this.fullYear = dec(v);
      return this;
    }

    Line actual(String v) {
      this.actual = dec(v);
      return this;
    }

    Line reason(String reason) {
      this.reason = reason;
      return this;
    }

    Line items(Line... lines) {
      items.addAll(List.of(lines));
      return this;
    }

    FigureLine build() {
      List<FigureLine> built = items.stream().map(Line::build).toList();
      return new FigureLine(
          code,
          name,
          unit,
          consolidated,
          null,
          lastYearActual,
          null,
          initial,
          adjustment,
          fullYear,
          null,
          actual,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          reason,
          null,
          built);
    }
  }
}
