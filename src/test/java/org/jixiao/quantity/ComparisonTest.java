package org.jixiao.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComparisonTest {

  @ParameterizedTest(name = "{0}: {1} {2} {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          GE | ≥ | 大于等于 | MORE_IS_BETTER | 正向
          GT | > | 大于     | MORE_IS_BETTER | 正向
          EQ | = | 等于     | EXACT          | 等于
          LT | < | 小于     | LESS_IS_BETTER | 反向
          LE | ≤ | 小于等于 | LESS_IS_BETTER | 反向
          """)
  void hasSymbolLabelAndBetterDirection(
      Comparison comparison,
      String symbol,
      String label,
      BetterDirection direction,
      String directionLabel) {
    assertThat(comparison.symbol()).isEqualTo(symbol);
    assertThat(comparison.label()).isEqualTo(label);
    assertThat(comparison.betterDirection()).isEqualTo(direction);
    assertThat(comparison.betterDirection().label()).isEqualTo(directionLabel);
    assertThat(Comparison.ofSymbol(symbol)).contains(comparison);
  }

  @ParameterizedTest(name = "{0} accepts (below, equal, above) = ({1}, {2}, {3})")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          GE | false | true  | true
          GT | false | false | true
          EQ | false | true  | false
          LT | true  | false | false
          LE | true  | true  | false
          """)
  void acceptsComparisonResults(
      Comparison comparison, boolean below, boolean equal, boolean above) {
    assertThat(comparison.acceptsComparisonResult(-1)).isEqualTo(below);
    assertThat(comparison.acceptsComparisonResult(0)).isEqualTo(equal);
    assertThat(comparison.acceptsComparisonResult(1)).isEqualTo(above);
  }

  @Test
  void strictAndDirection() {
    assertThat(Comparison.GT.isStrict()).isTrue();
    assertThat(Comparison.GE.isStrict()).isFalse();
    assertThat(Comparison.GE.pointsSameWayAs(Comparison.GT)).isTrue();
    assertThat(Comparison.GE.pointsSameWayAs(Comparison.LE)).isFalse();
    assertThat(Comparison.ofSymbol("≠")).isEmpty();
  }
}
