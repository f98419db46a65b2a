package org.jixiao.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

  @ParameterizedTest(name = "“{0}” → “{1}”")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ９０％                  | 90%
          ≥９０％                 | ≥90%
          ＞90％                  | >90%
          ＜5%                    | <5%
          ＝100%                  | =100%
          －5%                    | -5%
          80%～90%                | 80%~90%
          80%〜90%                | 80%~90%
          >=90%                   | ≥90%
          <=4.5%                  | ≤4.5%
          ⩾95%                    | ≥95%
          ≦30天                   | ≤30天
          ≥ 90 %                  | ≥90%
          ≤ 57 万元               | ≤57万元
          '≥\\n95%'               | ≥95%
          1,234人                 | 1234人
          '85,467,109.06元'       | 85467109.06元
          1，234人                | 1234人
          '90,10'                 | 90,10
          75分（含）——90分        | 75分(含)-90分
          完成省定高质量发展指标。| 完成省定高质量发展指标
          '  '                    | ''
          """)
  void foldsSpellingAndLayout(String raw, String expected) {
    assertThat(TextNormalizer.normalise(raw.replace("\\n", "\n"))).isEqualTo(expected);
  }

  @Test
  void nullIsEmpty() {
    assertThat(TextNormalizer.normalise(null)).isEmpty();
  }

  @Test
  void phraseKeyIgnoresPunctuationAndLineBreaks() {
    assertThat(TextNormalizer.phraseKey("无挪用\n专项专用"))
        .isEqualTo(TextNormalizer.phraseKey("无挪用，专项专用"))
        .isEqualTo("无挪用专项专用");
  }
}
