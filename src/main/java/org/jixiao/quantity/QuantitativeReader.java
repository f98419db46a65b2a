package org.jixiao.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 数值型指标值的读取 — one number with its words ({@code 不低于95%}, {@code 30天内完成}) or two numbers with a
 * range separator ({@code 80%-90%}). Anything else that holds digits is {@link Unparsed}.
 */
final class QuantitativeReader {

  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

  /** Between two numbers: the low end's unit, a separator, perhaps the high end's sign. */
  private static final Pattern RANGE_GLUE = Pattern.compile("(.*?)(-|~|至|到)([+-]?)");

  private QuantitativeReader() {}

  /** Reads normalised text holding at least one digit. */
  static TargetValue read(String original, String text) {
    List<MatchResult> numbers = NUMBER.matcher(text).results().toList();
    if (numbers.size() > 2) {
      return new Unparsed(original, "含有多个数值，无法确定指标值");
    }
    MatchResult first = numbers.get(0);
    String head = text.substring(0, first.start());
    if (numbers.size() == 1) {
      return bound(original, head, first.group(), text.substring(first.end()));
    }
    MatchResult second = numbers.get(1);
    String glue = text.substring(first.end(), second.start());
    if (glue.startsWith(".")) {
      return new Unparsed(original, "数值格式错误“" + text + "”");
    }
    Matcher range = RANGE_GLUE.matcher(glue);
    if (!range.matches()) {
      return new Unparsed(original, "两个数值之间没有范围分隔符（“-”“～”“至”）");
    }
    return range(
        original, head, first.group(), range, second.group(), text.substring(second.end()));
  }

  private static TargetValue bound(String original, String headText, String digits, String tail) {
    NumberHead head = NumberHead.read(headText);
    if (head.hasProblem()) {
      return new Unparsed(original, head.problem());
    }
    NumberTail after = NumberTail.read(tail);
    if (after.between()) {
      return new Unparsed(original, "“之间”需要两个数值");
    }
    Optional<Unit> unit = Unit.read(after.unitText());
    if (unit.isEmpty()) {
      return new Unparsed(original, "无法识别的单位或附加文字“" + after.unitText() + "”");
    }
    List<Comparison> said = new ArrayList<>(head.comparisons());
    if (after.moreThan()) {
      said.add(Comparison.GT);
    }
    List<Comparison> afterUnit = new ArrayList<>(after.comparisons());
    if (Boolean.FALSE.equals(after.inclusion())) {
      // （不含）以上 is >, （不含）以下 is <: the marker removes the number itself.
      afterUnit.replaceAll(c -> c == Comparison.GE ? Comparison.GT : c);
      afterUnit.replaceAll(c -> c == Comparison.LE ? Comparison.LT : c);
    }
    said.addAll(afterUnit);
    for (Comparison other : said) {
      if (!other.pointsSameWayAs(said.get(0))) {
        return new Unparsed(
            original, "比较符号相互矛盾：“" + said.get(0).symbol() + "”与“" + other.symbol() + "”");
      }
    }
    BigDecimal value = signed(head.negative(), digits);
    Quantity quantity = new Quantity(value, unit.get());
    boolean explicit = !said.isEmpty();
    Comparison comparison = explicit ? said.get(0) : Comparison.EQ;
    boolean approximate = head.approximate() || after.approximate();
    return new Bound(original, comparison, quantity, explicit, approximate);
  }

  private static TargetValue range(
      String original,
      String headText,
      String lowDigits,
      Matcher glue,
      String highDigits,
      String tail) {
    NumberHead head = NumberHead.read(headText);
    if (head.hasProblem()) {
      return new Unparsed(original, head.problem());
    }
    if (!head.comparisons().isEmpty() || head.approximate()) {
      return new Unparsed(original, "区间前不能再加比较词或约数词");
    }
    NumberTail lowSide = NumberTail.read(glue.group(1));
    NumberTail highSide = NumberTail.read(tail);
    for (NumberTail side : List.of(lowSide, highSide)) {
      if (!side.comparisons().isEmpty() || side.moreThan() || side.approximate()) {
        return new Unparsed(original, "区间两端不能再加“以上”“以内”“余”“左右”等词");
      }
    }
    Optional<Unit> lowUnit = Unit.read(lowSide.unitText());
    Optional<Unit> highUnit = Unit.read(highSide.unitText());
    if (lowUnit.isEmpty() || highUnit.isEmpty()) {
      String bad = lowUnit.isEmpty() ? lowSide.unitText() : highSide.unitText();
      return new Unparsed(original, "无法识别的单位或附加文字“" + bad + "”");
    }
    Unit low = lowUnit.get();
    Unit high = highUnit.get();
    // 90-100% and 1万-2万人: the unit written once, at the high end, serves both.
    if (low.isDimensionless()
        && !high.isDimensionless()
        && high.symbol().startsWith(low.symbol())) {
      low = high;
    } else if (high.symbol().isEmpty()) {
      high = low;
    }
    if (!low.isComparableTo(high)) {
      return new Unparsed(original, "区间两端单位不可比：“" + low.symbol() + "”与“" + high.symbol() + "”");
    }
    Quantity from = new Quantity(signed(head.negative(), lowDigits), low);
    Quantity to = new Quantity(signed("-".equals(glue.group(3)), highDigits), high);
    boolean marked = lowSide.inclusion() != null || highSide.inclusion() != null;
    boolean lowInclusive = !marked || Boolean.TRUE.equals(lowSide.inclusion());
    boolean highInclusive = !marked || Boolean.TRUE.equals(highSide.inclusion());
    int order = from.compareWith(to);
    if (order > 0) {
      return new Unparsed(original, "区间下限大于上限");
    }
    if (order == 0 && !(lowInclusive && highInclusive)) {
      return new Unparsed(original, "区间为空");
    }
    return new Range(original, from, to, lowInclusive, highInclusive);
  }

  private static BigDecimal signed(boolean negative, String digits) {
    BigDecimal value = new BigDecimal(digits);
    return negative ? value.negate() : value;
  }
}
