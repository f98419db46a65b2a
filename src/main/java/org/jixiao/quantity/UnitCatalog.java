package org.jixiao.quantity;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 单位目录 — the units officials use in 绩效指标 and how they convert.
 *
 * <p>Known units are matched first and whole, so {@code 百分点} and {@code 千米} are never split into a
 * magnitude and a rest; only then is a magnitude prefix stripped, and only then is an unknown word
 * taken as its own unit (see {@link Unit#read(String)}).
 */
final class UnitCatalog {

  /** Longest first, so {@code 十万} wins over {@code 万} and {@code 万亿} over {@code 万}. */
  private static final List<Map.Entry<String, BigDecimal>> MAGNITUDES =
      List.of(
          Map.entry("万亿", new BigDecimal("1000000000000")),
          Map.entry("十万", new BigDecimal("100000")),
          Map.entry("百万", new BigDecimal("1000000")),
          Map.entry("千万", new BigDecimal("10000000")),
          Map.entry("亿", new BigDecimal("100000000")),
          Map.entry("万", new BigDecimal("10000")),
          Map.entry("千", new BigDecimal("1000")),
          Map.entry("百", new BigDecimal("100")));

  /** Unknown unit words: Chinese characters, Latin letters and the middle dot, at most 8. */
  private static final Pattern WORD = Pattern.compile("[\\p{IsHan}A-Za-z·²]{1,8}");

  private static final Map<String, Unit> KNOWN = new LinkedHashMap<>();

  static {
    for (String count :
        List.of(
            "人", "人次", "户", "户次", "家", "家次", "个", "个次", "件", "起", "份", "次", "场", "场次", "期", "项",
            "台", "辆", "名", "所", "批", "批次", "篇", "条", "套", "本", "张", "座", "处", "宗", "笔", "册", "种",
            "类", "部", "间", "栋", "幢", "块", "组", "支", "队", "位", "例", "单", "车次", "课时", "学时", "元", "分",
            "米", "平方米", "千克", "亩", "百分点")) {
      base(count);
    }
    add("个百分点", "百分点", "1");
    add("%", Unit.RATIO_BASE, "0.01");
    add("‰", Unit.RATIO_BASE, "0.001");
    for (String area : List.of("㎡", "m²", "m2", "平米")) {
      add(area, "平方米", "1");
    }
    for (String area : List.of("平方公里", "平方千米", "km²", "km2")) {
      add(area, "平方米", "1000000");
    }
    add("公顷", "平方米", "10000");
    for (String length : List.of("公里", "千米", "km")) {
      add(length, "米", "1000");
    }
    add("m", "米", "1");
    add("公斤", "千克", "1");
    add("kg", "千克", "1");
    add("吨", "千克", "1000");
    // Durations. Working days are not calendar days, and a day is not a fixed number of months.
    base("天");
    add("日", "天", "1");
    add("周", "天", "7");
    add("个工作日", "工作日", "1");
    add("工作日", "工作日", "1");
    base("月");
    add("个月", "月", "1");
    add("季度", "月", "3");
    add("个季度", "月", "3");
    add("年", "月", "12");
    add("分钟", "分钟", "1");
    add("小时", "分钟", "60");
    add("个小时", "分钟", "60");
  }

  private UnitCatalog() {}

  static Optional<Unit> resolve(String written) {
    if (written == null) {
      return Optional.empty();
    }
    if (written.isEmpty()) {
      return Optional.of(Unit.NONE);
    }
    Unit known = KNOWN.get(written.toLowerCase(Locale.ROOT));
    if (known != null) {
      return Optional.of(known.symbol().equals(written) ? known : renamed(known, written));
    }
    int slash = written.indexOf('/');
    if (slash > 0 && slash < written.length() - 1) {
      return compound(written, written.substring(0, slash), written.substring(slash + 1));
    }
    for (Map.Entry<String, BigDecimal> magnitude : MAGNITUDES) {
      if (written.startsWith(magnitude.getKey())) {
        String rest = written.substring(magnitude.getKey().length());
        return resolve(rest)
            .filter(inner -> !inner.isDate())
            .map(
                inner ->
                    new Unit(
                        written,
                        inner.baseSymbol(),
                        magnitude.getValue().multiply(inner.factor())));
      }
    }
    return WORD.matcher(written).matches()
        ? Optional.of(new Unit(written, written, BigDecimal.ONE))
        : Optional.empty();
  }

  /**
   * {@code 万元/人}: the numerator carries the magnitude, the denominator is kept as written, so
   * {@code 元/年} and {@code 元/月} stay apart rather than turning into twelfths.
   */
  private static Optional<Unit> compound(String written, String numerator, String denominator) {
    Optional<Unit> top = resolve(numerator).filter(u -> !u.isDimensionless() && !u.isDate());
    boolean bottomValid =
        !denominator.contains("/")
            && resolve(denominator).filter(u -> !u.isDimensionless()).isPresent();
    if (top.isEmpty() || !bottomValid) {
      return Optional.empty();
    }
    String base = top.get().baseSymbol() + "/" + denominator;
    return Optional.of(new Unit(written, base, top.get().factor()));
  }

  private static Unit renamed(Unit known, String written) {
    return new Unit(written, known.baseSymbol(), known.factor());
  }

  private static void base(String symbol) {
    KNOWN.put(symbol, new Unit(symbol, symbol, BigDecimal.ONE));
  }

  private static void add(String symbol, String baseSymbol, String factor) {
    KNOWN.put(
        symbol.toLowerCase(Locale.ROOT), new Unit(symbol, baseSymbol, new BigDecimal(factor)));
  }
}
