package org.jixiao.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.budget.FigureLine;
import org.jixiao.budget.FigureTable;
import org.jixiao.budget.SocialInsuranceFund;
import org.jixiao.budget.Staffing;
import org.jixiao.budget.TableKind;

/**
 * 数字句 — the report's sentences that state figures, written from what the unit entered (never copied
 * from its text), for the chapters on the unit, the budget, the funds and other income.
 */
final class FigureSentences {
  private final DepartmentYear year;
  private final String unit;

  FigureSentences(DepartmentYear year) {
    this.year = year;
    this.unit = year.source().amountUnit();
  }

  List<String> basic() {
    List<String> out = new ArrayList<>();
    Staffing s = year.staffing();
    if (s != null && s.authorized() != null && s.actual() != null) {
      String rate =
          s.authorized() > 0
              ? "，在职人员控制率"
                  + Numbers.percent(
                      Ratio.of(BigDecimal.valueOf(s.actual()), BigDecimal.valueOf(s.authorized())))
              : "";
      out.add(
          year.year() + "年年底人员编制数" + s.authorized() + "人，实有在职人员" + s.actual() + "人" + rate + "。");
      List<String> parts = new ArrayList<>();
      for (Staffing.StaffCategory c : s.categories()) {
        if (c.authorized() != null) {
          parts.add(
              c.category()
                  + c.authorized()
                  + "人"
                  + (c.actual() == null ? "" : "（实有" + c.actual() + "人）"));
        }
      }
      if (!parts.isEmpty()) {
        out.add("按编制类别：" + String.join("、", parts) + "。");
      }
    }
    if (!year.unit().offices().isEmpty()) {
      out.add("本部门内设机构" + year.unit().offices().size() + "个。");
    }
    return out;
  }

  List<String> generalBudget() {
    List<String> out = new ArrayList<>();
    Tables.line(year, "基本支出", TableKind.EXPENDITURE, TableKind.SUMMARY)
        .ifPresent(l -> out.addAll(lineWithItems(l, "基本支出")));
    Tables.categoryLine(year, TableKind.ECONOMIC_CLASS, "基本支出")
        .map(l -> Sentences.breakdown(l, unit))
        .ifPresent(s -> out.add("基本支出按经济科目划分：" + s + "。"));
    out.addAll(new ThreePublicSentences(year).all());
    Tables.line(year, "项目支出", TableKind.EXPENDITURE, TableKind.SUMMARY, TableKind.PROJECT_SPENDING)
        .ifPresent(l -> out.addAll(lineWithItems(l, "项目支出")));
    Tables.categoryLine(year, TableKind.ECONOMIC_CLASS, "项目支出")
        .map(l -> Sentences.breakdown(l, unit))
        .ifPresent(s -> out.add("项目支出按经济科目划分：" + s + "。"));
    Tables.categoryLine(year, TableKind.FUNCTION_CLASS, "项目支出")
        .map(l -> Sentences.breakdown(l, unit))
        .ifPresent(s -> out.add("项目支出按支出功能科目划分：" + s + "。"));
    return out;
  }

  private List<String> lineWithItems(FigureLine l, String subject) {
    List<String> out = new ArrayList<>();
    String s = Sentences.budget(year.year(), subject, l, unit);
    if (s == null) {
      return out;
    }
    List<String> items = new ArrayList<>();
    for (FigureLine item : l.items()) {
      if (item.actual() != null) {
        items.add(Tables.plainName(item) + Sentences.money(item.actual(), unit));
      }
    }
    if (!items.isEmpty() && items.size() <= 8) {
      s += "，其中：" + String.join("、", items);
    }
    out.add(s + "。");
    if (l.reason() != null && !l.reason().isBlank()) {
      out.add(Sentences.end(l.reason()));
    }
    return out;
  }

  List<String> governmentFund() {
    return simpleLines(TableKind.GOVERNMENT_FUND);
  }

  List<String> stateCapital() {
    return simpleLines(TableKind.STATE_CAPITAL);
  }

  List<String> otherIncome() {
    return simpleLines(TableKind.OTHER_INCOME);
  }

  /** One sentence per top-level line with an amount: "{name}{amount}万元，其中：…". */
  private List<String> simpleLines(TableKind kind) {
    List<String> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (FigureTable t : year.tables(kind)) {
      for (FigureLine l : Tables.ownLines(t)) {
        Optional<BigDecimal> amount =
            Optional.ofNullable(l.actual()).or(() -> Optional.ofNullable(l.fullYearBudget()));
        if (amount.isEmpty()) {
          continue;
        }
        String name = Tables.name(l).replaceFirst("^" + year.year() + "年", "");
        StringBuilder s =
            new StringBuilder(year.year() + "年" + name + Sentences.money(amount.get(), unit));
        List<String> items = new ArrayList<>();
        for (FigureLine item : l.items()) {
          if (item.actual() != null) {
            items.add(Tables.plainName(item) + Sentences.money(item.actual(), unit));
          }
        }
        if (!items.isEmpty()) {
          s.append("，其中：").append(String.join("，", items));
        }
        if (seen.add(s.toString())) {
          out.add(s + "。");
        }
      }
    }
    return out;
  }

  List<String> socialInsurance() {
    SocialInsuranceFund f = year.socialInsuranceFund();
    List<String> out = new ArrayList<>();
    if (f == null) {
      return out;
    }
    String u = f.amountUnit() == null ? unit : f.amountUnit();
    String name = f.name() == null ? "社会保险基金" : f.name();
    FigureLine in = f.income();
    FigureLine ex = f.expenditure();
    if (in != null && in.actual() != null) {
      out.add(year.year() + "年" + name + flow("收入", in, u));
    }
    if (ex != null && ex.actual() != null) {
      out.add(name + flow("支出", ex, u));
    }
    if (in != null && ex != null && in.actual() != null && ex.actual() != null) {
      BigDecimal balance = in.actual().subtract(ex.actual());
      String s = year.year() + "年度收支结余" + Sentences.money(balance, u);
      if (f.openingBalance() != null) {
        s +=
            "，期初结余"
                + Sentences.money(f.openingBalance(), u)
                + "，期末滚存结余"
                + Sentences.money(f.openingBalance().add(balance), u);
      }
      out.add(s + "。");
    }
    return out;
  }

  private static String flow(String what, FigureLine l, String u) {
    StringBuilder s = new StringBuilder();
    if (l.fullYearBudget() != null) {
      s.append("调整后预算")
          .append(what)
          .append("为")
          .append(Sentences.money(l.fullYearBudget(), u))
          .append("，");
    }
    s.append("实际").append(what).append("为").append(Sentences.money(l.actual(), u));
    if (l.fullYearBudget() != null && l.fullYearBudget().signum() != 0) {
      s.append("，")
          .append(what)
          .append("预算执行率")
          .append(Numbers.percent(Ratio.of(l.actual(), l.fullYearBudget())));
    }
    if (l.reason() != null && !l.reason().isBlank()) {
      s.append("，").append(l.reason().strip().replaceAll("。$", ""));
    }
    return s.append("。").toString();
  }
}
