package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.scoring.Ratios;

/**
 * 报告列出的算式 — reads a computation a report prints beside a rate ({@code 在职人员控制率= $40 \div 42 \times
 * 100\% = 95.23\%$}, {@code (84,648,906.36/85,467,109.06)X100%=99.04%}) and evaluates it exactly.
 * The {@code ×100%} is the percent sign of the result, not part of the arithmetic. A division by
 * zero makes the result undefined.
 */
final class ArithExpression {
  private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3})");
  private static final Pattern ARITHMETIC = Pattern.compile("[0-9.+\\-×÷/*()%]+");
  private static final Pattern RESULT = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?%?");
  private static final Pattern FRAC = Pattern.compile("\\\\frac\\{([^{}]*)\\}\\{([^{}]*)\\}");

  /**
   * The evaluated computation.
   *
   * @param ratio the value (a ratio when the result is printed in %), or null if it divides by 0
   * @param numerator the dividend, when the computation is one division at its top
   * @param denominator the divisor, likewise
   * @param text the computation as read ({@code 40÷42})
   */
  record Result(BigDecimal ratio, BigDecimal numerator, BigDecimal denominator, String text) {
    boolean undefined() {
      return ratio == null;
    }
  }

  private ArithExpression() {}

  /** The computation in a printed formula, if it has one made of numbers. */
  static Optional<Result> read(String formula) {
    if (formula == null) {
      return Optional.empty();
    }
    String s = fold(formula);
    String[] parts = s.split("[=＝]");
    for (int i = 0; i < parts.length - 1; i++) {
      String candidate = stripPercentFactor(parts[i]);
      if (ARITHMETIC.matcher(candidate).matches()
          && candidate.matches(".*\\d.*[×÷/*+\\-].*\\d.*")
          && RESULT.matcher(parts[parts.length - 1]).matches()) {
        return evaluate(candidate);
      }
    }
    return Optional.empty();
  }

  private static String fold(String formula) {
    String s = formula;
    Matcher frac = FRAC.matcher(s);
    s = frac.replaceAll("($1)/($2)");
    s =
        s.replace("\\div", "÷")
            .replace("\\times", "×")
            .replace("\\cdot", "×")
            .replace("\\%", "%")
            .replace("\\left", "")
            .replace("\\right", "")
            .replace("$", "");
    s = s.replaceAll("[\\s　]", "");
    s = s.replace('（', '(').replace('）', ')').replace('[', '(').replace(']', ')');
    s = s.replace('［', '(').replace('］', ')').replace('％', '%').replace('－', '-');
    s = s.replace('−', '-').replace('＋', '+').replace('／', '/');
    s = s.replaceAll("(?<=[0-9)])[Xx](?=[0-9(])", "×");
    return THOUSANDS.matcher(s).replaceAll("");
  }

  /** Drops the {@code ×100%} that marks a percentage. */
  private static String stripPercentFactor(String s) {
    return s.replaceAll("[×*]100(\\.0+)?%", "");
  }

  private static Optional<Result> evaluate(String text) {
    try {
      Parser p = new Parser(text);
      Value v = p.expression();
      if (p.pos != text.length()) {
        return Optional.empty();
      }
      String inner = unwrap(text);
      int split = topLevelDivision(inner);
      BigDecimal num = null;
      BigDecimal den = null;
      if (split > 0) {
        Value a = new Parser(inner.substring(0, split)).whole();
        Value b = new Parser(inner.substring(split + 1)).whole();
        num = a == null ? null : a.value;
        den = b == null ? null : b.value;
      }
      return Optional.of(new Result(v.undefined ? null : v.value, num, den, text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String unwrap(String s) {
    String t = s;
    while (t.startsWith("(") && t.endsWith(")") && matching(t) == t.length() - 1) {
      t = t.substring(1, t.length() - 1);
    }
    return t;
  }

  private static int matching(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      depth += s.charAt(i) == '(' ? 1 : s.charAt(i) == ')' ? -1 : 0;
      if (depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The position of the single top-level division, or −1. */
  private static int topLevelDivision(String s) {
    List<Integer> at = new ArrayList<>();
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth == 0 && (c == '÷' || c == '/')) {
        at.add(i);
      } else if (depth == 0 && (c == '+' || c == '×' || c == '*' || (c == '-' && i > 0))) {
        return -1;
      }
    }
    return at.size() == 1 ? at.get(0) : -1;
  }

  private record Value(BigDecimal value, boolean undefined) {}

  /** expression := term (('+'|'-') term)*; term := factor (('×'|'÷'|'/'|'*') factor)*. */
  private static final class Parser {
    private final String s;
    private int pos;

    Parser(String s) {
      this.s = s;
    }

    Value whole() {
      Value v = expression();
      return pos == s.length() ? v : null;
    }

    Value expression() {
      Value v = term();
      while (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
        char op = s.charAt(pos++);
        Value r = term();
        v = combine(v, r, op);
      }
      return v;
    }

    Value term() {
      Value v = factor();
      while (pos < s.length() && "×÷/*".indexOf(s.charAt(pos)) >= 0) {
        char op = s.charAt(pos++);
        Value r = factor();
        v = combine(v, r, op);
      }
      return v;
    }

    Value factor() {
      if (pos >= s.length()) {
        throw new IllegalArgumentException("算式不完整");
      }
      char c = s.charAt(pos);
      if (c == '-') {
        pos++;
        Value v = factor();
        return v.undefined ? v : new Value(v.value.negate(), false);
      }
      if (c == '(') {
        pos++;
        Value v = expression();
        if (pos >= s.length() || s.charAt(pos) != ')') {
          throw new IllegalArgumentException("括号不配对");
        }
        pos++;
        return v;
      }
      int start = pos;
      while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
        pos++;
      }
      if (start == pos) {
        throw new IllegalArgumentException("缺少数字");
      }
      BigDecimal n = new BigDecimal(s.substring(start, pos));
      if (pos < s.length() && s.charAt(pos) == '%') {
        pos++;
        n = n.movePointLeft(2);
      }
      return new Value(n, false);
    }

    private static Value combine(Value a, Value b, char op) {
      if (a.undefined || b.undefined) {
        return new Value(null, true);
      }
      return switch (op) {
        case '+' -> new Value(a.value.add(b.value), false);
        case '-' -> new Value(a.value.subtract(b.value), false);
        case '×', '*' -> new Value(a.value.multiply(b.value), false);
        default ->
            b.value.signum() == 0
                ? new Value(null, true)
                : new Value(Ratios.divide(a.value, b.value), false);
      };
    }
  }
}
