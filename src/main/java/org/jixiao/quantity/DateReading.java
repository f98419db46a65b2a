package org.jixiao.quantity;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;

/**
 * 读出的日期 — a date read by {@link DeadlineReader}; {@code day == null} means the month's last day.
 * {@code problem} is set instead when the text is a date but would need a guess.
 *
 * @param year null when none was written: the date is then a {@link Unit#MONTH_DAY}
 * @param deadline 前 / 内 was written: the bound is ≤
 */
record DateReading(Integer year, int month, Integer day, boolean deadline, String problem) {

  static DateReading of(String year, int month, Integer day, String suffix) {
    Integer y = year == null ? null : Integer.valueOf(year);
    return new DateReading(y, month, day, suffix != null, null);
  }

  static DateReading problem(String reason) {
    return new DateReading(null, 1, null, false, reason);
  }

  TargetValue toTarget(String original, Comparison opening) {
    Comparison said = deadline ? Comparison.LE : null;
    if (opening != null && said != null && !opening.pointsSameWayAs(said)) {
      return new Unparsed(original, "比较符号相互矛盾：“" + opening.symbol() + "”与“前/内”");
    }
    Comparison comparison = opening != null ? opening : said;
    Quantity date = year == null ? DateCodes.of(monthDay()) : DateCodes.of(localDate());
    return comparison == null ? Bound.exact(original, date) : Bound.of(original, comparison, date);
  }

  private LocalDate localDate() {
    YearMonth yearMonth = YearMonth.of(year, month);
    return yearMonth.atDay(day == null ? yearMonth.lengthOfMonth() : day);
  }

  /** Without a year, 2月底 is taken as 2月29日: the latest it can mean. */
  private MonthDay monthDay() {
    MonthDay first = MonthDay.of(month, 1);
    return MonthDay.of(month, day == null ? first.getMonth().maxLength() : day);
  }
}
