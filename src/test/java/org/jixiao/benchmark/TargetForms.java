package org.jixiao.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;

/**
 * 指标值写法 — the ways officials write a 年度指标值 and its 实际完成值, drawn at random: mostly met, some
 * over-achieved, some short, and now and then an actual written the way the audit should flag.
 *
 * <p>Generation uses {@code double} for the draws only; every figure leaves as text, as in a
 * report.
 */
final class TargetForms {
  private TargetForms() {}

  /** One indicator row's target and actual as printed, and whether the actual meets the target. */
  record Row(String target, String actual, boolean met) {}

  /** A way of writing one kind of target; {@code year} is the report's year. */
  interface Form {
    Row draw(Random r, int year);
  }

  /** {@code ≥90%}, {@code 不低于90%}, {@code 达到90%以上}: the actual is a plain percent, at most 100. */
  static Form atLeastPercent(int low, int high) {
    return (r, year) -> {
      int t = between(r, low, high);
      double a = Math.min(100, t * factor(r, true));
      String target =
          pick(r, List.of("≥" + t + "%", "≥" + t + "%", "不低于" + t + "%", "达到" + t + "%以上"));
      return new Row(target, oddActual(r, target, number(a, r.nextInt(3)) + "%"), a >= t);
    };
  }

  /** {@code ≤4.5%}, {@code 控制在4.5%以内}, {@code 不超过4.5%}. */
  static Form atMostPercent(double low, double high, String subject) {
    return (r, year) -> {
      double t = low + r.nextDouble() * (high - low);
      String ts = number(t, 1);
      double a = Double.parseDouble(ts) * factor(r, false);
      String target =
          pick(r, List.of("≤" + ts + "%", subject + "控制在" + ts + "%以内", "不超过" + ts + "%"));
      return new Row(target, number(a, 2) + "%", a <= Double.parseDouble(ts));
    };
  }

  /** {@code ≥3.4万人}, {@code ≥120个}, {@code 不少于80场}; {@code wan} writes the figure in 万. */
  static Form atLeastCount(int low, int high, String unit, boolean wan) {
    return (r, year) -> {
      int t = between(r, low, high);
      double a = t * factor(r, true);
      String ts = wan ? number(t / 10.0, 1) + "万" + unit : t + unit;
      String as = wan ? number(a / 10.0, 2) + "万" + unit : Math.round(a) + unit;
      String target = pick(r, List.of("≥" + ts, "≥" + ts, "不少于" + ts, ts + "以上"));
      return new Row(target, oddActual(r, target, as), Math.round(a) >= t);
    };
  }

  /** A plain figure, read as an exact value ({@code 2,350人}, {@code 1万人次}, {@code 约3000人}). */
  static Form plainCount(int low, int high, String unit) {
    return (r, year) -> {
      int t = between(r, low, high);
      double a = t * factor(r, true);
      String target =
          pick(r, List.of(t + unit, thousands(t) + unit, "约" + t + unit, t + unit + "左右"));
      return new Row(target, thousands(Math.round(a)) + unit, Math.round(a) >= t);
    };
  }

  /** {@code ≤57万元}, {@code ≤3起}: a ceiling; money keeps two decimals, counts none. */
  static Form atMost(int low, int high, String unit) {
    int scale = unit.equals("万元") ? 2 : 0;
    return (r, year) -> {
      int t = between(r, low, high);
      String a = number(t * factor(r, false), scale);
      return new Row("≤" + t + unit, a + unit, Double.parseDouble(a) <= t);
    };
  }

  /** {@code 100%}: 拨付率, 验收合格率. */
  static Form full() {
    return (r, year) -> {
      boolean met = r.nextDouble() < 0.9;
      return new Row("100%", met ? "100%" : number(95 + r.nextDouble() * 5, 2) + "%", met);
    };
  }

  /** {@code 90-100%}: a range. */
  static Form range(int low) {
    return (r, year) -> {
      double a = low + r.nextDouble() * (101 - low) - (r.nextDouble() < 0.1 ? 8 : 0);
      String target = pick(r, List.of(low + "-100%", low + "%～100%", low + "%至100%"));
      return new Row(target, number(Math.min(a, 100), 1) + "%", a >= low);
    };
  }

  /** {@code 30天内}, {@code 30天内完成}: a time limit in days. */
  static Form withinDays(int low, int high) {
    return (r, year) -> {
      int t = between(r, low, high);
      long a = Math.round(t * factor(r, false));
      return new Row(pick(r, List.of(t + "天内", t + "天内完成", "≤" + t + "天")), a + "天", a <= t);
    };
  }

  /** {@code 12月31日前完成}, {@code 2024年底前}: a deadline, met by a date. */
  static Form deadline() {
    return (r, year) -> {
      int month = between(r, 9, 12);
      int day = between(r, 1, 28);
      return r.nextBoolean()
          ? new Row("12月31日前完成", month + "月" + day + "日", true)
          : new Row(year + "年底前", year + "年" + month + "月" + day + "日", true);
    };
  }

  /** A qualitative phrase ({@code 按时发放}, {@code 稳定}); the actual mostly repeats it. */
  static Form phrase(String... phrases) {
    return (r, year) -> {
      String p = pick(r, List.of(phrases));
      double u = r.nextDouble();
      String actual = u < 0.88 ? p : u < 0.96 ? "基本" + p : "已完成";
      return new Row(p, actual, actual.equals(p));
    };
  }

  /** A goal sentence with two figures and no separator: not read, scored by hand. */
  static Form sentence() {
    return (r, year) -> {
      int jobs = between(r, 2, 9);
      int trained = between(r, 12, 60) * 100;
      return new Row(
          "全年新增就业" + jobs + "万人，开展创业培训" + trained + "人",
          "新增就业" + number(jobs * factor(r, true), 2) + "万人，培训" + trained + "人",
          true);
    };
  }

  /**
   * Now and then an actual is written as a report should not: as an inequality, blank, or a
   * placeholder.
   */
  private static String oddActual(Random r, String target, String actual) {
    double u = r.nextDouble();
    if (u < 0.02) {
      return target;
    }
    if (u < 0.03) {
      return "";
    }
    return u < 0.04 ? "/" : actual;
  }

  /** Mostly met (within 25 % above), some well above (the audit asks why), some short. */
  private static double factor(Random r, boolean higherIsBetter) {
    double u = r.nextDouble();
    if (higherIsBetter) {
      return u < 0.80
          ? 1 + r.nextDouble() * 0.25
          : u < 0.90 ? 1.3 + r.nextDouble() * 0.4 : 0.75 + r.nextDouble() * 0.25;
    }
    return u < 0.88 ? 0.3 + r.nextDouble() * 0.7 : 1 + r.nextDouble() * 0.3;
  }

  static int between(Random r, int low, int high) {
    return low + r.nextInt(high - low + 1);
  }

  static <T> T pick(Random r, List<T> options) {
    return options.get(r.nextInt(options.size()));
  }

  static String number(double value, int scale) {
    return BigDecimal.valueOf(value)
        .setScale(scale, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  private static String thousands(long value) {
    return String.format(java.util.Locale.ROOT, "%,d", value);
  }
}
