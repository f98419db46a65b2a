package org.jixiao.document;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.scoring.ItemResult;
import org.jixiao.scoring.ItemStatus;
import org.jixiao.scoring.SheetResult;

/**
 * 注 — what the notes under a scored form say: the table shows the engine's scores; where the unit
 * stated another score, or an item could not be scored, a note gives the stated figure and why.
 */
final class ScoreNotes {
  private final Grid grid;

  ScoreNotes(Grid grid) {
    this.grid = grid;
  }

  void item(ItemResult item, String label) {
    switch (item.status()) {
      case DIFFERS_FROM_STATED ->
          grid.note(
              "注：“"
                  + label
                  + "”填报得分 "
                  + Numbers.points(item.statedScore())
                  + "，按评分规则计算为 "
                  + Numbers.points(item.score().points())
                  + "，表中为计算得分（"
                  + item.explanation().text()
                  + "）。");
      case NOT_SCORED, STATED_OUT_OF_RANGE ->
          grid.note(
              "注：“"
                  + label
                  + "”未评分："
                  + item.score().reason()
                  + (item.statedScore() == null
                      ? ""
                      : "（填报得分 " + Numbers.points(item.statedScore()) + "）")
                  + "。");
      case EXCLUDED -> {
        if (item.weight() != null) {
          grid.note("注：“" + label + "”不计分：" + item.explanation().result() + "。");
        }
      }
      default -> {}
    }
  }

  /** The 总分 cell: the sum of the scores as a formula where it equals the engine's total. */
  Cell total(SheetResult result, List<String> scoreCells) {
    if (result == null) {
      return Cell.text("未评分");
    }
    if (!result.total().isScored()) {
      grid.note("注：总分未评分：" + result.total().reason() + "。");
      return Cell.text("未评分").as(Cell.Role.TOTAL);
    }
    BigDecimal total = result.total().points();
    if (result.statedTotal() != null && result.statedTotal().compareTo(total) != 0) {
      grid.note(
          "注：填报总分 "
              + Numbers.points(result.statedTotal())
              + "，按评分规则计算为 "
              + Numbers.points(total)
              + "，表中为计算总分。");
    }
    if (result.statedGrade() != null
        && result.grade() != null
        && !result.statedGrade().replaceAll("[\\s“”\"]", "").startsWith(result.grade())) {
      grid.note("注：填报等级“" + result.statedGrade() + "”，按总分应为“" + result.grade() + "”。");
    }
    result.notes().forEach(n -> grid.note("注：" + n + "。"));
    BigDecimal sum =
        result.allItems().stream()
            .filter(i -> i.score().isScored() && i.status() != ItemStatus.EXCLUDED)
            .map(i -> i.score().points())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    if (!scoreCells.isEmpty() && sum.compareTo(total) == 0) {
      return Cell.formula("SUM(" + String.join(",", scoreCells) + ")", total, Cell.Format.SCORE)
          .as(Cell.Role.TOTAL);
    }
    return Cell.number(total, Cell.Format.SCORE).as(Cell.Role.TOTAL);
  }
}
