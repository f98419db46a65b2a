package org.jixiao.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * 指标评分结果 — one indicator's computed score next to the report's, with its explanation.
 *
 * @param path level-1 / level-2 / name, as in the sheet
 * @param value the computed measure the score is based on (a ratio, or actual ÷ target), if any
 * @param notes flags worth a reviewer's look (over-achievement, a weight that differs from the
 *     framework …)
 */
public record ItemResult(
    String code,
    String name,
    String path,
    BigDecimal weight,
    String target,
    String actual,
    BigDecimal value,
    Score score,
    BigDecimal statedScore,
    ItemStatus status,
    Explanation explanation,
    List<String> notes) {

  public ItemResult {
    notes = notes == null ? List.of() : List.copyOf(notes);
  }
}
