package org.jixiao.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RangeTest {

  private static final QuantityParser PARSER = new QuantityParser();

  @ParameterizedTest(name = "{0} contains {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          80%-90%            | 80      | %  | true
          80%-90%            | 90      | %  | true
          80%-90%            | 79.99   | %  | false
          80%-90%            | 90.01   | %  | false
          80%-90%            | 850     | ‰  | true
          75分（含）—90分    | 75      | 分 | true
          75分（含）—90分    | 90      | 分 | false
          75分（含）—90分    | 89.99   | 分 | true
          1万-2万人          | 15000   | 人 | true
          1万-2万人          | 2.1     | 万人 | false
          """)
  void containsHonoursInclusiveEnds(String range, String value, String unit, boolean inside) {
    Range parsed = (Range) PARSER.parse(range);

    assertThat(parsed.contains(Quantity.of(value, unit))).isEqualTo(inside);
  }

  @Test
  void endsMustCompareAndBeInOrder() {
    Quantity low = Quantity.of("90", "%");
    Quantity high = Quantity.of("80", "%");

    assertThatThrownBy(() -> new Range("90%-80%", low, high, true, true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new Range("1人-2人次", Quantity.of("1", "人"), Quantity.of("2", "人次"), true, true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Range("90%-90%", low, low, true, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Range("90%-90%", low, low, true, true).contains(low)).isTrue();
  }
}
