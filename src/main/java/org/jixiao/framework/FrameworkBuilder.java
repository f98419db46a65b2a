package org.jixiao.framework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jixiao.framework.FrameworkSpec.NodeSpec;

/**
 * 校验并构建指标体系 — validates a framework file and builds the framework: required fields, weights that
 * add up at every level, a rule for every leaf, known formulas and rule types. Every problem names
 * its path in the file, in Chinese; nothing is guessed.
 */
public final class FrameworkBuilder {

  private final List<String> problems = new ArrayList<>();
  private final RuleBuilder rules = new RuleBuilder(problems);

  private FrameworkBuilder() {}

  /** The framework, or the list of problems that keep it from being one. */
  public record Result(Framework framework, List<String> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  public static Result build(FrameworkSpec spec) {
    FrameworkBuilder b = new FrameworkBuilder();
    Framework framework = b.framework(spec);
    return new Result(b.problems.isEmpty() ? framework : null, List.copyOf(b.problems));
  }

  private Framework framework(FrameworkSpec spec) {
    require(spec.id(), "id");
    require(spec.name(), "name");
    Scope scope = enumOf(Scope.class, spec.scope(), "scope", null);
    boolean fromSheet = Boolean.TRUE.equals(spec.weightsFromSheet());
    BigDecimal total = spec.totalPoints() == null ? new BigDecimal("100") : spec.totalPoints();
    BudgetExecutionRule budget = budgetExecution(spec);
    ScoringRule defaultRule =
        spec.defaultRule() == null ? null : rules.build(spec.defaultRule(), "defaultRule");
    List<NodeSpec> nodes = spec.indicators() == null ? List.of() : spec.indicators();
    if (nodes.isEmpty()) {
      problems.add("indicators：至少需要一个一级指标");
    }
    Set<String> codes = new HashSet<>();
    List<IndicatorNode> tree = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      tree.add(node(nodes.get(i), "indicators[" + i + "]", fromSheet, defaultRule, codes));
    }
    if (!fromSheet || tree.stream().allMatch(n -> n.weight() != null)) {
      BigDecimal sum = budget == null ? BigDecimal.ZERO : budget.points();
      for (IndicatorNode n : tree) {
        sum = n.weight() == null ? sum : sum.add(n.weight());
      }
      if (sum.compareTo(total) != 0) {
        problems.add(
            "indicators：一级指标分值"
                + (budget == null ? "" : "与预算执行分值")
                + "之和为 "
                + sum.stripTrailingZeros().toPlainString()
                + "，与总分 "
                + total.stripTrailingZeros().toPlainString()
                + " 不符");
      }
    }
    return new Framework(
        spec.id(),
        spec.name(),
        spec.basis(),
        scope,
        total,
        fromSheet,
        budget,
        defaultRule,
        tree,
        rounding(spec),
        grades(spec),
        enumOf(
            ZeroDenominatorPolicy.class,
            spec.zeroDenominator(),
            "zeroDenominator",
            ZeroDenominatorPolicy.NOT_SCORED),
        spec.explanations() == null
            ? ExplanationThresholds.DEFAULT
            : new ExplanationThresholds(
                spec.explanations().executionBelow(), spec.explanations().overAchievementAt()));
  }

  private IndicatorNode node(
      NodeSpec n, String path, boolean fromSheet, ScoringRule defaultRule, Set<String> codes) {
    require(n.name(), path + ".name");
    if (n.code() != null && !codes.add(n.code())) {
      problems.add(path + ".code：指标编码“" + n.code() + "”重复");
    }
    if (!fromSheet && n.weight() == null) {
      problems.add(path + "（" + n.name() + "）：缺少分值 weight");
    }
    if (n.weight() != null && n.weight().signum() < 0) {
      problems.add(path + "（" + n.name() + "）：分值不能为负数");
    }
    List<NodeSpec> kids = n.children() == null ? List.of() : n.children();
    List<IndicatorNode> children = new ArrayList<>();
    for (int i = 0; i < kids.size(); i++) {
      children.add(node(kids.get(i), path + ".children[" + i + "]", fromSheet, defaultRule, codes));
    }
    FormulaId formula = enumOf(FormulaId.class, n.formula(), path + ".formula", null);
    ScoringRule rule = n.rule() == null ? null : rules.build(n.rule(), path + ".rule");
    if (children.isEmpty()) {
      if (rule == null && defaultRule == null) {
        problems.add(path + "（" + n.name() + "）：末级指标缺少评分规则 rule，且没有 defaultRule");
      }
    } else {
      if (rule != null) {
        problems.add(path + "（" + n.name() + "）：有下级指标的节点不应有评分规则");
      }
      checkChildWeights(n, children, path);
    }
    return new IndicatorNode(
        n.code(),
        n.name(),
        n.aliases(),
        n.weight(),
        formula,
        rule == null && children.isEmpty() ? defaultRule : rule,
        n.definition(),
        enumOf(ZeroDenominatorPolicy.class, n.zeroDenominator(), path + ".zeroDenominator", null),
        children);
  }

  private void checkChildWeights(NodeSpec n, List<IndicatorNode> children, String path) {
    if (n.weight() == null || children.stream().anyMatch(c -> c.weight() == null)) {
      return;
    }
    BigDecimal sum =
        children.stream().map(IndicatorNode::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (sum.compareTo(n.weight()) != 0) {
      problems.add(
          path
              + "（"
              + n.name()
              + "）：下级指标分值之和 "
              + sum.stripTrailingZeros().toPlainString()
              + " 与本级分值 "
              + n.weight().stripTrailingZeros().toPlainString()
              + " 不符");
    }
  }

  private BudgetExecutionRule budgetExecution(FrameworkSpec spec) {
    var b = spec.budgetExecution();
    if (b == null) {
      return null;
    }
    try {
      List<BudgetExecutionRule.RateCap> caps = new ArrayList<>();
      if (b.rateCaps() != null) {
        b.rateCaps()
            .forEach(c -> caps.add(new BudgetExecutionRule.RateCap(c.below(), c.maxScore())));
      }
      return new BudgetExecutionRule(b.points(), b.maxRate(), caps);
    } catch (IllegalArgumentException e) {
      problems.add("budgetExecution：" + e.getMessage());
      return null;
    }
  }

  private RoundingPolicy rounding(FrameworkSpec spec) {
    var r = spec.rounding();
    if (r == null) {
      return RoundingPolicy.TWO_DECIMALS_HALF_UP;
    }
    RoundingMode mode = enumOf(RoundingMode.class, r.mode(), "rounding.mode", RoundingMode.HALF_UP);
    return new RoundingPolicy(
        r.indicatorScale() == null ? 2 : r.indicatorScale(),
        r.totalScale() == null ? 2 : r.totalScale(),
        mode);
  }

  private GradeTable grades(FrameworkSpec spec) {
    var g = spec.grades();
    if (g == null) {
      return GradeTable.EXCELLENT_GOOD_FAIR_POOR;
    }
    if (g.preset() != null) {
      return GradeTable.preset(g.preset())
          .orElseGet(
              () -> {
                problems.add(
                    "grades.preset：未知的等级表“" + g.preset() + "”，可选 优良中差-90-80-60、优良合格不合格-90-75-60");
                return GradeTable.EXCELLENT_GOOD_FAIR_POOR;
              });
    }
    try {
      return new GradeTable(
          spec.id(),
          g.bands() == null
              ? List.of()
              : g.bands().stream()
                  .map(x -> new Grade(x.label(), x.min(), !Boolean.FALSE.equals(x.inclusive())))
                  .toList());
    } catch (IllegalArgumentException e) {
      problems.add("grades：" + e.getMessage());
      return GradeTable.EXCELLENT_GOOD_FAIR_POOR;
    }
  }

  private void require(String value, String path) {
    if (value == null || value.isBlank()) {
      problems.add(path + "：不能为空");
    }
  }

  <E extends Enum<E>> E enumOf(Class<E> type, String value, String path, E fallback) {
    return Enums.of(type, value, path, fallback, problems);
  }

  static final class Enums {
    private Enums() {}

    static <E extends Enum<E>> E of(
        Class<E> type, String value, String path, E fallback, List<String> problems) {
      if (value == null || value.isBlank()) {
        return fallback;
      }
      try {
        return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        List<String> allowed = new ArrayList<>();
        for (E c : type.getEnumConstants()) {
          allowed.add(c.name());
        }
        problems.add(path + "：未知的值“" + value + "”，可选 " + allowed);
        return fallback;
      }
    }
  }
}
