package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.audit.ConsistStatements.Key;
import org.jixiao.audit.ConsistStatements.Source;
import org.jixiao.audit.ConsistStatements.Statement;
import org.jixiao.audit.NarrativeTexts.Role;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.budget.FigureLine;
import org.jixiao.budget.FigureLine.Column;
import org.jixiao.budget.FigureTable;
import org.jixiao.quantity.Unit;

/**
 * 表格中的数字 — every amount of every table line as a statement keyed like the narrative's: the line's
 * name reduced as a narrative label is, what it is part of (its parent line, or the parent's
 * category where the parent is only a 合计), and the column as a measure. The lines of single units
 * in a per-unit table are left out: the text speaks of the department, i.e. the consolidated row.
 */
final class ConsistTableLines {
  private ConsistTableLines() {}

  /** Every money figure of every table line, keyed like narrative figures. */
  static List<Statement> statements(DepartmentYear year) {
    List<Statement> out = new ArrayList<>();
    for (FigureTable t : year.tables()) {
      String amountUnit = t.amountUnit() == null ? year.source().amountUnit() : t.amountUnit();
      Unit unit = Unit.read(amountUnit).orElse(Unit.of(year.source().amountUnit()));
      for (FigureLine line : t.lines()) {
        if (line.unit() == null || line.isConsolidated()) {
          addLine(out, year, t, unit, line, null);
        }
      }
    }
    return out;
  }

  private static void addLine(
      List<Statement> out,
      DepartmentYear year,
      FigureTable t,
      Unit unit,
      FigureLine line,
      String qualifier) {
    String subject =
        line.name() == null ? "" : NarrativeLabels.subject(line.name(), year.unit().name());
    if (!subject.isEmpty()) {
      for (Column c :
          List.of(
              Column.INITIAL_BUDGET,
              Column.FULL_YEAR_BUDGET,
              Column.AVAILABLE,
              Column.ADJUSTMENT,
              Column.ACTUAL,
              Column.LAST_YEAR_ACTUAL)) {
        BigDecimal v = line.amount(c);
        if (v != null) {
          Key key = new Key(subject, qualifier, measure(c), unit.baseSymbol(), Role.ACTUAL);
          String place =
              "表「"
                  + (t.title() == null ? t.id() : t.title())
                  + "」"
                  + line.name()
                  + " / "
                  + c.label();
          out.add(
              new Statement(Source.TABLE, key, v, unit, place, Integer.MAX_VALUE, null, -1, false));
        }
      }
    }
    String childQualifier = subject.isEmpty() ? categoryOf(line, year) : subject;
    for (FigureLine item : line.items()) {
      addLine(out, year, t, unit, item, childQualifier);
    }
  }

  private static String categoryOf(FigureLine line, DepartmentYear year) {
    if (line.category() == null) {
      return null;
    }
    String c = NarrativeLabels.subject(line.category(), year.unit().name());
    return c.isEmpty() ? null : c;
  }

  private static String measure(Column c) {
    return switch (c) {
      case INITIAL_BUDGET -> "INITIAL";
      case FULL_YEAR_BUDGET -> "FULL_YEAR";
      case AVAILABLE -> "AVAILABLE";
      case ADJUSTMENT -> "ADJUSTMENT";
      case LAST_YEAR_ACTUAL -> "LAST_YEAR";
      default -> "ACTUAL";
    };
  }
}
