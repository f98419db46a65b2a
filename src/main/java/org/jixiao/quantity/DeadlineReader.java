package org.jixiao.quantity;

import java.time.DateTimeException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 时限的读取 — deadlines and dates: {@code 2023年内}, {@code 2023年底前}, {@code 12月31日前完成}, {@code 6月底前},
 * {@code 三季度末}, {@code 上半年}, {@code 年底前}, {@code 2024.5.30}.
 *
 * <p>A date becomes a {@link Quantity} in {@link Unit#DATE} (value {@code yyyyMMdd}) or, without a
 * year, in {@link Unit#MONTH_DAY} (value {@code MMdd}). Periods mean their last day: {@code 2023年内}
 * is 20231231, {@code 6月底} is 630, {@code 一季度} is 331, {@code 上半年} is 630. {@code 前}, {@code 之前},
 * {@code 以前}, {@code 内} make the bound {@code ≤} ({@code 12月31日前} still allows the 31st, as
 * officials mean it); a date without them is {@code =}.
 *
 * <p>Two forms are left unread on purpose: a bare year ({@code 2023年}: within it, or by its start?)
 * and a month with {@code 前} and no day ({@code 6月前}: before June 1 or before June 30?). {@code
 * 12月} and {@code 3月内} without a year are not dates at all: they are durations in months.
 */
final class DeadlineReader {

  private static final String BEFORE = "(前|之前|以前|内|以内|之内)?";
  private static final String YEAR = "(?:(\\d{4})年(?:度)?)?";

  private static final Pattern YEAR_PERIOD =
      Pattern.compile("(\\d{4})年(?:度)?(内|以内|之内|底|底前|末|末前|前)?");
  private static final Pattern MONTH =
      Pattern.compile(YEAR + "(\\d{1,2})月(?:(\\d{1,2})[日号]|(底|末|上旬|中旬|下旬|初))?" + BEFORE);
  private static final Pattern QUARTER = Pattern.compile(YEAR + "第?([一二三四1-4])季度(?:末|底)?" + BEFORE);
  private static final Pattern HALF = Pattern.compile(YEAR + "(上半年|下半年)(?:末|底)?" + BEFORE);
  private static final Pattern THIS_YEAR =
      Pattern.compile("(?:本年度|本年|当年度|当年|年度|年)(内|以内|之内|底|底前|末|末前)");
  private static final Pattern NUMERIC =
      Pattern.compile("(\\d{4})[.\\-/](\\d{1,2})[.\\-/](\\d{1,2})" + BEFORE);

  /** Something that starts like a date and must not fall through to be read as a count of 年. */
  private static final Pattern DATE_LIKE =
      Pattern.compile("(?:(?:19|20|21)\\d{2}年.*|\\d{1,2}月\\d{1,2}[日号].*)");

  private static final Map<String, Comparison> OPENING =
      Map.of(
          "≤",
          Comparison.LE,
          "<",
          Comparison.LT,
          "≥",
          Comparison.GE,
          ">",
          Comparison.GT,
          "=",
          Comparison.EQ,
          "不晚于",
          Comparison.LE,
          "不迟于",
          Comparison.LE,
          "最迟",
          Comparison.LE,
          "最晚",
          Comparison.LE,
          "不早于",
          Comparison.GE);

  private static final List<String> FILLER = List.of("在", "于", "截至", "截止", "截止到");

  private DeadlineReader() {}

  /**
   * Reads normalised text as a date; empty when it is not one (then it is a number or a phrase).
   */
  static Optional<TargetValue> read(String original, String text) {
    Comparison opening = null;
    String rest = text;
    for (boolean progress = true; progress; ) {
      progress = false;
      Optional<String> op = ComparisonWords.longestOpening(rest, OPENING.keySet());
      Optional<String> filler = ComparisonWords.longestOpening(rest, FILLER);
      if (op.isPresent()) {
        opening = OPENING.get(op.get());
      }
      Optional<String> word = op.isPresent() ? op : filler;
      if (word.isPresent() && word.get().length() < rest.length()) {
        rest = rest.substring(word.get().length());
        progress = true;
      }
    }
    for (Optional<String> done = completion(rest); done.isPresent(); done = completion(rest)) {
      rest = rest.substring(0, rest.length() - done.get().length());
    }
    Optional<DateReading> reading = readDate(rest);
    if (reading.isEmpty()) {
      return DATE_LIKE.matcher(rest).matches()
          ? Optional.of(new Unparsed(original, "无法识别的日期写法“" + rest + "”"))
          : Optional.empty();
    }
    if (reading.get().problem() != null) {
      return Optional.of(new Unparsed(original, reading.get().problem()));
    }
    try {
      return Optional.of(reading.get().toTarget(original, opening));
    } catch (DateTimeException e) {
      // java.time is the calendar: 2月30日 and 13月 are rejected there, not re-implemented here.
      return Optional.of(new Unparsed(original, "日期不存在：“" + rest + "”"));
    }
  }

  private static Optional<String> completion(String text) {
    return ComparisonWords.longestEnding(text, ComparisonWords.COMPLETION)
        .filter(word -> word.length() < text.length());
  }

  private static Optional<DateReading> readDate(String text) {
    Matcher m;
    if ((m = YEAR_PERIOD.matcher(text)).matches()) {
      return yearPeriod(Integer.parseInt(m.group(1)), m.group(2));
    }
    if ((m = MONTH.matcher(text)).matches()) {
      return month(m);
    }
    if ((m = QUARTER.matcher(text)).matches()) {
      int quarter = "一二三四".indexOf(m.group(2)) + 1;
      quarter = quarter > 0 ? quarter : Integer.parseInt(m.group(2));
      return Optional.of(DateReading.of(m.group(1), quarter * 3, null, m.group(3)));
    }
    if ((m = HALF.matcher(text)).matches()) {
      int month = m.group(2).equals("上半年") ? 6 : 12;
      return Optional.of(DateReading.of(m.group(1), month, null, m.group(3)));
    }
    if ((m = THIS_YEAR.matcher(text)).matches()) {
      return Optional.of(DateReading.of(null, 12, null, deadlineWord(m.group(1))));
    }
    if ((m = NUMERIC.matcher(text)).matches()) {
      int day = Integer.parseInt(m.group(3));
      return Optional.of(DateReading.of(m.group(1), Integer.parseInt(m.group(2)), day, m.group(4)));
    }
    return Optional.empty();
  }

  private static Optional<DateReading> yearPeriod(int year, String suffix) {
    if (year < 1900 || year > 2199) {
      return Optional.empty();
    }
    if (suffix == null) {
      return Optional.of(DateReading.problem("只有年份，没有说明期限（年内、年底前）"));
    }
    if (suffix.equals("前")) {
      return Optional.of(DateReading.problem("“" + year + "年前”不清楚是" + year + "年初前还是年底前"));
    }
    return Optional.of(DateReading.of(String.valueOf(year), 12, null, deadlineWord(suffix)));
  }

  private static Optional<DateReading> month(Matcher m) {
    String year = m.group(1);
    int month = Integer.parseInt(m.group(2));
    String day = m.group(3);
    String part = m.group(4);
    String suffix = m.group(5);
    if (day != null) {
      return Optional.of(DateReading.of(year, month, Integer.parseInt(day), suffix));
    }
    if (part == null) {
      if (suffix != null && suffix.endsWith("前")) {
        return Optional.of(DateReading.problem("“" + month + "月前”不清楚是" + month + "月1日前还是月底前"));
      }
      // Without a year, 12月 and 3月内 are durations; with one, 2023年6月 is that month's end.
      return year == null || suffix != null
          ? Optional.empty()
          : Optional.of(DateReading.of(year, month, null, null));
    }
    return switch (part) {
      case "上旬" -> Optional.of(DateReading.of(year, month, 10, suffix));
      case "中旬" -> Optional.of(DateReading.of(year, month, 20, suffix));
      case "初" -> Optional.of(DateReading.problem("“" + month + "月初”没有确定的日期"));
      default -> Optional.of(DateReading.of(year, month, null, suffix));
    };
  }

  /** 底 and 末 name the end; with 前 or 内 they become a deadline. */
  private static String deadlineWord(String suffix) {
    return suffix == null || suffix.equals("底") || suffix.equals("末") ? null : "前";
  }
}
