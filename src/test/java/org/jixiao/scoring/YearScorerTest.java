package org.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.scoring.SheetFixture.row;

import java.util.List;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.framework.FrameworkFixture;
import org.jixiao.framework.Frameworks;
import org.junit.jupiter.api.Test;

/** 年度评分 — every sheet of a year, each under the framework it names or its kind's default. */
class YearScorerTest {

  private static final Frameworks FRAMEWORKS =
      new Frameworks(
          List.of(
              FrameworkFixture.selfEvaluation().build(),
              FrameworkFixture.projectSelfEvaluation().build()));

  @Test
  void sheetsWithoutAFrameworkUseTheDefaultForTheirKind() {
    DepartmentYear year =
        YearFixture.year()
            .sheet(
                SheetFixture.department()
                    .funds("2123.42", "5260.65", "4624.56", "8.79")
                    .row(row("产出指标", "城镇登记失业率").values("≤4.5%", "1.52%", "90", "90")))
            .sheet(
                SheetFixture.project()
                    .funds("0", "92", "84.69", "9.20")
                    .row(row("产出指标", "公开招聘事业单位人数").values("45人", "45人", "50", "50"))
                    .row(row("效益指标", "促进就业公平等").values("有效促进", "有效促进", "30", "30"))
                    .row(row("满意度指标", "群众满意度").values("≥95%", "100%", "10", "10")))
            .build();

    List<SheetResult> results = new YearScorer(FRAMEWORKS).score(year);

    assertThat(results)
        .extracting(SheetResult::frameworkId)
        .containsExactly(
            YearScorer.DEFAULT_DEPARTMENT_FRAMEWORK, YearScorer.DEFAULT_PROJECT_FRAMEWORK);
    assertThat(results.get(0).kind()).isEqualTo("DEPARTMENT");
    assertThat(results.get(0).total().points()).isEqualByComparingTo("98.79");
    assertThat(results.get(1).kind()).isEqualTo("PROJECT");
    assertThat(results.get(1).total().points()).isEqualByComparingTo("99.21");
  }

  @Test
  void aSheetNamingAnUnknownFrameworkIsReportedNotSkipped() {
    DepartmentYear year =
        YearFixture.year()
            .sheet(
                SheetFixture.department()
                    .framework("dept-hunan-2016")
                    .statedTotal("92.5")
                    .statedGrade("优")
                    .row(row("投入", "在职人员控制率").values("≤100%", "95%", "5", "5")))
            .build();

    List<SheetResult> results = new YearScorer(FRAMEWORKS).score(year);

    assertThat(results).hasSize(1);
    SheetResult r = results.get(0);
    assertThat(r.frameworkId()).isEqualTo("dept-hunan-2016");
    assertThat(r.frameworkName()).isNull();
    assertThat(r.total().isScored()).isFalse();
    assertThat(r.total().reason()).isEqualTo("未知的指标体系“dept-hunan-2016”");
    assertThat(r.notes()).containsExactly("未知的指标体系“dept-hunan-2016”");
    assertThat(r.statedTotal()).isEqualByComparingTo("92.5");
    assertThat(r.statedGrade()).isEqualTo("优");
    assertThat(r.grade()).isNull();
    assertThat(r.items()).isEmpty();
  }

  @Test
  void theFrameworkIdComesFromTheSheetFirst() {
    assertThat(YearScorer.frameworkId(SheetFixture.department().framework(" ").build()))
        .isEqualTo("dept-self-10");
    assertThat(YearScorer.frameworkId(SheetFixture.project().build())).isEqualTo("project-self-10");
    assertThat(YearScorer.frameworkId(SheetFixture.project().framework("dept-53-heshan").build()))
        .isEqualTo("dept-53-heshan");
  }
}
