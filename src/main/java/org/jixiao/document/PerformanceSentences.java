package org.jixiao.document;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.audit.AuditReport;
import org.jixiao.audit.Finding;
import org.jixiao.audit.Severity;
import org.jixiao.evaluation.AuditedYear;
import org.jixiao.scoring.ItemResult;
import org.jixiao.scoring.ItemStatus;
import org.jixiao.scoring.SheetResult;
import org.jixiao.scoring.SubtotalResult;

/**
 * 绩效结论与审核摘要 — the computed score, grade and budget execution rate of the department table, the
 * project tables' scores, and the audit's findings (counts by severity and every error).
 */
final class PerformanceSentences {
  /** More errors than this are summarised by count; the tables' notes have them all. */
  static final int MAX_ERRORS = 20;

  private final AuditedYear audited;

  PerformanceSentences(AuditedYear audited) {
    this.audited = audited;
  }

  List<String> conclusion() {
    List<String> out = new ArrayList<>();
    int y = audited.year().year();
    SheetResult dept =
        audited.sheets().stream()
            .filter(s -> s.kind().equals("DEPARTMENT"))
            .findFirst()
            .orElse(null);
    if (dept == null) {
      out.add("本年度数据中没有部门整体支出绩效自评表，未计算部门整体自评得分。");
    } else if (dept.total().isScored()) {
      out.add(
          "经自评，"
              + y
              + "年度部门整体支出绩效自评得分为"
              + Numbers.points(dept.total().points())
              + "分，等级为“"
              + dept.grade()
              + "”。");
    } else {
      out.add("部门整体支出绩效自评表的总分未能计算：" + dept.total().reason() + "。");
    }
    if (dept != null) {
      out.addAll(execution(dept));
      out.addAll(subtotals(dept));
      out.addAll(differences(dept));
    }
    out.addAll(projects());
    return out;
  }

  private List<String> execution(SheetResult dept) {
    ItemResult e = dept.budgetExecution();
    if (e == null || e.value() == null) {
      return List.of();
    }
    String inputs =
        e.explanation().inputs().containsKey("全年执行数")
            ? "（全年执行数"
                + e.explanation().inputs().get("全年执行数")
                + "／全年预算数"
                + e.explanation().inputs().get("全年预算数")
                + "）"
            : "";
    String score =
        e.score().isScored()
            ? "，预算执行得分"
                + Numbers.points(e.score().points())
                + "分（分值"
                + Numbers.points(e.weight())
                + "分）"
            : "";
    return List.of("预算执行率为" + Numbers.percent(e.value()) + inputs + score + "。");
  }

  private static List<String> subtotals(SheetResult dept) {
    List<String> parts = new ArrayList<>();
    for (SubtotalResult s : dept.subtotals()) {
      if (s.level() == 1 && s.score().isScored()) {
        parts.add(
            s.name()
                + "得分"
                + Numbers.points(s.score().points())
                + "分"
                + (s.weight() == null ? "" : "（分值" + Numbers.points(s.weight()) + "分）"));
      }
    }
    return parts.isEmpty() ? List.of() : List.of("其中：" + String.join("，", parts) + "。");
  }

  private static List<String> differences(SheetResult dept) {
    List<String> out = new ArrayList<>();
    if (dept.total().isScored()
        && dept.statedTotal() != null
        && dept.statedTotal().compareTo(dept.total().points()) != 0) {
      out.add(
          "自评表填报总分"
              + Numbers.points(dept.statedTotal())
              + "分，按评分规则计算为"
              + Numbers.points(dept.total().points())
              + "分，本报告及附表采用计算得分。");
    }
    long differing =
        dept.allItems().stream().filter(i -> i.status() == ItemStatus.DIFFERS_FROM_STATED).count();
    if (differing > 0) {
      out.add("有" + differing + "项指标的填报得分与按评分规则计算的得分不一致，附表中为计算得分，填报得分见表下注释。");
    }
    return out;
  }

  private List<String> projects() {
    List<String> parts = new ArrayList<>();
    for (SheetResult s : audited.sheets()) {
      if (s.kind().equals("PROJECT")) {
        String name = projectName(s);
        parts.add(
            "“"
                + name
                + "”"
                + (s.total().isScored()
                    ? Numbers.points(s.total().points()) + "分（" + s.grade() + "）"
                    : "未评分"));
      }
    }
    if (parts.isEmpty()) {
      return List.of();
    }
    return List.of(
        "本年度开展项目支出绩效自评" + parts.size() + "个，按评分规则计算的得分为：" + String.join("、", parts) + "。");
  }

  private String projectName(SheetResult s) {
    return audited.year().sheets().stream()
        .filter(x -> x.id().equals(s.id()) && x.project() != null && x.project().name() != null)
        .map(x -> x.project().name())
        .findFirst()
        .orElse(s.name() == null ? s.id() : s.name());
  }

  /** 数据审核情况: counts by severity and the errors. */
  List<String> findings() {
    AuditReport r = audited.report();
    List<String> out = new ArrayList<>();
    out.add(
        "经 Jixiao 对填报数据逐项重算核对，发现错误"
            + r.count(Severity.ERROR)
            + "项、警告"
            + r.count(Severity.WARNING)
            + "项、提示"
            + r.count(Severity.INFO)
            + "项。");
    List<Finding> errors =
        r.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    int n = 0;
    for (Finding f : errors) {
      if (++n > MAX_ERRORS) {
        out.add("另有" + (errors.size() - MAX_ERRORS) + "项错误，详见审核结果（jixiao audit）。");
        break;
      }
      out.add(
          "（"
              + n
              + "）"
              + f.message().replaceAll("[。；]$", "")
              + (f.location() == null ? "" : "（" + f.location() + "）")
              + "。");
    }
    return out;
  }
}
