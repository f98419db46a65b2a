package org.jixiao.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 阶梯 — an interval's ends, open, closed or absent. */
class StepTest {

  private static BigDecimal d(String s) {
    return s == null ? null : new BigDecimal(s);
  }

  @ParameterizedTest(name = "{0}{1},{2}{3} contains {4}: {5}")
  @CsvSource(
      delimiter = '|',
      value = {
        // [80%, 90%) — 重点支出安排率 (S14)
        "true  | 0.80 | 0.90 | false | 0.80      | true",
        "true  | 0.80 | 0.90 | false | 0.8999999 | true",
        "true  | 0.80 | 0.90 | false | 0.90      | false",
        "true  | 0.80 | 0.90 | false | 0.7999999 | false",
        // (0, 10%] — 预算控制率 (S11)
        "false | 0    | 0.10 | true  | 0         | false",
        "false | 0    | 0.10 | true  | 0.0001    | true",
        "false | 0    | 0.10 | true  | 0.10      | true",
        "false | 0    | 0.10 | true  | 0.1001    | false",
        // ≤ 0 and ≥ 90%: one end open
        "true  |      | 0    | true  | -0.05     | true",
        "true  |      | 0    | true  | 0         | true",
        "true  |      | 0    | false | 0         | false",
        "true  | 0.90 |      | false | 0.90      | true",
        "false | 0.90 |      | false | 0.90      | false",
        "true  | 0.90 |      | false | 1.50      | true",
        // a single point
        "true  | 1    | 1    | true  | 1.00      | true",
      })
  void containsHonoursEachEnd(
      boolean minInclusive,
      String min,
      String max,
      boolean maxInclusive,
      String value,
      boolean contains) {
    Step s = new Step(d(min), d(max), minInclusive, maxInclusive, new BigDecimal("4"));

    assertThat(s.contains(new BigDecimal(value))).isEqualTo(contains);
  }

  @Test
  void describesItsRangeInPercent() {
    assertThat(new Step(d("0.8"), d("0.9"), true, false, d("4")).describe())
        .isEqualTo("[80%, 90%) 得 4 分");
    assertThat(new Step(null, d("0"), true, true, d("5")).describe()).isEqualTo("≤0% 得 5 分");
    assertThat(new Step(d("0.3"), null, false, false, d("0")).describe()).isEqualTo(">30% 得 0 分");
  }

  @Test
  void aStepNeedsPointsAndOrderedEnds() {
    assertThatThrownBy(() -> new Step(d("0.8"), d("0.9"), true, false, null))
        .hasMessage("阶梯表的每一档都需要 points（得分）");
    assertThatThrownBy(() -> new Step(d("0.9"), d("0.8"), true, false, d("1")))
        .hasMessage("阶梯区间下限 0.9 大于上限 0.8");
  }
}
