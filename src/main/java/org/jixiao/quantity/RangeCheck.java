package org.jixiao.quantity;

import java.util.List;
import java.util.Optional;

/** 区间目标的判断 — whether an actual lies inside a target range, and its ratio to the low end. */
final class RangeCheck {

  private RangeCheck() {}

  static Assessment assess(Range target, Bound actual, List<String> notes) {
    Optional<UnitAlignment> toLow = UnitAlignment.of(target.low(), actual.quantity());
    Optional<UnitAlignment> toHigh = UnitAlignment.of(target.high(), actual.quantity());
    if (toLow.isEmpty() || toHigh.isEmpty()) {
      return Assessment.notComparable(
          TargetAssessment.unitsDiffer(target.low(), actual.quantity()), notes);
    }
    if (toLow.get().note() != null) {
      notes.add(toLow.get().note());
    }
    Quantity low = toLow.get().target();
    Quantity high = toHigh.get().target();
    Quantity value = toLow.get().actual();
    int fromLow = value.compareWith(low);
    int fromHigh = toHigh.get().actual().compareWith(high);
    boolean aboveLow = target.lowInclusive() ? fromLow >= 0 : fromLow > 0;
    boolean belowHigh = target.highInclusive() ? fromHigh <= 0 : fromHigh < 0;
    String shown = "实际值“" + TargetAssessment.describe(actual) + "”";
    String range = "目标区间“" + TargetAssessment.describe(target) + "”";
    Assessment.Outcome outcome;
    String reason;
    if (aboveLow && belowHigh) {
      outcome = Assessment.Outcome.MET;
      reason = shown + "在" + range + "内";
    } else {
      outcome = Assessment.Outcome.NOT_MET;
      reason = shown + (aboveLow ? "高于" : "低于") + range;
    }
    return new Assessment(outcome, reason, TargetAssessment.ratio(value, low, notes), notes);
  }
}
