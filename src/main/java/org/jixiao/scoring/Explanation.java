package org.jixiao.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 计算说明 — how a number came about: the formula, its inputs, the rule applied and the result, so a
 * user (and the report) can follow every score.
 */
public record Explanation(String formula, Map<String, String> inputs, String rule, String result) {

  public Explanation {
    inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs == null ? Map.of() : inputs));
  }

  /** One readable Chinese line. */
  public String text() {
    StringBuilder b = new StringBuilder();
    if (formula != null && !formula.isBlank()) {
      b.append("公式：").append(formula).append("；");
    }
    if (!inputs.isEmpty()) {
      b.append("数据：");
      inputs.forEach((k, v) -> b.append(k).append(" ").append(v).append("，"));
      b.setLength(b.length() - 1);
      b.append("；");
    }
    if (rule != null && !rule.isBlank()) {
      b.append("规则：").append(rule).append("；");
    }
    if (result != null && !result.isBlank()) {
      b.append("结果：").append(result);
    } else if (b.length() > 0) {
      b.setLength(b.length() - 1);
    }
    return b.toString();
  }
}
