package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.budget.AgencyProfile;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.budget.FigureLine;
import org.jixiao.budget.FigureTable;
import org.jixiao.budget.GoalItem;
import org.jixiao.budget.Indicator;
import org.jixiao.budget.NarrativeSection;
import org.jixiao.budget.ReportKind;
import org.jixiao.budget.ReportSource;
import org.jixiao.budget.ScoreSheet;
import org.jixiao.budget.ScoreSheet.Funds;
import org.jixiao.budget.SheetKind;
import org.jixiao.budget.SignOff;
import org.jixiao.budget.Staffing;
import org.jixiao.budget.Survey;
import org.jixiao.budget.TableKind;
import org.jixiao.framework.FormulaId;
import org.jixiao.framework.Framework;
import org.jixiao.framework.Frameworks;
import org.jixiao.framework.GradeTable;
import org.jixiao.framework.IndicatorNode;
import org.jixiao.framework.Scope;

/**
 * 一致性检查测试夹具 — small department years built in Java for the consistency, survey and completeness
 * checks: a year with narrative sections, figure tables, score sheets, goals and surveys, each
 * added in one line. Amounts are strings so that their printed scale is kept.
 */
final class ConsistencyFixture {
  static final String AGENCY = "某市人力资源和社会保障局";

  private ConsistencyFixture() {}

  static YearBuilder year() {
    return new YearBuilder();
  }

  static BigDecimal dec(String s) {
    return s == null ? null : new BigDecimal(s);
  }

  /** Runs one check over a year with the default tolerance and a framework that grades surveys. */
  static List<Finding> run(AuditCheck check, DepartmentYear year) {
    return check.check(context(year));
  }

  static AuditContext context(DepartmentYear year) {
    return AuditContext.of(year, List.of(), frameworks(), Tolerance.DEFAULT);
  }

  /** A third-party framework with a satisfaction indicator and the 优良合格不合格 grade table. */
  static Frameworks frameworks() {
    IndicatorNode satisfaction =
        new IndicatorNode(
            "D21",
            "服务满意度",
            List.of(),
            dec("4"),
            FormulaId.SURVEY_SATISFACTION_RATE,
            null,
            null,
            null,
            List.of());
    IndicatorNode effect =
        new IndicatorNode(
            null, "效果", List.of(), dec("16"), null, null, null, null, List.of(satisfaction));
    Framework thirdParty =
        new Framework(
            "third-party-test",
            "第三方评价（测试）",
            null,
            Scope.DEPARTMENT,
            dec("100"),
            false,
            null,
            null,
            List.of(effect),
            null,
            GradeTable.EXCELLENT_GOOD_PASS_FAIL,
            null,
            null);
    return new Frameworks(List.of(thirdParty));
  }

  // ------------------------------------------------------------------ year

  static final class YearBuilder {
    private int year = 2023;
    private String amountUnit = "万元";
    private String reportDate;
    private Staffing staffing;
    private final List<FigureTable> tables = new ArrayList<>();
    private final List<ScoreSheet> sheets = new ArrayList<>();
    private final List<Survey> surveys = new ArrayList<>();
    private final List<GoalItem> goals = new ArrayList<>();
    private final List<NarrativeSection> narrative = new ArrayList<>();
    private final List<SignOff> signOffs = new ArrayList<>();

    YearBuilder year(int y) {
      this.year = y;
      return this;
    }

    YearBuilder amountUnit(String unit) {
      this.amountUnit = unit;
      return this;
    }

    YearBuilder reportDate(String date) {
      this.reportDate = date;
      return this;
    }

    YearBuilder staffing(Integer authorized, Integer actual) {
      this.staffing = new Staffing(authorized, actual, List.of(), null, null);
      return this;
    }

    /** A narrative section: heading as printed, and its text. */
    YearBuilder text(String heading, String text) {
      narrative.add(new NarrativeSection(heading, 2, text));
      return this;
    }

    YearBuilder table(String id, TableKind kind, String title, FigureLine... lines) {
      tables.add(new FigureTable(id, kind, title, "附表", amountUnit, List.of(lines), null));
      return this;
    }

    YearBuilder sheet(ScoreSheet sheet) {
      sheets.add(sheet);
      return this;
    }

    YearBuilder survey(Survey survey) {
      surveys.add(survey);
      return this;
    }

    YearBuilder goal(String code, String target, String actual) {
      goals.add(new GoalItem("年度总体目标", code, null, target, actual));
      return this;
    }

    YearBuilder signOff(String role, String signer, String date) {
      signOffs.add(new SignOff(role, null, signer, date));
      return this;
    }

    DepartmentYear build() {
      ReportSource source =
          new ReportSource(
              "test.yaml",
              year + "年度部门整体支出绩效自评报告",
              ReportKind.SELF_EVALUATION,
              AGENCY,
              null,
              reportDate,
              amountUnit,
              null);
      AgencyProfile unit = new AgencyProfile(AGENCY, null, "某市", "市", null, null, null, null, null);
      return new DepartmentYear(
          1, source, year, unit, staffing, tables, null, null, goals, null, sheets, surveys, null,
          narrative, null, signOffs);
    }
  }

  // ------------------------------------------------------------------ tables

  static LineBuilder line(String name) {
    return new LineBuilder(name);
  }

  static final class LineBuilder {
    private final String name;
    private String unit;
    private Boolean consolidated;
    private String category;
    private BigDecimal lastYear;
    private BigDecimal initial;
    private BigDecimal adjustment;
    private BigDecimal fullYear;
    private BigDecimal available;
    private BigDecimal actual;
    private BigDecimal count;
    private final List<FigureLine> items = new ArrayList<>();

    LineBuilder(String name) {
      this.name = name;
    }

    LineBuilder unit(String u, boolean isConsolidated) {
      this.unit = u;
      this.consolidated = isConsolidated;
      return this;
    }

    LineBuilder category(String c) {
      this.category = c;
      return this;
    }

    LineBuilder lastYear(String v) {
      this.lastYear = dec(v);
      return this;
    }

    LineBuilder initial(String v) {
      this.initial = dec(v);
      return this;
    }

    LineBuilder adjustment(String v) {
      this.adjustment = dec(v);
      return this;
    }

    LineBuilder fullYear(String v) {
      this.fullYear = dec(v);
      return this;
    }

    LineBuilder available(String v) {
      this.available = dec(v);
      return this;
    }

    LineBuilder actual(String v) {
      this.actual = dec(v);
      return this;
    }

    LineBuilder count(String v) {
      this.count = dec(v);
      return this;
    }

    LineBuilder items(LineBuilder... lines) {
      Arrays.stream(lines).map(LineBuilder::build).forEach(items::add);
      return this;
    }

    FigureLine build() {
      return new FigureLine(
          null,
          name,
          unit,
          consolidated,
          category,
          lastYear,
          null,
          initial,
          adjustment,
          fullYear,
          available,
          actual,
          null,
          null,
          null,
          count,
          null,
          null,
          null,
          null,
          null,
          null,
          items);
    }
  }

  static FigureLine[] lines(LineBuilder... builders) {
    return Arrays.stream(builders).map(LineBuilder::build).toArray(FigureLine[]::new);
  }

  // ------------------------------------------------------------------ sheets

  static SheetBuilder sheet(String id, SheetKind kind, String name) {
    return new SheetBuilder(id, kind, name);
  }

  static final class SheetBuilder {
    private final String id;
    private final SheetKind kind;
    private final String name;
    private Funds funds;
    private String expectedGoal;
    private String achievedGoal;
    private final List<Indicator> indicators = new ArrayList<>();
    private BigDecimal total;
    private final List<SignOff> signOffs = new ArrayList<>();

    SheetBuilder(String id, SheetKind kind, String name) {
      this.id = id;
      this.kind = kind;
      this.name = name;
    }

    /** 年度资金总额 with 基本支出 / 项目支出 actuals (null to leave them out). */
    SheetBuilder funds(
        String initial, String fullYear, String actual, String basicActual, String projectActual) {
      List<FigureLine> byNature = new ArrayList<>();
      if (basicActual != null) {
        byNature.add(line("基本支出").actual(basicActual).build());
      }
      if (projectActual != null) {
        byNature.add(line("项目支出").actual(projectActual).build());
      }
      FigureLine t = line("年度资金总额").initial(initial).fullYear(fullYear).actual(actual).build();
      this.funds = new Funds(t, List.of(), byNature, dec("10"), null, dec("10"));
      return this;
    }

    SheetBuilder funds(Funds f) {
      this.funds = f;
      return this;
    }

    SheetBuilder goals(String expected, String achieved) {
      this.expectedGoal = expected;
      this.achievedGoal = achieved;
      return this;
    }

    /** An indicator: level 1, name, target, actual, weight, stated score. */
    SheetBuilder indicator(
        String level1, String name, String target, String actual, String weight, String score) {
      indicators.add(
          new Indicator(
              null,
              level1,
              null,
              name,
              target,
              actual,
              dec(weight),
              null,
              dec(score),
              null,
              null,
              null,
              null,
              null,
              null));
      return this;
    }

    SheetBuilder indicator(Indicator i) {
      indicators.add(i);
      return this;
    }

    SheetBuilder total(String t) {
      this.total = dec(t);
      return this;
    }

    SheetBuilder signOff(String role, String signer, String date) {
      signOffs.add(new SignOff(role, null, signer, date));
      return this;
    }

    ScoreSheet build() {
      return new ScoreSheet(
          id,
          kind,
          name,
          null,
          null,
          funds,
          expectedGoal,
          achievedGoal,
          indicators,
          List.of(),
          total,
          null,
          signOffs,
          null,
          null);
    }
  }

  // ------------------------------------------------------------------ surveys

  /** The Yanfeng options: 非常好 3, 比较好 2, 一般 1, 非常差 −1, 不了解 excluded. */
  static List<Survey.Option> yanfengOptions() {
    return List.of(
        new Survey.Option("非常好", dec("3"), null),
        new Survey.Option("比较好", dec("2"), null),
        new Survey.Option("一般", dec("1"), null),
        new Survey.Option("非常差", dec("-1"), null),
        new Survey.Option("不了解", dec("0"), true));
  }

  /** counts as label, n, label, n …; points as printed (null when the table prints none). */
  static Survey.Question question(String text, String points, Object... counts) {
    Map<String, Integer> c = new LinkedHashMap<>();
    for (int i = 0; i < counts.length; i += 2) {
      c.put((String) counts[i], (Integer) counts[i + 1]);
    }
    return new Survey.Question(text, c, dec(points));
  }

  static SurveyBuilder survey() {
    return new SurveyBuilder();
  }

  static final class SurveyBuilder {
    private List<Survey.Option> options = yanfengOptions();
    private final List<Survey.Question> questions = new ArrayList<>();
    private Integer respondents;
    private Integer valid;
    private BigDecimal points;
    private String rate;
    private String grade;
    private BigDecimal max;
    private String formula;
    private final Map<String, Integer> totals = new LinkedHashMap<>();

    SurveyBuilder options(List<Survey.Option> o) {
      this.options = o;
      return this;
    }

    SurveyBuilder question(Survey.Question q) {
      questions.add(q);
      return this;
    }

    SurveyBuilder respondents(Integer n) {
      this.respondents = n;
      return this;
    }

    SurveyBuilder valid(Integer n) {
      this.valid = n;
      return this;
    }

    SurveyBuilder points(String p) {
      this.points = dec(p);
      return this;
    }

    SurveyBuilder max(String m) {
      this.max = dec(m);
      return this;
    }

    SurveyBuilder rate(String r) {
      this.rate = r;
      return this;
    }

    SurveyBuilder grade(String g) {
      this.grade = g;
      return this;
    }

    SurveyBuilder formula(String f) {
      this.formula = f;
      return this;
    }

    SurveyBuilder total(String option, int n) {
      totals.put(option, n);
      return this;
    }

    Survey build() {
      return new Survey(
          "satisfaction",
          "服务满意度",
          null,
          options,
          questions,
          respondents,
          valid,
          points,
          rate,
          grade,
          null,
          max,
          formula,
          totals);
    }
  }

  /** The Yanfeng survey as printed in seed 003, figures all agreeing with each other. */
  static SurveyBuilder yanfengSurvey() {
    return survey()
        .question(question("服务态度", "10", "非常好", 2, "比较好", 2, "不了解", 1))
        .question(question("办事效率", "15", "非常好", 2, "比较好", 4, "一般", 1, "不了解", 2))
        .question(question("办事流程", "14", "非常好", 4, "比较好", 1, "不了解", 1))
        .total("非常好", 8)
        .total("比较好", 7)
        .total("一般", 1)
        .total("不了解", 4)
        .points("39")
        .max("48")
        .formula("总分=（20-4）*3=48 分")
        .rate("81.25%")
        .grade("良");
  }

  static List<String> codes(List<Finding> findings) {
    return findings.stream().map(Finding::code).toList();
  }
}
