package org.jixiao.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QualitativeTest {

  private static final QuantityParser PARSER = new QuantityParser();

  @ParameterizedTest(name = "{0} → “{1}” {2} {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          按时发放                | 按时发放            |    |
          不超过预算投入          | 不超过预算投入      | LE | 预算投入
          控制在省定目标之内      | 控制在省定目标之内  | LE | 省定目标
          控制在省定范围内        | 控制在省定范围内    | LE | 省定范围
          达到了相关要求          | 达到了相关要求      | GE | 相关要求
          达到预期                | 达到预期            | GE | 预期
          较上年下降              | 较上年下降          | LT | 上年
          较上年有所提高          | 较上年有所提高      | GT | 上年
          比上年同期增长          | 比上年同期增长      | GT | 上年
          与上年持平              | 与上年持平          | EQ | 上年
          逐步提高                | 逐步提高            |    |
          '无挪用\\n专项专用'      | 无挪用专项专用      |    |
          完成省定高质量发展指标。| 完成省定高质量发展指标 |  |
          """)
  void readsPhraseDirectionAndReference(
      String text, String phrase, Comparison direction, String reference) {
    Qualitative qualitative = (Qualitative) PARSER.parse(text.replace("\\n", "\n"));

    assertThat(qualitative.phrase()).isEqualTo(phrase);
    assertThat(qualitative.direction()).isEqualTo(direction);
    assertThat(qualitative.reference()).isEqualTo(reference);
    assertThat(qualitative.hasReference()).isEqualTo(reference != null);
    assertThat(qualitative.isQuantitative()).isFalse();
  }

  @Test
  void notApplicableIsAPlaceholderRow() {
    assertThat(((Qualitative) PARSER.parse("不适用")).isNotApplicable()).isTrue();
    assertThat(((Qualitative) PARSER.parse("稳定")).isNotApplicable()).isFalse();
  }

  @Test
  void needsAPhraseAndADirectionForAReference() {
    assertThatThrownBy(() -> Qualitative.of("", " ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Qualitative("x", "x", null, "上年"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
