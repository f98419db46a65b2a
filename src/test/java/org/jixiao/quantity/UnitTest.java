package org.jixiao.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitTest {

  @ParameterizedTest(name = "{0} = {2} × {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          人         | 人        | 1
          人次       | 人次      | 1
          万人       | 人        | 10000
          万人次     | 人次      | 10000
          元         | 元        | 1
          万元       | 元        | 10000
          亿元       | 元        | 100000000
          千元       | 元        | 1000
          百万元     | 元        | 1000000
          万亿元     | 元        | 1000000000000
          %          | 比率      | 0.01
          ‰          | 比率      | 0.001
          户         | 户        | 1
          万户       | 户        | 10000
          家         | 家        | 1
          个         | 个        | 1
          万个       | 个        | 10000
          件         | 件        | 1
          起         | 起        | 1
          份         | 份        | 1
          次         | 次        | 1
          场         | 场        | 1
          期         | 期        | 1
          项         | 项        | 1
          台         | 台        | 1
          辆         | 辆        | 1
          名         | 名        | 1
          万名       | 名        | 10000
          所         | 所        | 1
          批         | 批        | 1
          批次       | 批次      | 1
          篇         | 篇        | 1
          条         | 条        | 1
          套         | 套        | 1
          本         | 本        | 1
          元/月      | 元/月     | 1
          元/人      | 元/人     | 1
          元/年      | 元/年     | 1
          元/人·月   | 元/人·月  | 1
          元/万人    | 元/万人   | 1
          元/小时    | 元/小时   | 1
          万元/人    | 元/人     | 10000
          平方米     | 平方米    | 1
          ㎡         | 平方米    | 1
          m²         | 平方米    | 1
          m2         | 平方米    | 1
          平米       | 平方米    | 1
          平方公里   | 平方米    | 1000000
          公里       | 米        | 1000
          千米       | 米        | 1000
          天         | 天        | 1
          日         | 天        | 1
          个工作日   | 工作日    | 1
          工作日     | 工作日    | 1
          个月       | 月        | 1
          月         | 月        | 1
          季度       | 月        | 3
          年         | 月        | 12
          小时       | 分钟      | 60
          分钟       | 分钟      | 1
          分         | 分        | 1
          百分点     | 百分点    | 1
          个百分点   | 百分点    | 1
          吨         | 千克      | 1000
          个县       | 个县      | 1
          个乡镇     | 个乡镇    | 1
          万个县     | 个县      | 10000
          周岁       | 周岁      | 1
          个镇       | 个镇      | 1
          千瓦       | 瓦        | 1000
          万         | ''        | 10000
          亿         | ''        | 100000000
          ''         | ''        | 1
          """)
  void readsWrittenUnitsIntoBaseAndFactor(String written, String base, BigDecimal factor) {
    Unit unit = Unit.of(written);

    assertThat(unit.symbol()).isEqualTo(written);
    assertThat(unit.baseSymbol()).isEqualTo(base);
    assertThat(unit.factor()).isEqualByComparingTo(factor);
  }

  @ParameterizedTest(name = "“{0}” is not a unit")
  @ValueSource(strings = {"个(县)", "人1", "a.b", "一个很长很长的自造单位词", "元/", "%人", "人、", "元/人/月"})
  void refusesTextThatCannotBeAUnit(String written) {
    assertThat(Unit.read(written)).isEmpty();
    assertThatThrownBy(() -> Unit.of(written)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void comparesByBaseUnitOnly() {
    assertThat(Unit.of("万人").isComparableTo(Unit.of("人"))).isTrue();
    assertThat(Unit.of("人").isComparableTo(Unit.of("人次"))).isFalse();
    assertThat(Unit.of("个工作日").isComparableTo(Unit.of("天"))).isFalse();
    assertThat(Unit.of("年").isComparableTo(Unit.of("个月"))).isTrue();
    assertThat(Unit.PERCENT.isComparableTo(Unit.PERMILLE)).isTrue();
    assertThat(Unit.PERCENT.isComparableTo(Unit.NONE)).isFalse();
  }

  @Test
  void knowsItsKind() {
    assertThat(Unit.of("万").isDimensionless()).isTrue();
    assertThat(Unit.NONE.isDimensionless()).isTrue();
    assertThat(Unit.PERCENT.isRatio()).isTrue();
    assertThat(Unit.DATE.isDate()).isTrue();
    assertThat(Unit.MONTH_DAY.isDate()).isTrue();
    assertThat(Unit.of("人").isBase()).isTrue();
    assertThat(Unit.of("万人").isBase()).isFalse();
    assertThat(Unit.of("万人").base()).isEqualTo(Unit.of("人"));
    assertThat(Unit.of("%").base()).isEqualTo(new Unit("比率", "比率", BigDecimal.ONE));
  }

  @Test
  void equalFactorsMakeEqualUnitsWhateverTheirScale() {
    assertThat(new Unit("万人", "人", new BigDecimal("1E+4")))
        .isEqualTo(new Unit("万人", "人", new BigDecimal("10000.00")));
  }

  @Test
  void factorMustBePositive() {
    assertThatThrownBy(() -> new Unit("x", "x", BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("正数");
  }
}
