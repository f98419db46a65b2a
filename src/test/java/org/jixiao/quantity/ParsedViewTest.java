package org.jixiao.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fields {@code jixiao parse TEXT --json} prints, one row per kind of text. */
class ParsedViewTest {

  private static final QuantityParser PARSER = new QuantityParser();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
          3.93万人       | BOUND       | =    | 3.93     | 万人 | 39300    | 人    | null
          ≥90%           | BOUND       | ≥    | 90       | %    | 0.9      | 比率  | null
          0              | BOUND       | =    | 0        | ''   | 0        | ''    | null
          2023年内       | BOUND       | ≤    | 20231231 | 日期 | 20231231 | 日期  | null
          6月底前        | BOUND       | ≤    | 630      | 月日 | 630      | 月日  | null
          80%-90%        | RANGE       | null | 80       | %    | 0.8      | 比率  | null
          按时发放       | QUALITATIVE | null | null     | null | null     | null  | null
          不超过预算投入 | QUALITATIVE | null | null     | null | null     | null  | null
          ''             | UNPARSED    | null | null     | null | null     | null  | 空值
          5人、6人       | UNPARSED    | null | null     | null | null     | null  | 两个数值之间没有范围分隔符（“-”“～”“至”）
          """)
  void fillsTheCommandLineFields(
      String text,
      TargetValue.Kind kind,
      String comparison,
      String value,
      String unit,
      String baseValue,
      String baseUnit,
      String reason) {
    ParsedView view = PARSER.parse(text).view();

    assertThat(view.text()).isEqualTo(text);
    assertThat(view.kind()).isEqualTo(kind);
    assertThat(view.comparison()).isEqualTo(comparison);
    assertThat(view.value() == null ? null : view.value().toPlainString()).isEqualTo(value);
    assertThat(view.unit()).isEqualTo(unit);
    assertThat(view.baseValue() == null ? null : view.baseValue().toPlainString())
        .isEqualTo(baseValue);
    assertThat(view.baseUnit()).isEqualTo(baseUnit);
    assertThat(view.reason()).isEqualTo(reason);
  }
}
