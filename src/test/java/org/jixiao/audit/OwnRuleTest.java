package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OwnRuleTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "根据评分规则，结转结余变动率小于 10%，分值 1 分，得 0 分。| 1 | 小于 10.00%",
        "根据评分规则，公务员在职人员控制率大于 80%，分值 2 分，得 2 分。| 2 | 大于 80.00%",
        "满意度≥95%得满分。| 4 | 大于等于 95.00%",
        "预算执行率不低于 90%，分值 10 分。| 10 | 大于等于 90.00%",
      })
  void readsAnUnambiguousThresholdSentence(String text, String weight, String rule) {
    assertThat(OwnRule.read(text, new BigDecimal(weight)))
        .get()
        .extracting(OwnRule::describe)
        .isEqualTo(rule);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "根据评分规则，分值 3 分，得 3 分。| 3",
        "结转结余率小于 10%，分值 2 分。| 1",
        "完成率 90% 以上得满分。| 2",
        "每低于 5% 扣 2 分，分值 5 分。| 5",
        "80%-90% 得满分。| 2",
        "大于 90% 得满分；大于 80% 得一半，分值 2 分。| 2",
      })
  void leavesAnythingElseUnread(String text, String weight) {
    assertThat(OwnRule.read(text, new BigDecimal(weight))).isEmpty();
  }
}
