package org.jixiao.framework;

import java.math.BigDecimal;
import java.util.List;

/**
 * 评分规则 — how an indicator's score follows from its value. Closed set; parameters are data in the
 * framework file. Scores are fractions of the indicator's weight unless a variant says points.
 */
public sealed interface ScoringRule {

  /** Chinese description printed in every explanation. */
  String describe();

  /**
   * 按目标值方向 — the self-evaluation default: the target's comparison chooses proportional (≥ >),
   * reverse (≤ <), equal (=) or the qualitative bands.
   */
  record ByTarget(BigDecimal reverseZeroPoint) implements ScoringRule {
    public ByTarget {
      if (reverseZeroPoint == null) {
        reverseZeroPoint = new BigDecimal("2");
      }
    }

    @Override
    public String describe() {
      return "按目标方向计分：正向指标达标得满分、未达标按 实际值/目标值 × 分值；反向指标不超过目标得满分、超过按"
          + " (1 − (实际值 − 目标值)/目标值) × 分值，达到目标值 "
          + reverseZeroPoint.stripTrailingZeros().toPlainString()
          + " 倍得 0 分；定性指标按三档区间";
    }
  }

  /** 正向：a ≥ t → w；a < t → w × a / t. */
  record Proportional() implements ScoringRule {
    @Override
    public String describe() {
      return "正向指标：实际值达到目标值得满分，未达到按 实际值/目标值 × 分值 计分";
    }
  }

  /** 反向：a ≤ t → w；t < a < z·t → w × (1 − (a − t)/t)；a ≥ z·t → 0. */
  record Reverse(BigDecimal zeroPoint) implements ScoringRule {
    public Reverse {
      if (zeroPoint == null) {
        zeroPoint = new BigDecimal("2");
      }
    }

    @Override
    public String describe() {
      return "反向指标：实际值不超过目标值得满分，超过按 (1 − (实际值 − 目标值)/目标值) × 分值 计分，达到目标值 "
          + zeroPoint.stripTrailingZeros().toPlainString()
          + " 倍得 0 分";
    }
  }

  /** 阶梯表：value in a step → that step's points. */
  record StepTable(List<Step> steps) implements ScoringRule {
    public StepTable {
      if (steps == null || steps.isEmpty()) {
        throw new IllegalArgumentException("阶梯表至少需要一档");
      }
      steps = List.copyOf(steps);
    }

    @Override
    public String describe() {
      StringBuilder b = new StringBuilder("阶梯计分：");
      steps.forEach(s -> b.append(s.describe()).append("；"));
      return b.substring(0, b.length() - 1);
    }
  }

  /**
   * 按偏离扣分：from {@code threshold}, each {@code stepSize} beyond it in the {@code direction} costs
   * {@code perStep} points, floored at {@code floor}. {@code stepMode} settles "−2 per 5 %".
   */
  record Deduction(
      BigDecimal threshold,
      Direction direction,
      BigDecimal stepSize,
      BigDecimal perStep,
      StepMode stepMode,
      BigDecimal floor)
      implements ScoringRule {
    public Deduction {
      if (threshold == null || direction == null || stepSize == null || perStep == null) {
        throw new IllegalArgumentException("扣分规则需要 threshold、direction、stepSize、perStep");
      }
      if (stepSize.signum() <= 0) {
        throw new IllegalArgumentException("扣分步长 stepSize 必须大于 0");
      }
      if (stepMode == null) {
        stepMode = StepMode.LINEAR;
      }
      if (floor == null) {
        floor = BigDecimal.ZERO;
      }
    }

    @Override
    public String describe() {
      return "以 "
          + Numbers.percent(threshold)
          + " 为标准，"
          + (direction == Direction.ABOVE ? "每高出 " : "每低于 ")
          + Numbers.percent(stepSize)
          + " 扣 "
          + perStep.stripTrailingZeros().toPlainString()
          + " 分（"
          + stepMode.label()
          + "），最低 "
          + floor.stripTrailingZeros().toPlainString()
          + " 分";
    }
  }

  /** 达标即满分：value meets the threshold → full; otherwise {@code otherwise}. */
  record Threshold(String comparison, BigDecimal threshold, Otherwise otherwise)
      implements ScoringRule {
    public Threshold {
      if (threshold == null || comparison == null) {
        throw new IllegalArgumentException("达标规则需要 comparison 和 threshold");
      }
      if (!List.of(">", ">=", "<", "<=").contains(comparison)) {
        throw new IllegalArgumentException("达标规则的 comparison 只能是 > >= < <=，而不是 " + comparison);
      }
      if (otherwise == null) {
        otherwise = Otherwise.MANUAL;
      }
    }

    @Override
    public String describe() {
      return "值"
          + comparison.replace(">=", "≥").replace("<=", "≤")
          + Numbers.percent(threshold)
          + " 得满分，否则"
          + otherwise.label();
    }
  }

  /** 评价要点：checkpoints, each worth {@code pointsPerItem}; judged by the evaluator. */
  record Checklist(List<String> items, BigDecimal pointsPerItem) implements ScoringRule {
    public Checklist {
      items = items == null ? List.of() : List.copyOf(items);
    }

    @Override
    public String describe() {
      return "按评价要点人工评分"
          + (pointsPerItem == null
              ? ""
              : "，每项 " + pointsPerItem.stripTrailingZeros().toPlainString() + " 分")
          + (items.isEmpty() ? "" : "：" + String.join("；", items));
    }
  }

  /** 定性三档：the score must lie in the band of the achievement level. */
  record QualitativeBands(List<QualitativeBand> bands) implements ScoringRule {
    public QualitativeBands {
      bands = bands == null || bands.isEmpty() ? QualitativeBand.OFFICIAL : List.copyOf(bands);
    }

    @Override
    public String describe() {
      StringBuilder b = new StringBuilder("定性指标按档计分：");
      bands.forEach(x -> b.append(x.describe()).append("；"));
      return b.substring(0, b.length() - 1);
    }
  }

  /** 满意度：score = weight × satisfaction rate, or full above {@code fullAt}. */
  record SurveyRate(BigDecimal fullAt) implements ScoringRule {
    @Override
    public String describe() {
      return fullAt == null
          ? "满意度得分 = 满意度 × 分值"
          : "满意度达到 " + Numbers.percent(fullAt) + " 得满分，否则按 满意度 × 分值";
    }
  }

  /** 人工评分：the evaluator's score with evidence; the engine checks it stays within the weight. */
  record Manual(String guidance) implements ScoringRule {
    @Override
    public String describe() {
      return "人工评分" + (guidance == null || guidance.isBlank() ? "" : "：" + guidance);
    }
  }

  /** 扣分方向 */
  enum Direction {
    ABOVE,
    BELOW
  }

  /** 未达标时 */
  enum Otherwise {
    ZERO("得 0 分"),
    MANUAL("由评价人员酌情评分");

    private final String label;

    Otherwise(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** 步长计算方式：FLOOR 满一步才扣，CEIL 不足一步按一步扣，LINEAR 按比例扣. */
  enum StepMode {
    FLOOR("满一档扣一次"),
    CEIL("不足一档按一档扣"),
    LINEAR("按比例扣");

    private final String label;

    StepMode(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
