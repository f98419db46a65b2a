package org.jixiao.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 目标达成判断 — says whether an actual (实际完成值) meets its target (年度指标值).
 *
 * <p>Rules, in order:
 *
 * <ol>
 *   <li>Either side {@link Unparsed}: not comparable, with the parser's reason.
 *   <li>Qualitative target: met only when the actual says the same thing ({@code 按时发放} / {@code
 *       按时发放}, punctuation ignored); any other phrase or number needs a person's judgement and is
 *       not comparable. A target pointing at a reference ({@code 不超过预算投入}) says which amount is
 *       missing.
 *   <li>Quantitative target, qualitative or range actual: not comparable.
 *   <li>Units must share a base unit ({@code 人} vs {@code 人次} is not comparable); a side written
 *       without a unit borrows the other's (see {@link UnitAlignment}), with a note.
 *   <li>{@code ≥ > < ≤} are applied as written. {@code =} follows the 等于 rule of the
 *       self-evaluation platform: with a target above 0 it scores like ≥ (a plain target {@code
 *       400人} is met by {@code 447人}); with a target of 0 or less, the actual must not exceed it. A
 *       date target ({@code 12月31日}, {@code 2023年内}) is a deadline: not later is met.
 *   <li>A range is met inside its ends (honouring {@code （含）}).
 * </ol>
 *
 * <p>The achievement ratio is actual / target in base units ({@link Quantity#ratioTo}), against the
 * low end for a range; there is none for dates or a zero target. An actual written as an inequality
 * or as an approximate number is judged at its face value, with a note.
 */
public final class TargetAssessment {

  private final QuantityParser parser = new QuantityParser();

  /** Parses both texts, then {@link #assess(TargetValue, TargetValue)}. */
  public Assessment assess(String target, String actual) {
    return assess(parser.parse(target), parser.parse(actual));
  }

  public Assessment assess(TargetValue target, TargetValue actual) {
    if (target instanceof Unparsed unparsed) {
      return Assessment.notComparable("目标值无法识别：" + unparsed.reason());
    }
    if (actual instanceof Unparsed unparsed) {
      return Assessment.notComparable("实际值无法识别：" + unparsed.reason());
    }
    if (target instanceof Qualitative qualitative) {
      return qualitativeTarget(qualitative, actual);
    }
    if (actual instanceof Qualitative qualitative) {
      return Assessment.notComparable("实际值“" + qualitative.phrase() + "”是定性表述，无法与数值目标比较，需人工判断");
    }
    if (actual instanceof Range range) {
      return Assessment.notComparable("实际值“" + describe(range) + "”是一个区间，应填写确定的数值");
    }
    Bound done = (Bound) actual;
    List<String> notes = notesOn(done);
    if (target instanceof Range range) {
      return RangeCheck.assess(range, done, notes);
    }
    return boundTarget((Bound) target, done, notes);
  }

  private static Assessment qualitativeTarget(Qualitative target, TargetValue actual) {
    if (target.isNotApplicable()) {
      return Assessment.notComparable("目标为“" + target.phrase() + "”，无需判断");
    }
    if (actual instanceof Qualitative said) {
      if (TextNormalizer.phraseKey(said.text()).equals(TextNormalizer.phraseKey(target.text()))) {
        return new Assessment(
            Assessment.Outcome.MET, "实际表述“" + said.phrase() + "”与目标一致", null, List.of());
      }
      return Assessment.notComparable(
          "定性目标“" + target.phrase() + "”与实际“" + said.phrase() + "”表述不同，需人工判断");
    }
    if (target.hasReference()) {
      return Assessment.notComparable(
          "目标以“"
              + target.reference()
              + "”为参照（"
              + target.direction().symbol()
              + "），需提供“"
              + target.reference()
              + "”的数额才能判断");
    }
    return Assessment.notComparable("目标“" + target.phrase() + "”为定性表述，实际为数值，需人工判断");
  }

  private static Assessment boundTarget(Bound target, Bound actual, List<String> notes) {
    Optional<UnitAlignment> aligned = UnitAlignment.of(target.quantity(), actual.quantity());
    if (aligned.isEmpty()) {
      return Assessment.notComparable(unitsDiffer(target.quantity(), actual.quantity()), notes);
    }
    Quantity t = aligned.get().target();
    Quantity a = aligned.get().actual();
    if (aligned.get().note() != null) {
      notes.add(aligned.get().note());
    }
    int order = a.compareWith(t);
    boolean deadline = t.unit().isDate();
    Comparison rule = target.comparison();
    if (rule == Comparison.EQ && deadline) {
      rule = Comparison.LE;
      notes.add("日期目标按期限理解：不晚于目标日期即达成");
    } else if (rule == Comparison.EQ) {
      rule = t.value().signum() > 0 ? Comparison.GE : Comparison.LE;
      if (order != 0) {
        notes.add("“=”目标按等于指标口径判断：目标大于0时实际不低于目标即达成，否则实际不高于目标即达成");
      }
    }
    boolean met = rule.acceptsComparisonResult(order);
    String verb = rule.betterDirection() == BetterDirection.LESS_IS_BETTER ? "超出" : "未达到";
    String reason =
        met
            ? "实际值“" + describe(actual) + "”满足目标“" + describe(target) + "”"
            : "实际值“" + describe(actual) + "”" + verb + "目标“" + describe(target) + "”";
    return new Assessment(
        met ? Assessment.Outcome.MET : Assessment.Outcome.NOT_MET,
        reason,
        ratio(a, t, notes),
        notes);
  }

  /** actual / target, or null (with a note) where a ratio would mean nothing. */
  static BigDecimal ratio(Quantity actual, Quantity target, List<String> notes) {
    if (target.unit().isDate()) {
      return null;
    }
    if (target.toBase().value().signum() == 0) {
      notes.add("目标值为0，无法计算完成比例");
      return null;
    }
    return actual.ratioTo(target);
  }

  static String unitsDiffer(Quantity target, Quantity actual) {
    return "实际值单位“" + unitName(actual) + "”与目标单位“" + unitName(target) + "”不可比";
  }

  /** How a bound reads in a message: {@code ≥95%}, {@code 约3000人}, {@code 3.93万人}. */
  static String describe(Bound bound) {
    String about = bound.approximate() ? "约" : "";
    String symbol = bound.explicit() ? bound.comparison().symbol() : "";
    return symbol + about + bound.quantity().display();
  }

  static String describe(Range range) {
    return range.low().display() + "-" + range.high().display();
  }

  private static List<String> notesOn(Bound actual) {
    List<String> notes = new ArrayList<>();
    if (actual.isInequality()) {
      notes.add(
          "实际值写成了不等式“"
              + describe(actual)
              + "”，按"
              + actual.quantity().display()
              + "判断；实际完成值应填写确定的数值");
    }
    if (actual.approximate()) {
      notes.add("实际值是约数，按" + actual.quantity().display() + "判断");
    }
    return notes;
  }

  /** The base unit names the kind of thing (人 vs 人次); a percentage is shown as written. */
  private static String unitName(Quantity quantity) {
    Unit unit = quantity.unit();
    String name = unit.isRatio() || unit.isDate() ? unit.symbol() : unit.baseSymbol();
    return name.isEmpty() ? "无单位" : name;
  }
}
