package org.jixiao.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.budget.GoalItem;
import org.jixiao.budget.Indicator;
import org.jixiao.budget.NarrativeSection;
import org.jixiao.budget.ScoreSheet;

/**
 * 模板文字未替换 — the template's placeholder left in: {@code 及时支付某某经费，多少日内支付} as an indicator's name,
 * {@code XX万元}, {@code ××}, {@code 请填写}. The official form's own printed labels and instructions
 * (基础数据表 {@code 本级专项资金（一个专项一行）}) are not placeholders: table line names are therefore read for
 * placeholders of a value only (某某, XX, ××), never for instructions. 多少 (how many) is a placeholder
 * only in a sheet cell, where a figure belongs; prose may ask 多少.
 */
final class CompleteTemplateTextCheck extends NamedCheck {

  private static final Pattern PLACEHOLDER =
      Pattern.compile("某某|[XＸ]{2,}|[xｘ]{2,}|×{2,}|＊{2,}|\\*{3,}|□{2,}|请填写|待填写|此处填写|填写说明|\\[填写");
  private static final Pattern SHEET_ONLY = Pattern.compile("多少");

  CompleteTemplateTextCheck() {
    super(
        "COMPLETE-TEMPLATE-TEXT",
        Severity.WARNING,
        "模板示例文字未替换",
        "财预〔2020〕10号 附件 绩效自评表填报要求：按实际情况填写");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (ScoreSheet sheet : ctx.year().sheets()) {
      String at = "「" + sheet.name() + "」";
      cell(out, at + " / 年度总体目标", sheet.expectedGoal(), false);
      cell(out, at + " / 实际完成情况", sheet.achievedGoal(), false);
      for (Indicator i : sheet.indicators()) {
        String path =
            at
                + " / "
                + (i.level1() == null ? "" : i.level1() + " / ")
                + (i.level2() == null ? "" : i.level2() + " / ");
        cell(out, path + "三级指标", i.name(), true);
        cell(out, path + i.name() + " / 年度指标值", i.target(), true);
        cell(out, path + i.name() + " / 实际完成值", i.actual(), true);
      }
    }
    for (GoalItem g : ctx.year().overallGoals()) {
      cell(out, "年度绩效目标「" + g.code() + "」", g.target(), false);
      cell(out, "年度绩效目标「" + g.code() + "」实际完成", g.actual(), false);
    }
    for (NarrativeSection s : ctx.year().narrative()) {
      cell(out, "正文「" + s.heading() + "」", s.text(), false);
    }
    for (var t : ctx.year().tables()) {
      for (var line : t.allLines()) {
        cell(
            out,
            "表「" + (t.title() == null ? t.id() : t.title()) + "」" + line.name(),
            line.name(),
            false);
      }
    }
    return out;
  }

  private void cell(List<Finding> out, String where, String text, boolean sheetCell) {
    if (text == null) {
      return;
    }
    Matcher m = PLACEHOLDER.matcher(text);
    Matcher n = SHEET_ONLY.matcher(text);
    String word = m.find() ? m.group() : sheetCell && n.find() ? n.group() : null;
    if (word == null) {
      return;
    }
    out.add(
        Findings.of(
            this,
            "“" + text.strip() + "”含模板示例文字“" + word + "”，应按实际情况填写",
            where,
            text.strip(),
            "按实际填写的内容",
            "模板占位词：“" + word + "”"));
  }
}
