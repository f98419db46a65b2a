package org.jixiao.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.audit.ConsistSheets.Reference;
import org.jixiao.audit.ConsistStatements.Statement;
import org.jixiao.audit.NarrativeFigure.Kind;

/**
 * 正文与评分表不一致 — a figure or completion rate of the text against the sheet indicator it speaks of:
 * {@code 职业技能培训1026人，完成目标任务的114%} while the sheet has 1026人 of a 1000人 target (102.6%); {@code
 * 回复各级信访办件57件} while the sheet's 信访交办件 is 55件. A certain match (the indicator has the figure's own
 * name, or a completion rate whose count is the indicator's actual) is an error; a likely match
 * (the name holds the figure's words in order) is a warning that says so.
 */
final class ConsistNarrativeSheetCheck extends NamedCheck {

  ConsistNarrativeSheetCheck() {
    super(
        "CONSIST-NARRATIVE-SHEET",
        Severity.ERROR,
        "正文所列数据与评分表指标不一致",
        ConsistFindings.SAME_FIGURE + "；完成率 = 实际完成值 ÷ 年度指标值 × 100%");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    ConsistSheets sheets = new ConsistSheets(ctx.year());
    Map<String, List<Statement>> groups = new LinkedHashMap<>();
    Map<String, Reference> references = new LinkedHashMap<>();
    Map<String, Tolerance.Verdict> verdicts = new LinkedHashMap<>();
    for (Statement s : ConsistStatements.narrative(ctx.year())) {
      if (s.key().role() != NarrativeTexts.Role.ACTUAL) {
        continue;
      }
      var found = sheets.reference(s.figure());
      if (found.isEmpty()) {
        continue;
      }
      Reference r = found.get();
      Tolerance.Verdict v =
          ConsistCompare.judge(ctx.tolerance(), s.value(), s.unit(), r.expected(), r.unit());
      if (v == Tolerance.Verdict.AGREES) {
        continue;
      }
      String key = r.basis() + "|" + s.printed();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
      references.put(key, r);
      verdicts.put(key, v);
    }
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<String, List<Statement>> g : groups.entrySet()) {
      out.add(finding(g.getValue(), references.get(g.getKey()), verdicts.get(g.getKey())));
    }
    return out;
  }

  private Finding finding(List<Statement> said, Reference r, Tolerance.Verdict v) {
    NarrativeFigure f = said.get(0).figure();
    boolean completion = f.kind() == Kind.COMPLETION;
    String expected =
        completion
            ? ConsistCompare.showPercent(r.expected())
            : ConsistCompare.show(r.expected(), r.unit());
    String message;
    if (completion) {
      message =
          "正文称「"
              + f.base().label()
              + "」"
              + f.base().printed()
              + "“"
              + f.label()
              + f.printed()
              + "”，而"
              + r.value().place()
              + "实际完成值"
              + r.value().actual().display()
              + "、年度指标值"
              + r.value().target().quantity().display()
              + "，完成率应为"
              + expected;
    } else {
      message =
          "正文所列「"
              + f.label()
              + "」"
              + f.printed()
              + "与"
              + r.value().place()
              + "的实际完成值"
              + expected
              + "不一致"
              + (r.certain() ? "" : "（指标名称与正文用语相近，疑为同一数量，请核实）");
    }
    Severity severity =
        v == Tolerance.Verdict.ROUNDING
            ? Severity.INFO
            : r.certain() ? severity() : Severity.WARNING;
    return Findings.of(
        this,
        severity,
        message + ConsistFindings.roundingNote(v),
        ConsistFindings.places(said),
        f.printed(),
        expected,
        r.basis());
  }
}
