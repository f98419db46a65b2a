package org.jixiao.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * 满意度调查 — a satisfaction survey: its answer options with their points, the tallies per question,
 * and what the report says it found.
 *
 * @param options answer options in order, with points; an excluded option (不了解) is left out of the
 *     denominator
 * @param questions tallies per question (option label → count)
 * @param statedRespondents 问卷份数 as printed
 * @param statedValidAnswers 有效回答数 as printed
 * @param statedPoints 得分合计 as printed
 * @param statedRate 满意度 as printed
 * @param statedMaxPoints 总分（应得满分，有效回答数 × 最高分值）as printed, e.g. {@code 48}
 * @param formula the scoring formula as printed, e.g. {@code 总分=（20-4）*3=48 分}
 * @param statedTotalCounts 合计行 — the printed total count per option label
 */
public record Survey(
    String id,
    String name,
    String method,
    List<Option> options,
    List<Question> questions,
    Integer statedRespondents,
    Integer statedValidAnswers,
    BigDecimal statedPoints,
    String statedRate,
    String statedGrade,
    String note,
    BigDecimal statedMaxPoints,
    String formula,
    Map<String, Integer> statedTotalCounts) {

  public Survey {
    options = Lists.copy(options);
    questions = Lists.copy(questions);
    statedTotalCounts = statedTotalCounts == null ? Map.of() : Map.copyOf(statedTotalCounts);
  }

  public Survey(
      String id,
      String name,
      String method,
      List<Option> options,
      List<Question> questions,
      Integer statedRespondents,
      Integer statedValidAnswers,
      BigDecimal statedPoints,
      String statedRate,
      String statedGrade,
      String note) {
    this(
        id,
        name,
        method,
        options,
        questions,
        statedRespondents,
        statedValidAnswers,
        statedPoints,
        statedRate,
        statedGrade,
        note,
        null,
        null,
        null);
  }

  /** 选项 — e.g. 非常好 3, 比较好 2, 一般 1, 非常差 −1, 不了解 excluded. */
  public record Option(String label, BigDecimal points, Boolean excluded) {
    public boolean isExcluded() {
      return Boolean.TRUE.equals(excluded);
    }
  }

  /**
   * 题目及各选项人数.
   *
   * @param statedPoints 该题得分 as printed
   */
  public record Question(String text, Map<String, Integer> counts, BigDecimal statedPoints) {
    public Question {
      counts = counts == null ? Map.of() : Map.copyOf(counts);
    }

    public Question(String text, Map<String, Integer> counts) {
      this(text, counts, null);
    }
  }
}
