package org.jixiao.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.budget.ScoreSheet;
import org.jixiao.budget.SignOff;

/**
 * 日期先后 — a report on a year dated before that year has ended, or a sheet signed before it (a
 * warning: the year's figures cannot have been final); the sheets of one report dated differently
 * (a note, and when one date is the other with a digit missing, {@code 2024.5.3} and {@code
 * 2024.5.30}, a likely misprint); a sheet dated after the report it belongs to (a note).
 */
final class CompleteDatesCheck extends NamedCheck {

  CompleteDatesCheck() {
    super(
        "COMPLETE-DATES",
        Severity.WARNING,
        "报告或签署日期先后不合理",
        "绩效自评在年度终了后进行（财预〔2020〕10号）；同一报告各表日期应一致");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    LocalDate yearEnd = LocalDate.of(ctx.year().year(), 12, 31);
    Optional<CompleteDates> report = CompleteDates.read(ctx.year().source().reportDate());
    if (report.isPresent() && !report.get().last().isAfter(yearEnd)) {
      out.add(beforeYearEnd(ctx, "报告日期", "报告 / 报告日期", report.get()));
    }
    Map<String, CompleteDates> signed = new LinkedHashMap<>();
    for (ScoreSheet sheet : ctx.year().sheets()) {
      for (SignOff s : sheet.signOffs()) {
        CompleteDates.read(s.date())
            .ifPresent(d -> signed.putIfAbsent("「" + sheet.name() + "」" + s.role() + "填报日期", d));
      }
    }
    for (SignOff s : ctx.year().signOffs()) {
      CompleteDates.read(s.date()).ifPresent(d -> signed.putIfAbsent("报告 " + s.role() + "签署日期", d));
    }
    for (Map.Entry<String, CompleteDates> e : signed.entrySet()) {
      CompleteDates d = e.getValue();
      if (!d.last().isAfter(yearEnd)) {
        out.add(beforeYearEnd(ctx, "签署日期", e.getKey(), d));
      } else if (report.isPresent() && d.first().isAfter(report.get().last())) {
        out.add(
            Findings.of(
                this,
                Severity.INFO,
                e.getKey() + "“" + d.text() + "”晚于报告日期“" + report.get().text() + "”",
                e.getKey(),
                d.text(),
                "不晚于" + report.get().text(),
                "报告日期 " + report.get().text()));
      }
    }
    differing(signed).ifPresent(out::add);
    return out;
  }

  private Finding beforeYearEnd(AuditContext ctx, String what, String where, CompleteDates d) {
    return Findings.of(
        this,
        what + "“" + d.text() + "”在被评价年度" + ctx.year().year() + "年结束之前，年度数据尚不能完整",
        where,
        d.text(),
        "晚于" + ctx.year().year() + "年12月31日",
        "被评价年度 " + ctx.year().year() + " 年截至 12 月 31 日");
  }

  private Optional<Finding> differing(Map<String, CompleteDates> signed) {
    List<Map.Entry<String, CompleteDates>> days =
        signed.entrySet().stream().filter(e -> e.getValue().isDay()).toList();
    if (days.size() < 2 || days.stream().map(e -> e.getValue().first()).distinct().count() < 2) {
      return Optional.empty();
    }
    List<String> each =
        days.stream().map(e -> e.getKey() + "“" + e.getValue().text() + "”").toList();
    String misprint = "";
    for (var a : days) {
      for (var b : days) {
        String x = a.getValue().text().strip();
        String y = b.getValue().text().strip();
        if (!x.equals(y) && y.startsWith(x) && y.length() == x.length() + 1) {
          misprint = "；“" + x + "”疑为“" + y + "”漏印末位";
        }
      }
    }
    Map.Entry<String, CompleteDates> first = days.get(0);
    Map.Entry<String, CompleteDates> other =
        days.stream()
            .filter(e -> !e.getValue().first().equals(first.getValue().first()))
            .findFirst()
            .orElseThrow();
    return Optional.of(
        Findings.of(
            this,
            Severity.INFO,
            "同一报告各表填报日期不一致：" + String.join("，", each) + misprint,
            other.getKey(),
            other.getValue().text(),
            first.getValue().text(),
            "同一报告各表日期应一致：" + String.join("；", each)));
  }
}
