package org.jixiao.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.audit.ConsistStatements.Between;
import org.jixiao.audit.ConsistStatements.Discrepancy;
import org.jixiao.audit.ConsistStatements.Statement;

/**
 * 正文与表格不一致 — a figure of the text that no table line of the same name agrees with ({@code “三公”经费…}
 * in the text against the 基础数据表), and the unit's own head count as the text states it against the
 * staffing table ({@code 人社局机关现有在编人员36人} against 编制数 15、实有在职人数 15).
 */
final class ConsistNarrativeTableCheck extends NamedCheck {

  ConsistNarrativeTableCheck() {
    super("CONSIST-NARRATIVE-TABLE", Severity.ERROR, "正文所列数据与表格不一致", ConsistFindings.SAME_FIGURE);
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    ConsistSheets sheets = new ConsistSheets(ctx.year());
    String agency = ctx.year().unit().name();
    List<Finding> out = new ArrayList<>(staff(ctx, agency));
    ConsistStatements.find(
            ctx,
            s ->
                ConsistStaff.isStaffFigure(s.figure(), agency)
                    || s.key().role() == NarrativeTexts.Role.ACTUAL
                        && sheets.reference(s.figure()).isPresent())
        .stream()
        .filter(d -> d.kind() == Between.NARRATIVE_TABLE)
        .map(this::finding)
        .forEach(out::add);
    return out;
  }

  private Finding finding(Discrepancy d) {
    String stated = d.stated().get(0).printed();
    String expected = d.reference().get(0).printed();
    String message =
        "正文所列"
            + ConsistFindings.what(d)
            + "为"
            + stated
            + "，表中为"
            + expected
            + "，两者不一致"
            + ConsistFindings.roundingNote(d.verdict());
    return Findings.of(
        this,
        ConsistFindings.severity(this, d.verdict()),
        message,
        ConsistFindings.places(d.stated()),
        stated,
        expected,
        "表中：" + ConsistFindings.places(d.reference()));
  }

  private List<Finding> staff(AuditContext ctx, String agency) {
    Map<String, List<Statement>> byValue = new LinkedHashMap<>();
    Map<String, String> expected = new LinkedHashMap<>();
    for (Statement s : ConsistStatements.narrative(ctx.year())) {
      if (s.key().role() != NarrativeTexts.Role.ACTUAL
          || !ConsistStaff.isStaffFigure(s.figure(), agency)) {
        continue;
      }
      Optional<String> other = ConsistStaff.disagreement(s.figure(), ctx.year());
      if (other.isPresent()) {
        String value = s.figure().value().toPlainString() + "人";
        byValue.computeIfAbsent(value, k -> new ArrayList<>()).add(s);
        expected.put(value, other.get());
      }
    }
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<String, List<Statement>> e : byValue.entrySet()) {
      Statement s = e.getValue().get(0);
      out.add(
          Findings.of(
              this,
              "正文所列本单位人数「"
                  + s.figure().label()
                  + "」"
                  + e.getKey()
                  + "，既不是基础数据表的编制数，也不是实有在职人数（"
                  + expected.get(e.getKey())
                  + "）",
              ConsistFindings.places(e.getValue()),
              e.getKey(),
              expected.get(e.getKey()),
              "基础数据表“财政供养人员情况”：" + expected.get(e.getKey())));
    }
    return out;
  }
}
