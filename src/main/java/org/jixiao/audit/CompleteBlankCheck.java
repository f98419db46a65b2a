package org.jixiao.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jixiao.budget.FigureLine;
import org.jixiao.budget.Indicator;
import org.jixiao.budget.ScoreSheet;
import org.jixiao.budget.SignOff;

/**
 * 应填未填 — cells a score sheet requires, left blank: an indicator with a weight but no score, an
 * indicator with neither weight nor score, a target or actual missing where the sheet has those
 * columns, a funds block without full-year budget or actual (or with points but no score), a total
 * missing under scored indicators; and sign-off boxes left empty (a note: published versions often
 * omit signatures).
 *
 * <p>A row printed “不适用” is not blank. A sheet none of whose indicators has a target or an actual
 * has no such columns (the 53号 evaluation tables), so nothing is missing from them.
 */
final class CompleteBlankCheck extends NamedCheck {

  CompleteBlankCheck() {
    super("COMPLETE-BLANK", Severity.WARNING, "评分表应填未填", "财预〔2020〕10号 附件 绩效自评表：各栏均应填列");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (ScoreSheet sheet : ctx.year().sheets()) {
      List<Indicator> rows = sheet.indicators().stream().filter(i -> !notApplicable(i)).toList();
      String at = "「" + sheet.name() + "」";
      blanks(
          out, at, rows, i -> i.weight() != null && i.statedScore() == null, "有分值而未填得分的指标", "得分");
      blanks(
          out,
          at,
          rows,
          i -> i.weight() == null && i.statedScore() == null,
          "既无分值也无得分的指标",
          "分值、得分");
      if (rows.stream().anyMatch(i -> i.target() != null || i.actual() != null)) {
        blanks(out, at, rows, i -> blank(i.target()), "未填年度指标值的指标", "年度指标值");
        blanks(out, at, rows, i -> blank(i.actual()), "未填实际完成值的指标", "实际完成值");
      }
      funds(out, at, sheet);
      if (sheet.statedTotal() == null && rows.stream().anyMatch(i -> i.statedScore() != null)) {
        out.add(Findings.of(this, "评分表各指标已填得分，但未列总分", at + " / 总分", null, "总分", "各指标得分之和应列为总分"));
      }
      signOffs(out, at, sheet.signOffs());
    }
    signOffs(out, "报告", ctx.year().signOffs());
    return out;
  }

  private void blanks(
      List<Finding> out,
      String at,
      List<Indicator> rows,
      Predicate<Indicator> blank,
      String what,
      String column) {
    List<String> names = rows.stream().filter(blank).map(Indicator::name).toList();
    if (names.isEmpty()) {
      return;
    }
    String list =
        String.join("、", names.stream().limit(5).toList()) + (names.size() > 5 ? " 等" : "");
    out.add(
        Findings.of(
            this,
            at + "有" + names.size() + "项" + what + "：" + list,
            at + " / " + column,
            null,
            column,
            "应填：" + list));
  }

  private void funds(List<Finding> out, String at, ScoreSheet sheet) {
    if (sheet.funds() == null) {
      return;
    }
    FigureLine total = sheet.funds().total();
    List<String> missing = new ArrayList<>();
    if (total == null || total.fullYearBudget() == null) {
      missing.add("全年预算数");
    }
    if (total == null || total.actual() == null) {
      missing.add("全年执行数");
    }
    if (sheet.funds().points() != null && sheet.funds().statedScore() == null) {
      missing.add("预算执行率得分");
    }
    if (!missing.isEmpty()) {
      out.add(
          Findings.of(
              this,
              at + "资金情况未填" + String.join("、", missing),
              at + " / 资金情况",
              null,
              String.join("、", missing),
              "预算执行率 = 全年执行数 ÷ 全年预算数，缺一无法计算"));
    }
  }

  private void signOffs(List<Finding> out, String at, List<SignOff> signOffs) {
    List<String> empty =
        signOffs.stream()
            .filter(s -> blank(s.opinion()) && blank(s.signer()) && blank(s.date()))
            .map(SignOff::role)
            .toList();
    if (!empty.isEmpty()) {
      out.add(
          Findings.of(
              this,
              Severity.INFO,
              at + "签署栏未填写：" + String.join("、", empty) + "（意见、签字、日期均空白）",
              at + " / 签署栏",
              null,
              "签署意见、签字与日期",
              "签署栏：" + String.join("、", empty)));
    }
  }

  private static boolean notApplicable(Indicator i) {
    return "不适用".equals(i.name().strip())
        || "不适用".equals(i.target() == null ? null : i.target().strip());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
