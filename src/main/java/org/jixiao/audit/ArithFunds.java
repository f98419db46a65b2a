package org.jixiao.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.budget.FigureLine;
import org.jixiao.budget.ScoreSheet;

/**
 * 评分表的资金情况 — the funds block of a score sheet: its total and its two breakdowns (按收入性质 / 资金来源,
 * 按支出性质), which some tables print as one heading line (按收入性质分) with the parts below it.
 */
final class ArithFunds {
  private ArithFunds() {}

  /** 评分表“name”（id）. */
  static String sheet(ScoreSheet s) {
    return "评分表"
        + (s.name() == null || s.name().isBlank() ? s.id() : "“" + s.name() + "”（" + s.id() + "）");
  }

  /** 评分表“name”（id）› 资金情况. */
  static String label(ScoreSheet s) {
    return ArithFormat.at(sheet(s), "资金情况");
  }

  /**
   * The block's lines as nodes: the total, then the breakdowns' lines (for the line identities).
   */
  static List<ArithNode> nodes(ScoreSheet s, String fileUnit) {
    ScoreSheet.Funds f = s.funds();
    if (f == null) {
      return List.of();
    }
    List<FigureLine> lines = new ArrayList<>();
    if (f.total() != null) {
      lines.add(f.total());
    }
    lines.addAll(f.byIncome());
    lines.addAll(f.byNature());
    return ArithTree.of(ArithPlace.block(label(s), fileUnit), lines);
  }

  /** Every funds-block line of the year's sheets. */
  static Stream<ArithNode> everyLine(DepartmentYear year) {
    return year.sheets().stream()
        .flatMap(s -> nodes(s, year.source().amountUnit()).stream())
        .flatMap(ArithNode::all);
  }

  /** The breakdown's heading line, when the group is printed as one line with its parts below. */
  static Optional<FigureLine> heading(List<FigureLine> group) {
    if (group.size() == 1 && group.get(0).hasItems()) {
      return Optional.of(group.get(0));
    }
    return Optional.empty();
  }

  /** The parts of a breakdown, under its heading line if it has one. */
  static List<FigureLine> parts(List<FigureLine> group) {
    return heading(group).map(FigureLine::items).orElse(group);
  }
}
