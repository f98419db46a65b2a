package org.jixiao.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.budget.Indicator;
import org.jixiao.budget.ScoreSheet;
import org.jixiao.budget.SheetKind;
import org.jixiao.quantity.Bound;
import org.jixiao.quantity.QuantityParser;
import org.jixiao.quantity.TargetValue;

/**
 * 部门表与项目表不一致 — an indicator the department sheet shares with a project sheet (same name) but gives
 * another actual (人事档案规范整理完成度 99% against 100%: an error) or another target (人事人才档案管理数 ≥5500份
 * against ≥5000份: a warning, as the two tables may set targets apart but should say why).
 *
 * <p>Only the department sheet against project sheets: project sheets share template names (群众满意度,
 * 预算控制) for quantities of their own, and so do names printed in two or more project sheets;
 * satisfaction rates are each their own population's.
 */
final class ConsistSheetSheetCheck extends NamedCheck {

  private static final QuantityParser PARSER = new QuantityParser();

  ConsistSheetSheetCheck() {
    super(
        "CONSIST-SHEET-SHEET", Severity.ERROR, "部门自评表与项目自评表所列同一指标不一致", ConsistFindings.SAME_FIGURE);
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    DepartmentYear year = ctx.year();
    String agency = year.unit().name();
    Map<String, Integer> projectSheetsNaming = new HashMap<>();
    for (ScoreSheet s : year.sheets()) {
      if (s.kind() == SheetKind.PROJECT) {
        s.indicators().stream()
            .map(i -> NarrativeLabels.subject(i.name(), agency))
            .distinct()
            .forEach(n -> projectSheetsNaming.merge(n, 1, Integer::sum));
      }
    }
    List<Finding> out = new ArrayList<>();
    for (ScoreSheet dept : year.sheets()) {
      if (dept.kind() != SheetKind.DEPARTMENT) {
        continue;
      }
      for (Indicator d : dept.indicators()) {
        String name = NarrativeLabels.subject(d.name(), agency);
        if (name.isEmpty()
            || name.contains("满意")
            || projectSheetsNaming.getOrDefault(name, 0) != 1) {
          continue;
        }
        for (ScoreSheet project : year.sheets()) {
          if (project.kind() != SheetKind.PROJECT) {
            continue;
          }
          for (Indicator p : project.indicators()) {
            if (NarrativeLabels.subject(p.name(), agency).equals(name)) {
              compareActual(ctx, dept, d, project, p).ifPresent(out::add);
              compareTarget(dept, d, project, p).ifPresent(out::add);
            }
          }
        }
      }
    }
    return out;
  }

  private Optional<Finding> compareActual(
      AuditContext ctx, ScoreSheet ds, Indicator d, ScoreSheet ps, Indicator p) {
    TargetValue a = PARSER.parse(d.actual());
    TargetValue b = PARSER.parse(p.actual());
    if (!(a instanceof Bound x && b instanceof Bound y)
        || !x.isExactValue()
        || !y.isExactValue()
        || !x.quantity().isComparableTo(y.quantity())) {
      return Optional.empty();
    }
    Tolerance.Verdict v =
        ConsistCompare.judge(
            ctx.tolerance(),
            x.quantity().value(),
            x.quantity().unit(),
            y.quantity().value(),
            y.quantity().unit());
    if (v == Tolerance.Verdict.AGREES) {
      return Optional.empty();
    }
    return Optional.of(
        Findings.of(
            this,
            ConsistFindings.severity(this, v),
            "指标「"
                + d.name()
                + "」的实际完成值在部门自评表为"
                + d.actual()
                + "，在项目自评表为"
                + p.actual()
                + "，两者不一致"
                + ConsistFindings.roundingNote(v),
            place(ds, d) + "实际完成值",
            d.actual(),
            p.actual(),
            "项目自评表：" + place(ps, p) + "实际完成值 " + p.actual()));
  }

  private Optional<Finding> compareTarget(ScoreSheet ds, Indicator d, ScoreSheet ps, Indicator p) {
    TargetValue a = PARSER.parse(d.target());
    TargetValue b = PARSER.parse(p.target());
    if (!(a instanceof Bound x && b instanceof Bound y)
        || !x.quantity().isComparableTo(y.quantity())
        || x.comparison() == y.comparison() && x.quantity().hasSameAmountAs(y.quantity())) {
      return Optional.empty();
    }
    return Optional.of(
        Findings.of(
            this,
            Severity.WARNING,
            "指标「"
                + d.name()
                + "」的年度指标值在部门自评表为"
                + d.target()
                + "，在项目自评表为"
                + p.target()
                + "，同一指标两表目标不同而未说明原因",
            place(ds, d) + "年度指标值",
            d.target(),
            p.target(),
            "项目自评表：" + place(ps, p) + "年度指标值 " + p.target()));
  }

  private static String place(ScoreSheet s, Indicator i) {
    return "「" + s.name() + "」指标「" + i.name() + "」";
  }
}
