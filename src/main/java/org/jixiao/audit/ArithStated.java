package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 报告所印的比率与增减 — reads the printed claims of a line ({@code 87.90%}, {@code -27.15%}, {@code
 * 增长149.91%}, {@code 减少10.56万元}) with the sign their words imply, keeping the printed scale. Bounds
 * and approximations ({@code 95%以上}, {@code 超100%}, {@code 约3%}) are not claims of a computed value
 * and are not read.
 */
final class ArithStated {
  private static final Pattern CLAIM =
      Pattern.compile("^([^0-9]*?)([+\\-])?([0-9]+(?:\\.[0-9]+)?)(%|万元|元|亿元)?$");
  private static final List<String> UP = List.of("增加", "增长", "上升", "提高", "上涨", "增");
  private static final List<String> DOWN = List.of("减少", "下降", "降低", "压减", "节约", "节省", "下调", "减");
  private static final List<String> NOT_A_VALUE =
      List.of(
          "以上", "以下", "以内", "超过", "超", "约", "近", "≥", "≤", ">", "<", "不低于", "不高于", "不足", "左右", "余",
          "内");

  private ArithStated() {}

  /** A printed percentage as a number of percent ({@code 87.90%} → 87.90), signed by its words. */
  static Optional<BigDecimal> percent(String text) {
    return read(text).filter(r -> "%".equals(r.unit)).map(r -> r.value);
  }

  /**
   * A printed amount of change in {@code unit} ({@code 减少10.56万元} → −10.56, {@code -9.30} → −9.30);
   * an amount written in another money unit is converted, a percentage is not an amount.
   */
  static Optional<BigDecimal> amount(String text, String unit) {
    return read(text).filter(r -> !"%".equals(r.unit)).flatMap(r -> convert(r.value, r.unit, unit));
  }

  private static Optional<BigDecimal> convert(BigDecimal v, String from, String to) {
    if (from == null || from.equals(to)) {
      return Optional.of(v);
    }
    BigDecimal inYuan =
        switch (from) {
          case "亿元" -> v.movePointRight(8);
          case "万元" -> v.movePointRight(4);
          default -> v;
        };
    return switch (to == null ? "" : to) {
      case "万元" -> Optional.of(inYuan.movePointLeft(4));
      case "元" -> Optional.of(inYuan);
      default -> Optional.empty();
    };
  }

  private record Reading(BigDecimal value, String unit) {}

  /** Full-width digits (１００％) as ASCII. */
  private static String halfWidth(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      b.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
    }
    return b.toString();
  }

  private static Optional<Reading> read(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t =
        halfWidth(text)
            .replaceAll("[\\s　,，]", "")
            .replace('％', '%')
            .replace('－', '-')
            .replace('−', '-')
            .replace('—', '-')
            .replace('＋', '+')
            .replace('．', '.');
    Matcher m = CLAIM.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    String words = m.group(1);
    if (NOT_A_VALUE.stream().anyMatch(words::contains)) {
      return Optional.empty();
    }
    BigDecimal v = new BigDecimal(m.group(3));
    boolean down = "-".equals(m.group(2)) || DOWN.stream().anyMatch(words::contains);
    boolean up = UP.stream().anyMatch(words::contains);
    if (down && up && !"-".equals(m.group(2))) {
      return Optional.empty();
    }
    return Optional.of(new Reading(down ? v.negate() : v, m.group(4)));
  }
}
