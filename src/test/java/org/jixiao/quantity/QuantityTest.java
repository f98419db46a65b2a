package org.jixiao.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityTest {

  @ParameterizedTest(name = "{0}{1} = {2}{3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          3.93     | 万人     | 39300        | 人
          1.23     | 万人次   | 12300        | 人次
          0.82     | 万人     | 8200         | 人
          57       | 万元     | 570000       | 元
          1034.36  | 万元     | 10343600     | 元
          2.8      | 亿元     | 280000000    | 元
          90       | %        | 0.9          | 比率
          90.00    | %        | 0.9          | 比率
          68.55    | %        | 0.6855       | 比率
          5        | ‰        | 0.005        | 比率
          -5.01    | %        | -0.0501      | 比率
          12       | 个月     | 12           | 月
          2        | 年       | 24           | 月
          11.04    | 万       | 110400       | ''
          4012     | 平方米   | 4012         | 平方米
          1.5      | 小时     | 90           | 分钟
          0        | 起       | 0            | 起
          """)
  void convertsToItsBaseUnit(String value, String unit, String baseValue, String baseUnit) {
    Quantity base = Quantity.of(value, unit).toBase();

    assertThat(base.value()).isEqualByComparingTo(baseValue);
    assertThat(base.value().toPlainString()).isEqualTo(baseValue);
    assertThat(base.unit().symbol()).isEqualTo(baseUnit);
    assertThat(base.unit().isBase()).isTrue();
  }

  @ParameterizedTest(name = "{0} vs {1} → {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          8854人     | 0.82万人   | 1
          1万人      | 10000人    | 0
          3.93万人   | 3.4万人    | 1
          1.52%      | 4.5%       | -1
          90%        | 900‰       | 0
          47.96万元  | 57万元     | -1
          11.04万元  | 120000元   | -1
          1年        | 12个月     | 0
          """)
  void comparesAcrossMagnitudes(String left, String right, int expected) {
    assertThat(Integer.signum(quantity(left).compareWith(quantity(right)))).isEqualTo(expected);
  }

  @Test
  void peopleAndPersonTimesDoNotCompare() {
    Quantity people = Quantity.of("1", "万人");
    Quantity personTimes = Quantity.of("1.23", "万人次");

    assertThat(people.isComparableTo(personTimes)).isFalse();
    assertThatThrownBy(() -> people.compareWith(personTimes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("不可比");
  }

  @ParameterizedTest(name = "{0} / {1} = {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          8854人    | 8200人    | 1.079756097560976
          3.93万人  | 3.4万人   | 1.155882352941176
          1.23万人次| 1万人次   | 1.23
          100%      | 55%       | 1.818181818181818
          1%        | 3%        | 0.3333333333333333
          11.04万元 | 12万元    | 0.92
          6000人    | 6000人    | 1
          """)
  void ratioIsExactToSixteenSignificantDigits(String actual, String target, String ratio) {
    BigDecimal result = quantity(actual).ratioTo(quantity(target));

    assertThat(result.toPlainString()).isEqualTo(ratio);
  }

  @Test
  void ratioToZeroIsRefused() {
    assertThatThrownBy(() -> Quantity.of("509", "起").ratioTo(Quantity.of("0", "起")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("除数为零");
  }

  @Test
  void sameAmountIgnoresScaleAndMagnitude() {
    assertThat(Quantity.of("90.00", "%").hasSameAmountAs(Quantity.of("90", "%"))).isTrue();
    assertThat(Quantity.of("0.82", "万人").hasSameAmountAs(Quantity.of("8200", "人"))).isTrue();
    assertThat(Quantity.of("90.00", "%")).isNotEqualTo(Quantity.of("90", "%"));
    assertThat(Quantity.of("1", "人").hasSameAmountAs(Quantity.of("1", "人次"))).isFalse();
  }

  @Test
  void displaysAsWritten() {
    assertThat(Quantity.of("3.93", "万人").display()).isEqualTo("3.93万人");
    assertThat(Quantity.of("90.00", "%")).hasToString("90.00%");
    assertThat(new Quantity(new BigDecimal("20231231"), Unit.DATE).display())
        .isEqualTo("2023年12月31日");
    assertThat(new Quantity(new BigDecimal("630"), Unit.MONTH_DAY).display()).isEqualTo("6月30日");
  }

  /** {@code 3.93万人} → 3.93 in 万人. */
  static Quantity quantity(String written) {
    int end = 0;
    while (end < written.length() && "-0123456789.".indexOf(written.charAt(end)) >= 0) {
      end++;
    }
    return Quantity.of(written.substring(0, end), written.substring(end));
  }
}
