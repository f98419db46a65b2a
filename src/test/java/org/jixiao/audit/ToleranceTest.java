package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.jixiao.audit.Tolerance.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ToleranceTest {

  @ParameterizedTest(name = "printed {0} vs computed {1} → {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          87.91   | 87.9085     | AGREES
          87.90   | 87.9085     | ROUNDING
          4028.76 | 4028.75     | ROUNDING
          2830.85 | 2830.84     | ROUNDING
          4870.74 | 4870.75     | ROUNDING
          -27.15  | -27.137     | DIFFERS
          -0.33   | -0.2898     | DIFFERS
          95.23   | 95.238      | ROUNDING
          24.97   | 24.94       | DIFFERS
          8.8     | 8.8047      | AGREES
          92      | 92.05       | AGREES
          88      | 88.7        | ROUNDING
          95      | 94.34       | DIFFERS
          15      | 14          | DIFFERS
          0       | 0.7         | ROUNDING
          """)
  void aPrintedFigureIsJudgedByItsLastPrintedDigit(
      String stated, String computed, Verdict verdict) {
    assertThat(Tolerance.DEFAULT.judge(new BigDecimal(stated), new BigDecimal(computed)))
        .isEqualTo(verdict);
  }

  @ParameterizedTest(name = "tolerance {0} digits: 24.97 vs 24.94 → {1}")
  @CsvSource({"1, DIFFERS", "3, ROUNDING", "0, DIFFERS"})
  void theToleranceIsConfigurable(String digits, Verdict verdict) {
    assertThat(
            new Tolerance(new BigDecimal(digits))
                .judge(new BigDecimal("24.97"), new BigDecimal("24.94")))
        .isEqualTo(verdict);
  }
}
