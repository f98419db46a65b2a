package org.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.budget.FigureLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GridFormulasTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{0:5}/{0:4}|F3/E3",
        "SUM({1:1},{3:1},{10:1})|SUM(B4,B6,B13)",
        "ROUND({4:6}*MIN({4:7},1),2)|ROUND(G7*MIN(H7,1),2)"
      })
  void gridReferencesBecomeA1BelowTheTitleRows(String formula, String excel) {
    assertThat(XlsxRenderer.resolve(formula)).isEqualTo(excel);
  }

  @Test
  void aSubtotalWhoseItemsAddUpBecomesASum() {
    Grid grid = new Grid("t", null, 10, 10);
    FigureLine line =
        line("三公经费", "58", List.of(line("公务接待", "30", List.of()), line("公务用车", "28", List.of())));

    Cell cell =
        new SubtotalFormulas(grid)
            .cell(line, FigureLine::actual, List.of(1, 2), 1, Cell.Format.AMOUNT, "决算数");

    assertThat(cell.formula()).isEqualTo("SUM({1:1},{2:1})");
    assertThat(cell.number()).isEqualByComparingTo("58");
    assertThat(grid.notes()).isEmpty();
  }

  @Test
  void aPartialListKeepsTheEnteredTotalAndSaysSo() {
    Grid grid = new Grid("t", null, 10, 10);
    FigureLine line = line("公用经费", "81.14", List.of(line("其中：办公经费", "6.88", List.of())));

    Cell cell =
        new SubtotalFormulas(grid)
            .cell(line, FigureLine::actual, List.of(1), 1, Cell.Format.AMOUNT, "决算数");

    assertThat(cell.formula()).isNull();
    assertThat(cell.number()).isEqualByComparingTo("81.14");
    assertThat(grid.notes()).singleElement().asString().contains("填报为 81.14", "其中各项合计 6.88");
  }

  @Test
  void numbersPrintAsOfficialsWriteThem() {
    assertThat(Numbers.show(new BigDecimal("0.879085"), Cell.Format.PERCENT)).isEqualTo("87.91%");
    assertThat(Numbers.show(new BigDecimal("58"), Cell.Format.AMOUNT)).isEqualTo("58.00");
    assertThat(Numbers.points(new BigDecimal("98.790"))).isEqualTo("98.79");
    assertThat(Numbers.points(new BigDecimal("10.00"))).isEqualTo("10");
    assertThat(Numbers.amount(new BigDecimal("131.70"))).isEqualTo("131.70");
  }

  private static FigureLine line(String name, String actual, List<FigureLine> items) {
    return new FigureLine(
        null,
        name,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        new BigDecimal(actual),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        items);
  }
}
