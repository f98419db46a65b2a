package org.jixiao.audit;

import java.util.List;
import org.jixiao.audit.ConsistStatements.Between;
import org.jixiao.audit.ConsistStatements.Discrepancy;

/**
 * 正文前后不一致 — the same quantity stated with different figures in two places of the text ({@code
 * 公务接待费30万元} in one sentence, {@code 公务接待费预算28万元} in the next; {@code 已完成 4.6 万人次各项人事考试} in part
 * one, {@code 3.5 万人次} in part two).
 */
final class ConsistNarrativeNarrativeCheck extends NamedCheck {

  ConsistNarrativeNarrativeCheck() {
    super(
        "CONSIST-NARRATIVE-NARRATIVE",
        Severity.ERROR,
        "正文前后所列同一数据不一致",
        ConsistFindings.SAME_FIGURE);
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    ConsistSheets sheets = new ConsistSheets(ctx.year());
    String agency = ctx.year().unit().name();
    return ConsistStatements.find(
            ctx,
            s ->
                ConsistStaff.isStaffFigure(s.figure(), agency)
                    || s.key().role() == NarrativeTexts.Role.ACTUAL
                        && sheets.reference(s.figure()).isPresent())
        .stream()
        .filter(d -> d.kind() == Between.NARRATIVE_NARRATIVE)
        .map(this::finding)
        .toList();
  }

  private Finding finding(Discrepancy d) {
    String stated = d.stated().get(0).printed();
    String expected = d.reference().get(0).printed();
    String message =
        "正文前后所列"
            + ConsistFindings.what(d)
            + "不一致：一处为"
            + expected
            + "，另一处为"
            + stated
            + ConsistFindings.roundingNote(d.verdict());
    return Findings.of(
        this,
        ConsistFindings.severity(this, d.verdict()),
        message,
        ConsistFindings.places(d.stated()),
        stated,
        expected,
        ConsistFindings.elsewhere(d));
  }
}
