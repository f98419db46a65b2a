package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArithExpressionTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "行政编制人员控制率= $40 \\div 42 \\times 100\\% = 95.23\\%$ | 95.2381",
        "重点支出安排率=(84,648,906.36/85,467,109.06)X100%=99.04% | 99.0427",
        "结转结余变动率= $[(818,202.70-861,366.81)/861,366.81] = -5.01\\%$ | -5.0111",
        "公用经费控制率=（242,000.00/242,000.00）X100%=100% | 100.0000",
        "满意度= $\\frac{39}{48} \\times 100\\% = 81.25\\%$ | 81.2500"
      })
  void printedComputationsAreEvaluatedExactly(String formula, String percent) {
    ArithExpression.Result r = ArithExpression.read(formula).orElseThrow();
    assertThat(r.ratio().movePointRight(2).setScale(4, RoundingMode.HALF_UP))
        .isEqualByComparingTo(new BigDecimal(percent));
  }

  @Test
  void aDivisionByZeroIsUndefinedAndTheTopDivisionIsKept() {
    assertThat(
            ArithExpression.read("三公经费变动率= $[(0-0) / 0] \\times 100\\% = 0\\%$")
                .orElseThrow()
                .undefined())
        .isTrue();
    ArithExpression.Result r =
        ArithExpression.read("结转结余率=(818,202.70/88,044,648.36)×100%=0.93%").orElseThrow();
    assertThat(r.numerator()).isEqualByComparingTo("818202.70");
    assertThat(r.denominator()).isEqualByComparingTo("88044648.36");
  }

  @Test
  void formulasInWordsAreNotComputations() {
    assertThat(ArithExpression.read("预算执行率=（预算执行数/预算数）×100%。")).isEmpty();
    assertThat(ArithExpression.read(null)).isEmpty();
  }
}
