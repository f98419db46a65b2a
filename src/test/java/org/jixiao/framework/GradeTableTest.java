package org.jixiao.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 等级表 — 财预〔2020〕10号 90/80/60 and the Hunan third-party 90/75/60 (RULES.md §3.5). */
class GradeTableTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "100    | 优",
        "98.79  | 优",
        "90     | 优",
        "90.00  | 优",
        "89.99  | 良",
        "80     | 良",
        "79.99  | 中",
        "60     | 中",
        "59.99  | 差",
        "0      | 差",
      })
  void tenSixtyEightyNinetyWithTheLowerBoundIncluded(String total, String grade) {
    assertThat(GradeTable.EXCELLENT_GOOD_FAIR_POOR.gradeOf(new BigDecimal(total))).isEqualTo(grade);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "90    | 优",
        "89    | 良",
        "75    | 良",
        "74.99 | 合格",
        "60    | 合格",
        "59.99 | 不合格",
      })
  void theThirdPartyPresetHasGoodFrom75(String total, String grade) {
    assertThat(GradeTable.EXCELLENT_GOOD_PASS_FAIL.gradeOf(new BigDecimal(total))).isEqualTo(grade);
  }

  @ParameterizedTest(name = "优 {0}: 90 → {1}, 90.01 → {2}")
  @CsvSource(
      delimiter = '|',
      value = {"true | 优 | 优", "false | 良 | 优"})
  void theLowerBoundMayBeExclusive(boolean inclusive, String at90, String above90) {
    GradeTable t =
        new GradeTable(
            "t",
            List.of(
                new Grade("良", new BigDecimal("80"), true),
                new Grade("优", new BigDecimal("90"), inclusive),
                new Grade("差", BigDecimal.ZERO, true),
                new Grade("中", new BigDecimal("60"), true)));

    assertThat(t.gradeOf(new BigDecimal("90"))).isEqualTo(at90);
    assertThat(t.gradeOf(new BigDecimal("90.01"))).isEqualTo(above90);
    assertThat(t.grades()).extracting(Grade::label).containsExactly("优", "良", "中", "差");
  }

  @Test
  void aTotalBelowEveryBandGetsTheLowestGrade() {
    GradeTable t =
        new GradeTable(
            "t",
            List.of(
                new Grade("合格", new BigDecimal("60"), true),
                new Grade("不合格", BigDecimal.ZERO, false)));

    assertThat(t.gradeOf(BigDecimal.ZERO)).isEqualTo("不合格");
  }

  @ParameterizedTest(name = "stated “{0}” vs computed {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "优       | 优   | true",
        "优秀     | 优   | true",
        "“优”     | 优   | true",
        "' 优 秀' | 优   | true",
        "良好     | 良   | true",
        "良       | 良   | true",
        "优       | 良   | false",
        "优秀     | 良   | false",
        "合格     | 不合格 | false",
        "不合格   | 合格 | false",
        "         | 优   | false",
      })
  void aPrintedGradeMayUseTheLongFormOfTheLabel(String stated, String computed, boolean same) {
    assertThat(GradeTable.EXCELLENT_GOOD_FAIR_POOR.sameGrade(stated, computed)).isEqualTo(same);
  }

  @Test
  void presetsAreFoundByIdAndAnEmptyTableIsRefused() {
    assertThat(GradeTable.preset("优良中差-90-80-60")).contains(GradeTable.EXCELLENT_GOOD_FAIR_POOR);
    assertThat(GradeTable.preset("优良合格不合格-90-75-60")).contains(GradeTable.EXCELLENT_GOOD_PASS_FAIL);
    assertThat(GradeTable.preset("优良中差")).isEmpty();
    assertThatThrownBy(() -> new GradeTable("t", List.of())).hasMessage("等级表不能为空");
    assertThatThrownBy(() -> new Grade("优", null, true)).hasMessage("等级需要名称和下限");
  }
}
