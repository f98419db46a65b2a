package org.jixiao.quantity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * 日期编码 — dates as ordered numbers: {@code yyyyMMdd} for {@link Unit#DATE}, {@code MMdd} for {@link
 * Unit#MONTH_DAY}, so deadlines compare with the same arithmetic as every other quantity.
 */
final class DateCodes {

  private DateCodes() {}

  static Quantity of(LocalDate date) {
    int code = date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    return new Quantity(BigDecimal.valueOf(code), Unit.DATE);
  }

  static Quantity of(MonthDay day) {
    int code = day.getMonthValue() * 100 + day.getDayOfMonth();
    return new Quantity(BigDecimal.valueOf(code), Unit.MONTH_DAY);
  }

  /** Drops the year of a full date, to compare it with a date written without one. */
  static Quantity withoutYear(Quantity date) {
    if (!Unit.DATE.equals(date.unit())) {
      return date;
    }
    int code = date.value().intValueExact() % 10000;
    return new Quantity(BigDecimal.valueOf(code), Unit.MONTH_DAY);
  }

  static String display(BigDecimal value, Unit unit) {
    int code = value.intValue();
    String monthDay = (code / 100 % 100) + "月" + (code % 100) + "日";
    return Unit.DATE.equals(unit) ? (code / 10000) + "年" + monthDay : monthDay;
  }
}
