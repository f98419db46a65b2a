package org.jixiao.framework;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * 指标体系 — an indicator framework, validated: the tree with weights, formulas and rules, the
 * budget-execution rule, rounding, grades, the zero-denominator policy and explanation thresholds.
 *
 * @param weightsFromSheet true for self-evaluation tables whose indicators and weights are the
 *     department's own (the framework fixes only the level-1 headings and the rules)
 * @param defaultRule the rule for sheet indicators that match no leaf
 */
public record Framework(
    String id,
    String name,
    String basis,
    Scope scope,
    BigDecimal totalPoints,
    boolean weightsFromSheet,
    BudgetExecutionRule budgetExecution,
    ScoringRule defaultRule,
    List<IndicatorNode> indicators,
    RoundingPolicy rounding,
    GradeTable grades,
    ZeroDenominatorPolicy zeroDenominator,
    ExplanationThresholds explanations) {

  public Framework {
    indicators = List.copyOf(indicators);
  }

  public List<IndicatorNode> leaves() {
    return indicators.stream()
        .flatMap(IndicatorNode::flatten)
        .filter(IndicatorNode::isLeaf)
        .toList();
  }

  /** The leaf whose code, name or alias matches, ignoring spaces, quotes and numbering. */
  public Optional<IndicatorNode> leaf(String code, String name) {
    if (code != null && !code.isBlank()) {
      Optional<IndicatorNode> byCode =
          leaves().stream().filter(l -> code.equalsIgnoreCase(l.code())).findFirst();
      if (byCode.isPresent()) {
        return byCode;
      }
    }
    String wanted = Names.normalize(name);
    return leaves().stream()
        .filter(l -> l.names().map(Names::normalize).anyMatch(wanted::equals))
        .findFirst();
  }

  /** The level-1 heading a sheet's level-1 name refers to (产出指标 → 产出). */
  public Optional<IndicatorNode> heading(String level1) {
    if (level1 == null) {
      return Optional.empty();
    }
    String wanted = Names.normalize(level1);
    return indicators.stream()
        .filter(h -> h.names().map(Names::normalize).anyMatch(wanted::equals))
        .findFirst();
  }
}
