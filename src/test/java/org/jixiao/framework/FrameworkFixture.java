package org.jixiao.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jixiao.framework.FrameworkSpec.BandSpec;
import org.jixiao.framework.FrameworkSpec.BudgetExecutionSpec;
import org.jixiao.framework.FrameworkSpec.GradeSpec;
import org.jixiao.framework.FrameworkSpec.GradesSpec;
import org.jixiao.framework.FrameworkSpec.NodeSpec;
import org.jixiao.framework.FrameworkSpec.RateCapSpec;
import org.jixiao.framework.FrameworkSpec.RoundingSpec;
import org.jixiao.framework.FrameworkSpec.RuleSpec;
import org.jixiao.framework.FrameworkSpec.StepSpec;
import org.jixiao.framework.FrameworkSpec.ThresholdsSpec;

/**
 * 指标体系测试夹具 — frameworks written the way a framework file would write them, built through {@link
 * FrameworkBuilder}. Amounts are strings so that their scale is kept as written.
 */
public final class FrameworkFixture {
  private FrameworkFixture() {}

  static BigDecimal dec(String s) {
    return s == null ? null : new BigDecimal(s);
  }

  // ---------------------------------------------------------------- frameworks

  /** Like dept-self-10: weights from the sheet, budget execution 10, rules by target. */
  public static Spec selfEvaluation() {
    return framework("dept-self-10")
        .name("部门整体支出绩效自评表（测试）")
        .scope("DEPARTMENT")
        .weightsFromSheet(true)
        .budget("10", "1")
        .defaultRule(byTarget())
        .indicators(
            node("产出指标").aliases("产出"),
            node("效益指标").aliases("效益"),
            node("满意度指标").aliases("满意度"),
            node("成本指标").aliases("成本"))
        .grades("优良中差-90-80-60", null);
  }

  /** Like project-self-10: 预算执行 10 + 产出 50 + 效益 30 + 满意度 10. */
  public static Spec projectSelfEvaluation() {
    return framework("project-self-10")
        .name("项目支出绩效自评表（测试）")
        .scope("PROJECT")
        .weightsFromSheet(true)
        .budget("10", "1")
        .defaultRule(byTarget())
        .indicators(
            node("产出指标", "50").aliases("产出"),
            node("效益指标", "30").aliases("效益"),
            node("满意度指标", "10").aliases("满意度"))
        .grades("优良中差-90-80-60", null);
  }

  public static Spec framework(String id) {
    return new Spec(id);
  }

  // ---------------------------------------------------------------- nodes

  public static Node node(String name) {
    return new Node(name, null);
  }

  public static Node node(String name, String weight) {
    return new Node(name, weight);
  }

  // ---------------------------------------------------------------- rules

  public static Rule rule(String type) {
    return new Rule(type);
  }

  public static RuleSpec byTarget() {
    return rule("BY_TARGET").spec();
  }

  public static RuleSpec proportional() {
    return rule("PROPORTIONAL").spec();
  }

  public static RuleSpec reverse() {
    return rule("REVERSE").spec();
  }

  public static RuleSpec checklist() {
    return rule("CHECKLIST").spec();
  }

  public static RuleSpec manual() {
    return rule("MANUAL").spec();
  }

  public static RuleSpec threshold(String comparison, String threshold, String otherwise) {
    return rule("THRESHOLD")
        .comparison(comparison)
        .threshold(threshold)
        .otherwise(otherwise)
        .spec();
  }

  public static RuleSpec deduction(
      String threshold, String direction, String stepSize, String perStep, String stepMode) {
    return rule("DEDUCTION")
        .threshold(threshold)
        .direction(direction)
        .stepSize(stepSize)
        .perStep(perStep)
        .stepMode(stepMode)
        .spec();
  }

  public static RuleSpec steps(StepSpec... steps) {
    return rule("STEP_TABLE").steps(steps).spec();
  }

  /** A step; {@code minInclusive} defaults to true and {@code maxInclusive} to false. */
  public static StepSpec step(
      String min, String max, Boolean minInclusive, Boolean maxInclusive, String points) {
    return new StepSpec(dec(min), dec(max), minInclusive, maxInclusive, dec(points));
  }

  public static RuleSpec survey(String fullAt) {
    return rule("SURVEY_RATE").fullAt(fullAt).spec();
  }

  public static RuleSpec qualitativeBands(BandSpec... bands) {
    return rule("QUALITATIVE_BANDS").bands(bands).spec();
  }

  public static BandSpec band(
      String label, String min, String max, Boolean minInclusive, Boolean maxInclusive) {
    return new BandSpec(label, dec(min), dec(max), minInclusive, maxInclusive);
  }

  // ---------------------------------------------------------------- builders

  /** A framework file being written. */
  public static final class Spec {
    private String id;
    private String name = "测试指标体系";
    private String scope = "DEPARTMENT";
    private BigDecimal totalPoints;
    private Boolean weightsFromSheet;
    private BudgetExecutionSpec budget;
    private RuleSpec defaultRule;
    private List<NodeSpec> indicators = new ArrayList<>();
    private RoundingSpec rounding;
    private GradesSpec grades;
    private String zeroDenominator;
    private ThresholdsSpec explanations;

    private Spec(String id) {
      this.id = id;
    }

    public Spec id(String id) {
      this.id = id;
      return this;
    }

    public Spec name(String name) {
      this.name = name;
      return this;
    }

    public Spec scope(String scope) {
      this.scope = scope;
      return this;
    }

    public Spec totalPoints(String total) {
      this.totalPoints = dec(total);
      return this;
    }

    public Spec weightsFromSheet(boolean fromSheet) {
      this.weightsFromSheet = fromSheet;
      return this;
    }

    public Spec budget(String points, String maxRate, RateCapSpec... caps) {
      this.budget = new BudgetExecutionSpec(dec(points), dec(maxRate), Arrays.asList(caps));
      return this;
    }

    public Spec noBudget() {
      this.budget = null;
      return this;
    }

    public Spec defaultRule(RuleSpec rule) {
      this.defaultRule = rule;
      return this;
    }

    public Spec indicators(Node... nodes) {
      this.indicators = new ArrayList<>();
      for (Node n : nodes) {
        indicators.add(n.spec());
      }
      return this;
    }

    public Spec rounding(Integer indicatorScale, Integer totalScale, String mode) {
      this.rounding = new RoundingSpec(indicatorScale, totalScale, mode);
      return this;
    }

    public Spec grades(String preset, List<GradeSpec> bands) {
      this.grades = new GradesSpec(preset, bands);
      return this;
    }

    public Spec zeroDenominator(String policy) {
      this.zeroDenominator = policy;
      return this;
    }

    public Spec explanations(String executionBelow, String overAchievementAt) {
      this.explanations = new ThresholdsSpec(dec(executionBelow), dec(overAchievementAt));
      return this;
    }

    public FrameworkSpec spec() {
      return new FrameworkSpec(
          id,
          name,
          "测试",
          scope,
          totalPoints,
          weightsFromSheet,
          budget,
          defaultRule,
          indicators,
          rounding,
          grades,
          zeroDenominator,
          explanations,
          null);
    }

    public List<String> problems() {
      return FrameworkBuilder.build(spec()).problems();
    }

    /** The framework; fails the test with the builder's problems if it is not valid. */
    public Framework build() {
      FrameworkBuilder.Result r = FrameworkBuilder.build(spec());
      if (!r.ok()) {
        throw new AssertionError("测试用指标体系无效：" + r.problems());
      }
      return r.framework();
    }
  }

  public static RateCapSpec cap(String below, String maxScore) {
    return new RateCapSpec(dec(below), dec(maxScore));
  }

  public static GradeSpec grade(String label, String min, Boolean inclusive) {
    return new GradeSpec(label, dec(min), inclusive);
  }

  /** An indicator node being written. */
  public static final class Node {
    private final String name;
    private final BigDecimal weight;
    private String code;
    private List<String> aliases;
    private String formula;
    private RuleSpec rule;
    private String zeroDenominator;
    private final List<NodeSpec> children = new ArrayList<>();

    private Node(String name, String weight) {
      this.name = name;
      this.weight = dec(weight);
    }

    public Node code(String code) {
      this.code = code;
      return this;
    }

    public Node aliases(String... aliases) {
      this.aliases = List.of(aliases);
      return this;
    }

    public Node formula(String formula) {
      this.formula = formula;
      return this;
    }

    public Node rule(RuleSpec rule) {
      this.rule = rule;
      return this;
    }

    public Node zeroDenominator(String policy) {
      this.zeroDenominator = policy;
      return this;
    }

    public Node children(Node... nodes) {
      for (Node n : nodes) {
        children.add(n.spec());
      }
      return this;
    }

    public NodeSpec spec() {
      return new NodeSpec(
          code,
          name,
          aliases,
          weight,
          formula,
          rule,
          null,
          zeroDenominator,
          children.isEmpty() ? null : children);
    }
  }

  /** A scoring rule being written. */
  public static final class Rule {
    private final String type;
    private BigDecimal zeroPoint;
    private List<StepSpec> steps;
    private String comparison;
    private BigDecimal threshold;
    private String otherwise;
    private String direction;
    private BigDecimal stepSize;
    private BigDecimal perStep;
    private String stepMode;
    private BigDecimal floor;
    private List<String> items;
    private BigDecimal pointsPerItem;
    private List<BandSpec> bands;
    private BigDecimal fullAt;
    private String guidance;

    private Rule(String type) {
      this.type = type;
    }

    public Rule zeroPoint(String v) {
      zeroPoint = dec(v);
      return this;
    }

    public Rule steps(StepSpec... v) {
      steps = Arrays.asList(v);
      return this;
    }

    public Rule comparison(String v) {
      comparison = v;
      return this;
    }

    public Rule threshold(String v) {
      threshold = dec(v);
      return this;
    }

    public Rule otherwise(String v) {
      otherwise = v;
      return this;
    }

    public Rule direction(String v) {
      direction = v;
      return this;
    }

    public Rule stepSize(String v) {
      stepSize = dec(v);
      return this;
    }

    public Rule perStep(String v) {
      perStep = dec(v);
      return this;
    }

    public Rule stepMode(String v) {
      stepMode = v;
      return this;
    }

    public Rule floor(String v) {
      floor = dec(v);
      return this;
    }

    public Rule items(String... v) {
      items = List.of(v);
      return this;
    }

    public Rule pointsPerItem(String v) {
      pointsPerItem = dec(v);
      return this;
    }

    public Rule bands(BandSpec... v) {
      bands = Arrays.asList(v);
      return this;
    }

    public Rule fullAt(String v) {
      fullAt = dec(v);
      return this;
    }

    public Rule guidance(String v) {
      guidance = v;
      return this;
    }

    public RuleSpec spec() {
      return new RuleSpec(
          type,
          zeroPoint,
          steps,
          comparison,
          threshold,
          otherwise,
          direction,
          stepSize,
          perStep,
          stepMode,
          floor,
          items,
          pointsPerItem,
          bands,
          fullAt,
          guidance);
    }
  }
}
