package org.jixiao.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 定性三档 — 达成 [80%, 100%], 部分达成 [60%, 80%), 未达成 [0, 60%) of the weight (财预〔2020〕10号; the MOF platform
 * validates exactly these).
 */
class QualitativeBandTest {

  private static final QualitativeBand ACHIEVED = QualitativeBand.OFFICIAL.get(0);
  private static final QualitativeBand PARTLY = QualitativeBand.OFFICIAL.get(1);
  private static final QualitativeBand POOR = QualitativeBand.OFFICIAL.get(2);

  @ParameterizedTest(name = "weight {0}, score {1}: 达成 {2} · 部分达成 {3} · 未达成 {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "5  | 5     | true  | false | false",
        "5  | 5.01  | false | false | false",
        "5  | 4.5   | true  | false | false",
        "5  | 4     | true  | false | false",
        "5  | 3.99  | false | true  | false",
        "5  | 3     | false | true  | false",
        "5  | 2.99  | false | false | true",
        "5  | 0     | false | false | true",
        "5  | -0.01 | false | false | false",
        "10 | 8     | true  | false | false",
        "10 | 6     | false | true  | false",
        "7.5 | 6    | true  | false | false",
        "7.5 | 5.99 | false | true  | false",
        "7.5 | 4.5  | false | true  | false",
      })
  void eachScoreLiesInExactlyOneOfficialBand(
      String weight, String score, boolean achieved, boolean partly, boolean poor) {
    BigDecimal w = new BigDecimal(weight);
    BigDecimal s = new BigDecimal(score);

    assertThat(ACHIEVED.admits(s, w)).as("达成年度指标").isEqualTo(achieved);
    assertThat(PARTLY.admits(s, w)).as("部分达成").isEqualTo(partly);
    assertThat(POOR.admits(s, w)).as("未达成").isEqualTo(poor);
  }

  @Test
  void theOfficialBandsCarryTheirOfficialWording() {
    assertThat(QualitativeBand.OFFICIAL)
        .extracting(QualitativeBand::label)
        .containsExactly("达成年度指标", "部分达成年度指标并具有一定效果", "未达成年度指标且效果较差");
    assertThat(ACHIEVED.describe()).isEqualTo("达成年度指标 [80%, 100%] × 分值");
    assertThat(PARTLY.describe()).isEqualTo("部分达成年度指标并具有一定效果 [60%, 80%) × 分值");
  }

  @Test
  void aRuleWithoutBandsUsesTheOfficialOnes() {
    assertThat(new ScoringRule.QualitativeBands(null).bands()).isEqualTo(QualitativeBand.OFFICIAL);
    assertThat(new ScoringRule.QualitativeBands(List.of()).bands())
        .isEqualTo(QualitativeBand.OFFICIAL);
  }
}
