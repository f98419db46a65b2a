package org.jixiao.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.budget.FigureLine;
import org.jixiao.budget.FigureTable;
import org.jixiao.budget.LineNames;
import org.jixiao.budget.SocialInsuranceFund;

/**
 * 表的层级 — turns a table's lines into {@link ArithNode}s: {@code items} are the lines a line is the
 * total of; a flat list of coded lines nests by 科目编码 (类 208 ⊃ 款 20801 ⊃ 项 2080101), and a lone 合计
 * among coded lines is the total of the 类. A 款 printed without an amount counts as the sum of its 项
 * wherever its 类 needs it ({@link ArithNode#value}).
 */
final class ArithTree {
  private ArithTree() {}

  /** The top-level nodes of every table of the year, in document order. */
  static List<ArithNode> tables(DepartmentYear year) {
    List<ArithNode> roots = new ArrayList<>();
    for (FigureTable t : year.tables()) {
      roots.addAll(of(ArithPlace.of(t, year.source().amountUnit()), t.lines()));
    }
    return roots;
  }

  /** The social-insurance fund's income and expenditure lines, as nodes. */
  static List<ArithNode> fund(DepartmentYear year) {
    SocialInsuranceFund f = year.socialInsuranceFund();
    if (f == null) {
      return List.of();
    }
    List<FigureLine> lines = Stream.of(f.income(), f.expenditure()).filter(l -> l != null).toList();
    return of(fundPlace(year), lines);
  }

  static ArithPlace fundPlace(DepartmentYear year) {
    SocialInsuranceFund f = year.socialInsuranceFund();
    String unit =
        f.amountUnit() == null || f.amountUnit().isBlank()
            ? year.source().amountUnit()
            : f.amountUnit();
    return ArithPlace.block("社会保险基金" + (f.name() == null ? "" : "“" + f.name() + "”"), unit);
  }

  /** Every node of every table and of the fund: the lines whose sums and identities are checked. */
  static Stream<ArithNode> everyLine(DepartmentYear year) {
    return Stream.concat(tables(year).stream(), fund(year).stream()).flatMap(ArithNode::all);
  }

  static List<ArithNode> of(ArithPlace place, List<FigureLine> lines) {
    List<Draft> drafts = nest(lines.stream().map(ArithTree::draft).toList());
    List<ArithNode> nodes = new ArrayList<>();
    for (Draft d : drafts) {
      FigureLine l = d.line;
      String unit = l.unit() == null || l.unit().isBlank() ? null : l.unit().strip();
      List<String> path = unit == null ? List.of() : List.of(unit);
      nodes.add(d.toNode(place, unit, l.isConsolidated(), path));
    }
    return nodes;
  }

  private static Draft draft(FigureLine l) {
    Draft d = new Draft(l);
    d.children.addAll(nest(l.items().stream().map(ArithTree::draft).toList()));
    d.explicit = l.hasItems();
    return d;
  }

  /** Nests a flat run of coded siblings by code, and puts the coded roots under a lone 合计. */
  private static List<Draft> nest(List<Draft> siblings) {
    List<Draft> roots = new ArrayList<>();
    List<Draft> stack = new ArrayList<>();
    for (Draft d : siblings) {
      String code = d.code();
      if (code.isEmpty()) {
        stack.clear();
        roots.add(d);
        continue;
      }
      while (!stack.isEmpty() && !isBelow(code, stack.get(stack.size() - 1).code())) {
        stack.remove(stack.size() - 1);
      }
      if (stack.isEmpty()) {
        roots.add(d);
      } else {
        stack.get(stack.size() - 1).children.add(d);
        stack.get(stack.size() - 1).nested = true;
      }
      stack.add(d);
    }
    List<Draft> totals = roots.stream().filter(Draft::isLoneTotal).toList();
    List<Draft> coded = roots.stream().filter(d -> !d.code().isEmpty()).toList();
    if (totals.size() == 1 && coded.size() >= 2 && coded.size() == roots.size() - 1) {
      Draft total = totals.get(0);
      total.children.addAll(coded);
      total.nested = true;
      return List.of(total);
    }
    return roots;
  }

  /**
   * 科目编码 nest below a class of at least three digits (208 ⊃ 20801 ⊃ 2080101; 301 ⊃ 30101); shorter
   * codes are sequence numbers (1, 11, 12), not classes.
   */
  private static boolean isBelow(String code, String parent) {
    return parent.length() >= 3 && code.length() > parent.length() && code.startsWith(parent);
  }

  /** A line while its nesting is being worked out. */
  private static final class Draft {
    final FigureLine line;
    final List<Draft> children = new ArrayList<>();
    boolean explicit;
    boolean nested;

    Draft(FigureLine line) {
      this.line = line;
    }

    String code() {
      return line.code() == null ? "" : line.code().replaceAll("\\D", "");
    }

    boolean isLoneTotal() {
      if (!code().isEmpty() || !children.isEmpty() || line.name() == null) {
        return false;
      }
      String n = LineNames.normalize(line.name());
      return n.endsWith("合计") || n.endsWith("总计");
    }

    ArithNode toNode(ArithPlace place, String unit, boolean consolidated, List<String> parent) {
      List<String> path = ArithNode.extend(parent, ArithNode.label(line));
      List<ArithNode> nodes = new ArrayList<>();
      for (Draft c : children) {
        nodes.add(c.toNode(place, unit, consolidated, path));
      }
      boolean partial = explicit && !nested && isPartial(line);
      return new ArithNode(place, line, unit, consolidated, path, nodes, partial);
    }

    /** 其中 lists and single items are parts, not a complete breakdown. */
    private static boolean isPartial(FigureLine l) {
      return l.items().size() == 1
          || l.items().stream()
              .anyMatch(i -> i.name() != null && i.name().strip().startsWith("其中"));
    }
  }
}
