package org.jixiao.quantity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 目标达成判断 — whether an actual meets its target, why, and by how much.
 *
 * @param outcome met, not met, or not comparable
 * @param reason one Chinese sentence a reviewer can read, e.g. {@code 实际值“8854人”满足目标“≥8200人”}
 * @param achievementRatio actual / target in base units (for proportional scoring), or {@code null}
 *     when there is none: not comparable, a date, a zero target, a qualitative side
 * @param notes caveats in Chinese: a unit taken from the other side, an approximate or inequality
 *     actual, the rule used for an "=" target
 */
public record Assessment(
    Outcome outcome, String reason, BigDecimal achievementRatio, List<String> notes) {

  /** The three answers. */
  public enum Outcome {
    MET("达成"),
    NOT_MET("未达成"),
    NOT_COMPARABLE("不可比");

    private final String label;

    Outcome(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public Assessment {
    Objects.requireNonNull(outcome, "outcome");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("判断必须说明理由");
    }
    if (outcome == Outcome.NOT_COMPARABLE && achievementRatio != null) {
      throw new IllegalArgumentException("不可比时没有完成比例");
    }
    notes = List.copyOf(notes);
  }

  static Assessment notComparable(String reason) {
    return new Assessment(Outcome.NOT_COMPARABLE, reason, null, List.of());
  }

  static Assessment notComparable(String reason, List<String> notes) {
    return new Assessment(Outcome.NOT_COMPARABLE, reason, null, notes);
  }

  public boolean isMet() {
    return outcome == Outcome.MET;
  }

  /** The achievement ratio when there is one. */
  public Optional<BigDecimal> ratio() {
    return Optional.ofNullable(achievementRatio);
  }
}
