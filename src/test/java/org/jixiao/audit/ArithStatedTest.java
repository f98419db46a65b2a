package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArithStatedTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "87.90%        | 87.90",
        "-27.15%       | -27.15",
        "增长149.91%    | 149.91",
        "减少70.31%     | -70.31",
        "112 %         | 112",
        "１００％        | 100",
        "95%以上        | ",
        "超100%        | ",
        "3.5以下        | ",
        "—             | "
      })
  void percentagesAreReadWithTheSignTheirWordsGive(String text, String expected) {
    assertThat(ArithStated.percent(text).orElse(null))
        .isEqualTo(expected == null ? null : new BigDecimal(expected));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "减少18.24万元 | 万元 | -18.24",
        "增加2826.15万元 | 万元 | 2826.15",
        "-9.30       | 万元 | -9.30",
        "减少10000元   | 万元 | -1.0000",
        "增加1.5万元    | 元  | 15000",
        "增长5%       | 万元 | "
      })
  void amountsOfChangeAreReadInTheLinesUnit(String text, String unit, String expected) {
    assertThat(ArithStated.amount(text, unit).orElse(null))
        .isEqualTo(expected == null ? null : new BigDecimal(expected));
  }
}
