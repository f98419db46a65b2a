package org.jixiao.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import org.jixiao.evaluation.ScoredYear;
import org.jixiao.scoring.ItemResult;
import org.jixiao.scoring.ItemStatus;
import org.jixiao.scoring.SheetResult;
import org.jixiao.scoring.StatedComparison;
import org.jixiao.scoring.SubtotalResult;

/** The readable Chinese summary of {@code jixiao score}. */
final class ScoreText {
  private ScoreText() {}

  static void print(ScoredYear r, PrintWriter out) {
    out.println("══ " + r.file() + "：" + r.year().unit().name() + " " + r.year().year() + " 年度 ══");
    if (r.sheets().isEmpty()) {
      out.println("  （没有评分表）");
    }
    for (SheetResult s : r.sheets()) {
      out.println();
      out.println("【" + (s.kind().equals("PROJECT") ? "项目支出" : "部门整体支出") + "】" + nz(s.name()));
      out.println("  指标体系：" + (s.frameworkName() == null ? s.frameworkId() : s.frameworkName()));
      for (ItemResult i : s.allItems()) {
        item(i, out);
      }
      for (SubtotalResult st : s.subtotals()) {
        out.println(
            "  小计 "
                + st.name()
                + "：分值 "
                + num(st.weight())
                + "，计算 "
                + (st.score().isScored()
                    ? num(st.score().points())
                    : "—（" + st.score().reason() + "）")
                + (st.statedScore() == null ? "" : "，报告 " + num(st.statedScore()))
                + mark(
                    st.score().isScored() && st.statedScore() != null
                        ? StatedComparison.agrees(st.score().points(), st.statedScore())
                        : null));
      }
      String total =
          s.total().isScored() ? num(s.total().points()) : "未评分（" + s.total().reason() + "）";
      out.println(
          "  总分：计算 "
              + total
              + "，报告 "
              + num(s.statedTotal())
              + mark(
                  s.total().isScored() && s.statedTotal() != null
                      ? StatedComparison.agrees(s.total().points(), s.statedTotal())
                      : null));
      out.println("  等级：计算 " + nz(s.grade()) + "，报告 " + nz(s.statedGrade()));
      s.notes().forEach(n -> out.println("  ※ " + n));
    }
    out.println();
  }

  private static void item(ItemResult i, PrintWriter out) {
    String score = i.score().isScored() ? num(i.score().points()) : "—";
    out.println(
        "  "
            + i.path()
            + "｜分值 "
            + num(i.weight())
            + (i.target() == null ? "" : "｜目标 " + oneLine(i.target()))
            + (i.actual() == null ? "" : "｜实际 " + oneLine(i.actual()))
            + "｜计算 "
            + score
            + "｜报告 "
            + num(i.statedScore())
            + "｜"
            + label(i.status()));
    if (i.status() != ItemStatus.MATCHES_STATED && i.status() != ItemStatus.EXCLUDED) {
      out.println("      " + i.explanation().text());
    }
    i.notes().forEach(n -> out.println("      ※ " + n));
  }

  static String label(ItemStatus s) {
    return switch (s) {
      case MATCHES_STATED -> "✓ 一致";
      case DIFFERS_FROM_STATED -> "✗ 与报告不一致";
      case COMPUTED -> "已计算";
      case ACCEPTED_STATED -> "人工评分（采用报告得分）";
      case STATED_OUT_OF_RANGE -> "✗ 报告得分超出范围";
      case NOT_SCORED -> "未评分";
      case EXCLUDED -> "不计分";
    };
  }

  private static String mark(Boolean agrees) {
    return agrees == null ? "" : agrees ? " ✓ 一致" : " ✗ 与报告不一致";
  }

  private static String num(BigDecimal v) {
    return v == null ? "—" : v.toPlainString();
  }

  private static String nz(String s) {
    return s == null ? "—" : s;
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").trim();
  }
}
