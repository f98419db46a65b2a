package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.audit.NarrativeFigure.Kind;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.budget.Indicator;
import org.jixiao.budget.ScoreSheet;
import org.jixiao.quantity.Bound;
import org.jixiao.quantity.Comparison;
import org.jixiao.quantity.Quantity;
import org.jixiao.quantity.QuantityParser;
import org.jixiao.quantity.TargetValue;
import org.jixiao.quantity.Unit;

/**
 * 评分表中的同一数量 — finds the sheet indicator a narrative figure speaks of.
 *
 * <ul>
 *   <li>A completion rate ({@code 职业技能培训1026人，完成目标任务的114%}): the indicator whose actual is that
 *       very count and whose name holds the words counted; the rate should be actual ÷ target.
 *   <li>A figure ({@code 回复各级信访办件57件}): the indicator of the same name (a certain match), or whose
 *       name holds the figure's words in order once verbs and scope words are set aside ({@code
 *       信访办件} in {@code 2023年度信访交办件}: a likely match, reported as such).
 * </ul>
 */
final class ConsistSheets {

  /** An indicator whose actual is a plain figure. */
  record Value(ScoreSheet sheet, Indicator indicator, Quantity actual, Bound target) {
    String place() {
      return "「" + sheet.name() + "」指标「" + indicator.name() + "」";
    }
  }

  /**
   * What the sheet says the figure should be.
   *
   * @param expected the indicator's actual, or for a completion rate actual ÷ target in percent
   * @param certain the indicator's name is the figure's own (not only a likely match)
   */
  record Reference(Value value, BigDecimal expected, Unit unit, boolean certain, String basis) {}

  private static final QuantityParser PARSER = new QuantityParser();
  private static final String[] LEADING = {
    "回复", "各级", "全区", "全市", "全州", "全县", "各类", "开展", "组织", "办理", "受理", "接待", "处理", "发放", "完成", "实现",
    "累计", "共"
  };
  private static final String[] TRAILING = {"参与", "数量", "件数", "数"};

  private final List<Value> values = new ArrayList<>();
  private final String agency;

  ConsistSheets(DepartmentYear year) {
    this.agency = year.unit().name();
    for (ScoreSheet sheet : year.sheets()) {
      for (Indicator i : sheet.indicators()) {
        TargetValue actual = PARSER.parse(i.actual());
        if (actual instanceof Bound b && b.isExactValue() && !b.isDeadline()) {
          Bound target = PARSER.parse(i.target()) instanceof Bound t ? t : null;
          values.add(new Value(sheet, i, b.quantity(), target));
        }
      }
    }
  }

  Optional<Reference> reference(NarrativeFigure f) {
    if (f.kind() == Kind.COMPLETION && f.base() != null) {
      return completion(f);
    }
    if (f.kind() != Kind.LEVEL || f.qualifier() != null) {
      return Optional.empty();
    }
    Quantity q = Quantity.of(f.value(), f.unit());
    String core = core(f.subject());
    List<Value> certain = new ArrayList<>();
    List<Value> likely = new ArrayList<>();
    for (Value v : values) {
      if (!v.actual().isComparableTo(q)) {
        continue;
      }
      String name = NarrativeLabels.subject(v.indicator().name(), agency);
      if (name.equals(f.subject())) {
        certain.add(v);
      } else if (isLikely(core, core(name))) {
        likely.add(v);
      }
    }
    List<Value> found = certain.isEmpty() ? likely : certain;
    if (found.isEmpty() || !sameActual(found)) {
      return Optional.empty();
    }
    Value v = found.get(0);
    return Optional.of(
        new Reference(
            v,
            v.actual().value(),
            v.actual().unit(),
            !certain.isEmpty(),
            v.place() + "实际完成值 " + v.actual().display()));
  }

  private Optional<Reference> completion(NarrativeFigure f) {
    NarrativeFigure base = f.base();
    Quantity count = Quantity.of(base.value(), base.unit());
    String core = core(base.subject());
    List<Value> found = new ArrayList<>();
    for (Value v : values) {
      Bound t = v.target();
      if (v.actual().isComparableTo(count)
          && v.actual().hasSameAmountAs(count)
          && containsAll(v.indicator().name(), core)
          && t != null
          && t.quantity().isComparableTo(v.actual())
          && t.comparison() != Comparison.LE
          && t.comparison() != Comparison.LT
          && t.quantity().value().signum() > 0) {
        found.add(v);
      }
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Value v = found.get(0);
    BigDecimal percent = v.actual().ratioTo(v.target().quantity()).movePointRight(2);
    for (Value other : found) {
      BigDecimal p = other.actual().ratioTo(other.target().quantity()).movePointRight(2);
      if (p.compareTo(percent) != 0) {
        return Optional.empty();
      }
    }
    String basis =
        v.place()
            + "：实际完成值 "
            + v.actual().display()
            + " ÷ 年度指标值 "
            + v.target().quantity().display()
            + " = "
            + ConsistCompare.showPercent(percent);
    return Optional.of(new Reference(v, percent, Unit.PERCENT, true, basis));
  }

  private static boolean sameActual(List<Value> found) {
    return found.stream().allMatch(v -> v.actual().hasSameAmountAs(found.get(0).actual()));
  }

  /** The words that say what is counted, without the verbs and scope words around them. */
  static String core(String subject) {
    String s = subject;
    for (boolean changed = true; changed; ) {
      changed = false;
      for (String w : LEADING) {
        if (s.startsWith(w) && s.length() > w.length() + 1) {
          s = s.substring(w.length());
          changed = true;
        }
      }
      for (String w : TRAILING) {
        if (s.endsWith(w) && s.length() > w.length() + 1) {
          s = s.substring(0, s.length() - w.length());
          changed = true;
        }
      }
    }
    return s;
  }

  /**
   * {@code 信访办件} and {@code 信访交办件}: the shorter, of four characters or more and not much shorter,
   * stands in the longer in order.
   */
  static boolean isLikely(String a, String b) {
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    return shorter.length() >= 4
        && shorter.length() * 10 >= longer.length() * 6
        && inOrder(shorter, longer);
  }

  /** Every character of {@code part} appears in {@code whole}, in order. */
  static boolean inOrder(String part, String whole) {
    int at = 0;
    for (char c : part.toCharArray()) {
      at = whole.indexOf(c, at);
      if (at < 0) {
        return false;
      }
      at++;
    }
    return true;
  }

  /** Every character of {@code part} appears in {@code whole}, as often, in any order. */
  static boolean containsAll(String whole, String part) {
    StringBuilder rest = new StringBuilder(whole);
    for (char c : part.toCharArray()) {
      int at = rest.indexOf(String.valueOf(c));
      if (at < 0) {
        return false;
      }
      rest.deleteCharAt(at);
    }
    return !part.isEmpty();
  }
}
