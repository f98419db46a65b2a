package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.budget.FigureLine;
import org.jixiao.budget.FigureTable;
import org.jixiao.budget.ScoreSheet;
import org.jixiao.budget.ScoreSheet.Funds;
import org.jixiao.budget.SheetKind;
import org.jixiao.budget.TableKind;

/**
 * 自评表资金情况与全文不一致 — the funds block of the department sheet against the rest of the document:
 *
 * <ul>
 *   <li>its 年初预算 / 全年预算 against 基本支出 + 项目支出 as the text or tables give them (年初 + 调整 when 全年 is not
 *       printed), and its 基本支出 / 项目支出 against the same lines;
 *   <li>its 全年预算 against the project sheets: the department's budget cannot be less than the basic
 *       spending plus the full-year budgets of its own projects.
 * </ul>
 *
 * The total's 执行数 is compared only when the block has no 基本支出 / 项目支出 of its own: otherwise a
 * difference shows at the part it comes from, and once.
 */
final class ConsistFundsCheck extends NamedCheck {

  ConsistFundsCheck() {
    super(
        "CONSIST-FUNDS",
        Severity.ERROR,
        "自评表资金情况与正文、表格或项目自评表不一致",
        "部门整体支出 = 基本支出 + 项目支出；全年预算 = 年初预算 + 调整数（会计恒等式）");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (ScoreSheet sheet : ctx.year().sheets()) {
      if (sheet.kind() == SheetKind.DEPARTMENT
          && sheet.funds() != null
          && sheet.funds().total() != null) {
        againstTables(ctx, sheet, out);
        againstProjects(ctx, sheet, out);
      }
    }
    return out;
  }

  private void againstTables(AuditContext ctx, ScoreSheet sheet, List<Finding> out) {
    DepartmentYear year = ctx.year();
    Funds funds = sheet.funds();
    FigureLine total = funds.total();
    String at = "「" + sheet.name() + "」资金情况 / " + nameOf(total) + " / ";
    Optional<Part> basicInitial = part(year, "基本支出", FigureLine::initialBudget);
    Optional<Part> projectInitial = part(year, "项目支出", FigureLine::initialBudget);
    if (total.initialBudget() != null && basicInitial.isPresent() && projectInitial.isPresent()) {
      sum(
              ctx,
              at + "年初预算数",
              "年初预算数",
              total.initialBudget(),
              basicInitial.get(),
              projectInitial.get())
          .ifPresent(out::add);
    }
    Optional<Part> basicFull = part(year, "基本支出", ConsistFundsCheck::fullYear);
    Optional<Part> projectFull = part(year, "项目支出", ConsistFundsCheck::fullYear);
    if (total.fullYearBudget() != null && basicFull.isPresent() && projectFull.isPresent()) {
      sum(ctx, at + "全年预算数", "全年预算数", total.fullYearBudget(), basicFull.get(), projectFull.get())
          .ifPresent(out::add);
    }
    // 基本支出 / 项目支出 printed in the block are compared line by line with the tables by
    // ARITH-CROSS-TABLE; their total then follows from ARITH-FUNDS. Only a block without them is
    // compared here, as a whole.
    boolean partsPrinted =
        byNature(funds).stream()
            .anyMatch(l -> (l.isNamed("基本支出") || l.isNamed("项目支出")) && l.actual() != null);
    Optional<Part> basicActual = part(year, "基本支出", FigureLine::actual);
    Optional<Part> projectActual = part(year, "项目支出", FigureLine::actual);
    if (!partsPrinted
        && total.actual() != null
        && basicActual.isPresent()
        && projectActual.isPresent()) {
      sum(ctx, at + "全年执行数", "全年执行数", total.actual(), basicActual.get(), projectActual.get())
          .ifPresent(out::add);
    }
  }

  private void againstProjects(AuditContext ctx, ScoreSheet sheet, List<Finding> out) {
    List<FigureLine> projects =
        ctx.year().sheets().stream()
            .filter(
                s ->
                    s.kind() == SheetKind.PROJECT && s.funds() != null && s.funds().total() != null)
            .map(s -> s.funds().total())
            .toList();
    FigureLine total = sheet.funds().total();
    if (projects.isEmpty()
        || total.fullYearBudget() == null
        || projects.stream().anyMatch(p -> p.fullYearBudget() == null)) {
      return;
    }
    BigDecimal projectsFull =
        projects.stream().map(FigureLine::fullYearBudget).reduce(BigDecimal.ZERO, BigDecimal::add);
    Optional<FigureLine> basic =
        byNature(sheet.funds()).stream().filter(l -> l.isNamed("基本支出")).findFirst();
    BigDecimal basicFloor = null;
    String basicWords = null;
    if (basic.isPresent() && basic.get().fullYearBudget() != null) {
      basicFloor = basic.get().fullYearBudget();
      basicWords = "基本支出全年预算 " + amount(ctx, basicFloor);
    } else if (basic.isPresent() && basic.get().actual() != null) {
      basicFloor = basic.get().actual();
      basicWords = "基本支出 " + amount(ctx, basicFloor) + "（预算未列，以执行数为下限）";
    }
    if (basicFloor == null) {
      return;
    }
    BigDecimal floor = basicFloor.add(projectsFull);
    if (total.fullYearBudget().compareTo(floor) >= 0) {
      return;
    }
    String terms =
        String.join(" + ", projects.stream().map(p -> p.fullYearBudget().toPlainString()).toList());
    out.add(
        Findings.of(
            this,
            "自评表全年预算数"
                + amount(ctx, total.fullYearBudget())
                + "小于基本支出与各项目自评表全年预算数之和"
                + amount(ctx, floor)
                + "：部门预算不应少于其所含项目的预算",
            "「" + sheet.name() + "」资金情况 / " + nameOf(total) + " / 全年预算数",
            amount(ctx, total.fullYearBudget()),
            "≥" + amount(ctx, floor),
            basicWords
                + " + 项目自评表全年预算数（"
                + terms
                + " = "
                + amount(ctx, projectsFull)
                + "）= "
                + amount(ctx, floor)));
  }

  private Optional<Finding> sum(
      AuditContext ctx, String where, String what, BigDecimal stated, Part basic, Part project) {
    BigDecimal expected = basic.value().add(project.value());
    String basis =
        "基本支出 "
            + basic.value().toPlainString()
            + "（"
            + basic.place()
            + "） + 项目支出 "
            + project.value().toPlainString()
            + "（"
            + project.place()
            + "） = "
            + amount(ctx, expected);
    return Findings.compare(
        this,
        ctx,
        "自评表" + what,
        where,
        stated,
        amount(ctx, stated),
        expected,
        amount(ctx, expected),
        basis);
  }

  /** A figure of 基本支出 or 项目支出 and where it is printed. */
  private record Part(BigDecimal value, String place) {}

  /** The first top-level line of that name, in a spending table, that prints the figure. */
  private static Optional<Part> part(
      DepartmentYear year, String name, Function<FigureLine, BigDecimal> figure) {
    for (TableKind kind : List.of(TableKind.EXPENDITURE, TableKind.PROJECT_SPENDING)) {
      for (FigureTable t : year.tables(kind)) {
        for (FigureLine l : t.lines()) {
          if (l.unit() == null && l.isNamed(name) && figure.apply(l) != null) {
            String where =
                "表「"
                    + (t.title() == null ? t.id() : t.title())
                    + "」"
                    + (t.location() == null ? "" : "（" + t.location() + "）");
            return Optional.of(new Part(figure.apply(l), where));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** 全年预算, or 年初预算 + 调整 when the full year is not printed. */
  private static BigDecimal fullYear(FigureLine l) {
    if (l.fullYearBudget() != null) {
      return l.fullYearBudget();
    }
    return l.initialBudget() != null && l.adjustment() != null
        ? l.initialBudget().add(l.adjustment())
        : null;
  }

  /** The 按支出性质分 lines, whether printed flat or under a heading line. */
  private static List<FigureLine> byNature(Funds funds) {
    List<FigureLine> out = new ArrayList<>();
    for (FigureLine l : funds.byNature()) {
      out.add(l);
      out.addAll(l.items());
    }
    return out;
  }

  private static String nameOf(FigureLine total) {
    return total.name() == null ? "年度资金总额" : total.name();
  }

  private static String amount(AuditContext ctx, BigDecimal v) {
    return v.toPlainString() + ctx.amountUnit();
  }
}
