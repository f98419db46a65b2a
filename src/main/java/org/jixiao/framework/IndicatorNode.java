package org.jixiao.framework;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/**
 * 指标节点 — a node of the three-level tree: a heading with children, or a leaf with its formula (when
 * computed from the figures) and its scoring rule.
 *
 * @param aliases other names reports use for it (预算完成率 for 预算执行率 …)
 * @param weight 分值; absent when the framework takes weights from the sheet being scored
 * @param zeroDenominator overrides the framework's policy for this indicator (无楼堂馆所项目 → 满分)
 */
public record IndicatorNode(
    String code,
    String name,
    List<String> aliases,
    BigDecimal weight,
    FormulaId formula,
    ScoringRule rule,
    String definition,
    ZeroDenominatorPolicy zeroDenominator,
    List<IndicatorNode> children) {

  public IndicatorNode {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    children = children == null ? List.of() : List.copyOf(children);
  }

  public boolean isLeaf() {
    return children.isEmpty();
  }

  /** This node and all below it, depth first. */
  public Stream<IndicatorNode> flatten() {
    return Stream.concat(Stream.of(this), children.stream().flatMap(IndicatorNode::flatten));
  }

  /** All names this node answers to. */
  public Stream<String> names() {
    return Stream.concat(Stream.of(name), aliases.stream());
  }
}
