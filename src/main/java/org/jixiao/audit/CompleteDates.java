package org.jixiao.audit;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 日期读取 — the dates reports print, as free text: {@code 2025年4月16日}, {@code 2024.5.30}, {@code
 * 2024-05-30}, {@code 2023 年 6 月}. A date without its day stands for its whole month.
 *
 * @param first the earliest day the text can mean
 * @param last the latest day the text can mean
 */
record CompleteDates(String text, LocalDate first, LocalDate last) {

  private static final Pattern FULL =
      Pattern.compile("(\\d{4})\\s*[年./\\-]\\s*(\\d{1,2})\\s*[月./\\-]\\s*(\\d{1,2})\\s*日?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*[年./\\-]\\s*(\\d{1,2})\\s*月?");

  static Optional<CompleteDates> read(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = NarrativeClauses.fold(text).strip();
    try {
      Matcher f = FULL.matcher(t);
      if (f.find()) {
        LocalDate d =
            LocalDate.of(
                Integer.parseInt(f.group(1)),
                Integer.parseInt(f.group(2)),
                Integer.parseInt(f.group(3)));
        return Optional.of(new CompleteDates(text, d, d));
      }
      Matcher m = MONTH.matcher(t);
      if (m.find()) {
        YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        return Optional.of(new CompleteDates(text, ym.atDay(1), ym.atEndOfMonth()));
      }
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  boolean isDay() {
    return first.equals(last);
  }
}
