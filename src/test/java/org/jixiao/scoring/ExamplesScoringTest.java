package org.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jixiao.framework.Frameworks;
import org.jixiao.importing.FrameworkFileReader;
import org.jixiao.importing.YearFileReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 五个示例年度的评分 — the whole core over the five seed reports under the built-in frameworks, checked
 * against the figures a careful reviewer works out by hand (each expectation's arithmetic is in its
 * comment). The only test that reads files: it is a fixture test of the core, not of the importer.
 */
class ExamplesScoringTest {

  private static Frameworks frameworks;

  @BeforeAll
  static void loadBuiltInFrameworks() {
    frameworks = new FrameworkFileReader().load(null);
  }

  private static List<SheetResult> score(String file) {
    return new YearScorer(frameworks).score(new YearFileReader().read(Path.of("examples", file)));
  }

  private static SheetResult sheet(String file, String id) {
    return score(file).stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  private static ItemResult item(SheetResult r, String name) {
    return r.items().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
  }

  private static List<String> subtotals(SheetResult r, int level) {
    return r.subtotals().stream()
        .filter(s -> s.level() == level)
        .map(s -> s.name() + " " + s.score().points().stripTrailingZeros().toPlainString())
        .toList();
  }

  private static final String YIYANG = "000_d7c6b592d197c283.yaml";
  private static final String XIANGXI = "001_fe78408465235910.yaml";
  private static final String HESHAN = "002_98522caf6c7ffe6d.yaml";
  private static final String YANFENG = "003_43ef66c8b8926243.yaml";
  private static final String YUEYANGLOU = "004_acd62aefbad223bd.yaml";

  /**
   * 益阳 2024: 4624.56 / 5260.65 = 87.908…% → 8.79; every one of the 12 weighted rows is met (90
   * points), the three 不适用 rows drop out: 8.79 + 90 = 98.79 = the printed total, 优.
   */
  @Test
  void yiyang2024ReproducesTheReportsTotalAndGrade() {
    SheetResult r = sheet(YIYANG, "dept-self");

    assertThat(r.frameworkId()).isEqualTo("dept-self-10");
    assertThat(r.budgetExecution().score().points().toPlainString()).isEqualTo("8.79");
    assertThat(r.budgetExecution().status()).isEqualTo(ItemStatus.MATCHES_STATED);
    assertThat(r.budgetExecution().notes()).containsExactly("执行率 87.91% 低于 90.00%，应说明原因");
    assertThat(r.total().points().toPlainString()).isEqualTo("98.79");
    assertThat(r.total().points()).isEqualByComparingTo(r.statedTotal());
    assertThat(r.grade()).isEqualTo("优");
    assertThat(r.statedGrade()).isEqualTo("优");
    assertThat(r.items())
        .extracting(ItemResult::status)
        .containsOnly(ItemStatus.MATCHES_STATED, ItemStatus.ACCEPTED_STATED, ItemStatus.EXCLUDED);
    assertThat(r.items()).filteredOn(i -> i.status() == ItemStatus.EXCLUDED).hasSize(3);
    assertThat(subtotals(r, 1)).containsExactly("产出指标 40", "效益指标 20", "满意度指标 10", "成本指标 20");
    assertThat(r.notes()).isEmpty();
  }

  /**
   * 湘西 2022: the report lists its 13 indicators without weights, so no total can be computed;
   * 8675.33 / 9853.12 = 88.046…% → 8.80 agrees with the printed 8.8.
   */
  @Test
  void xiangxi2022HasNoIndicatorWeightsSoNoTotal() {
    SheetResult r = sheet(XIANGXI, "dept-self");

    assertThat(r.budgetExecution().score().points().toPlainString()).isEqualTo("8.80");
    assertThat(r.budgetExecution().statedScore().toPlainString()).isEqualTo("8.8");
    assertThat(r.budgetExecution().status()).isEqualTo(ItemStatus.MATCHES_STATED);
    assertThat(r.total().isScored()).isFalse();
    assertThat(r.total().reason()).isEqualTo("13 项未评分（指标1、指标2、指标3、指标4、指标5 等），已评分部分合计 8.8");
    assertThat(r.grade()).isNull();
    assertThat(r.statedTotal()).isEqualByComparingTo("98.8");
    assertThat(r.items())
        .hasSize(13)
        .allSatisfy(i -> assertThat(i.score().reason()).isEqualTo("评分表未列该指标的分值，无法评分"));
  }

  /**
   * 赫山 2020 under the 53号 framework: every row is the evaluator's score within its weight; 投入
   * 2+3+4+5+5 = 19, 过程 20 + 5 + 5 = 30, 产出 8+4+8+9 = 29, 效果 20 → 98 = printed, “优秀” = 优.
   */
  @Test
  void heshan2020ReproducesTheReportsTotalUnderThe53Framework() {
    SheetResult r = sheet(HESHAN, "dept-overall-2020");

    assertThat(r.frameworkId()).isEqualTo("dept-53-heshan");
    assertThat(r.budgetExecution()).isNull();
    assertThat(r.total().points()).isEqualByComparingTo("98");
    assertThat(r.total().points()).isEqualByComparingTo(r.statedTotal());
    assertThat(r.grade()).isEqualTo("优");
    assertThat(
            frameworks
                .find("dept-53-heshan")
                .orElseThrow()
                .grades()
                .sameGrade(r.statedGrade(), r.grade()))
        .isTrue();
    assertThat(subtotals(r, 1)).containsExactly("投入 19", "过程 30", "产出 29", "效果 20");
    assertThat(item(r, "在职人员控制率").score().points()).isEqualByComparingTo("4");
    // the two 管理制度健全性 rows land under 预算管理 and 资产管理
    assertThat(r.items())
        .filteredOn(i -> i.name().equals("管理制度健全性"))
        .extracting(ItemResult::path)
        .containsExactly("过程 / 预算管理 / 管理制度健全性", "过程 / 资产管理 / 管理制度健全性");
    assertThat(r.items()).extracting(ItemResult::status).containsOnly(ItemStatus.ACCEPTED_STATED);
    assertThat(r.notes()).isEmpty();
  }

  /**
   * 雁峰 2023 (third party, 90/75/60): 投入 3+3+2+2+2+2 = 14, 过程 26, 产出 34, 效果 15 → 89, 良. The score
   * table prints 投入 15 against its own indicators' 14.
   */
  @Test
  void yanfeng2023ReproducesTheReportsTotalAndShowsTheMisaddedInputSubtotal() {
    SheetResult r = sheet(YANFENG, "dept-evaluation");

    assertThat(r.total().points()).isEqualByComparingTo("89");
    assertThat(r.total().points()).isEqualByComparingTo(r.statedTotal());
    assertThat(r.grade()).isEqualTo("良").isEqualTo(r.statedGrade());
    assertThat(subtotals(r, 1)).containsExactly("投入 14", "过程 26", "产出 34", "效果 15");
    SubtotalResult input =
        r.subtotals().stream().filter(s -> s.name().equals("投入")).findFirst().orElseThrow();
    assertThat(input.statedScore()).isEqualByComparingTo("15");
    assertThat(input.score().points()).isEqualByComparingTo("14");
  }

  /** 雁峰 2023 computed lines: 40 / 42 = 95.24% > 80%; 三公 0 / 0 → full marks by the framework. */
  @Test
  void yanfeng2023ComputesWhatItsFiguresAllow() {
    SheetResult r = sheet(YANFENG, "dept-evaluation");

    ItemResult staff = item(r, "在职人员控制率");
    assertThat(Ratios.percent(staff.value())).isEqualTo("95.24%");
    assertThat(staff.status()).isEqualTo(ItemStatus.MATCHES_STATED);
    assertThat(item(r, "三公经费变动率").explanation().result()).contains("变动率无意义").contains("得满分");
    assertThat(item(r, "“三公经费”控制率").explanation().result()).contains("分母为零给满分");
    assertThat(Ratios.percent(item(r, "重点支出安排率").value())).isEqualTo("99.04%");
    ItemResult satisfaction = item(r, "服务满意度");
    assertThat(Ratios.percent(satisfaction.value())).isEqualTo("81.25%");
    assertThat(satisfaction.status()).isEqualTo(ItemStatus.ACCEPTED_STATED);
  }

  @Test
  void yanfeng2023MeasuresTheWholeDepartmentsBudgetCompletion() {
    ItemResult completion = item(sheet(YANFENG, "dept-evaluation"), "预算完成率");

    assertThat(Ratios.percent(completion.value())).isEqualTo("99.08%");
  }

  /**
   * 岳阳楼区 2023 department table: 职称评定通过率 target ≤55%, actual 100% → 2 × (1 − 45/55) = 0.3636… →
   * 0.36, not the printed 2; every other row agrees: 10 + 48.36 + 27 + 10 = 95.36 against 97.
   */
  @Test
  void yueyanglou2023DepartmentTableScores9536Not97() {
    SheetResult r = sheet(YUEYANGLOU, "dept-self");

    assertThat(r.total().points().toPlainString()).isEqualTo("95.36");
    assertThat(r.statedTotal()).isEqualByComparingTo("97");
    assertThat(r.grade()).isEqualTo("优");
    ItemResult passRate = item(r, "职称评定通过率");
    assertThat(passRate.score().points().toPlainString()).isEqualTo("0.36");
    assertThat(passRate.statedScore()).isEqualByComparingTo("2");
    assertThat(passRate.status()).isEqualTo(ItemStatus.DIFFERS_FROM_STATED);
    assertThat(r.items())
        .filteredOn(i -> i.status() == ItemStatus.DIFFERS_FROM_STATED)
        .extracting(ItemResult::name)
        .containsExactly("职称评定通过率");
    assertThat(subtotals(r, 1)).containsExactly("产出指标 48.36", "效益指标 27", "满意度指标 10");
    assertThat(r.budgetExecution().score().points()).isEqualByComparingTo("10");
  }

  /**
   * 3-5: 84.69 / 92 = 92.054…% → 9.21 against the printed 9.20; the rest is 90 → 99.21 vs 99.20.
   */
  @Test
  void yueyanglou2023Project35BudgetScores921Not920() {
    SheetResult r = sheet(YUEYANGLOU, "project-3-5");

    ItemResult budget = r.budgetExecution();
    assertThat(budget.actual()).isEqualTo("92.05%");
    assertThat(budget.score().points().toPlainString()).isEqualTo("9.21");
    assertThat(budget.statedScore().toPlainString()).isEqualTo("9.20");
    assertThat(budget.status()).isEqualTo(ItemStatus.DIFFERS_FROM_STATED);
    assertThat(r.total().points().toPlainString()).isEqualTo("99.21");
    assertThat(r.statedTotal()).isEqualByComparingTo("99.20");
  }

  /**
   * The seven project tables under project-self-10. 3-1 repeats 职称评定通过率 (≤55%, actual 100%) at
   * weight 5, which scores 5 × (1 − 45/55) = 0.909… → 0.91, so 100 − 5 + 0.91 = 95.91; the other
   * tables reproduce their printed totals.
   */
  @ParameterizedTest(name = "{0}: {1} (printed {2})")
  @CsvSource(
      delimiter = '|',
      value = {
        "project-3-1 | 95.91  | 100",
        "project-3-2 | 100.00 | 100",
        "project-3-3 | 100.00 | 100",
        "project-3-4 | 100.00 | 100",
        "project-3-5 | 99.21  | 99.20",
        "project-3-6 | 100.00 | 100",
        "project-3-7 | 100.00 | 100",
      })
  void yueyanglou2023ProjectTables(String id, String total, String stated) {
    SheetResult r = sheet(YUEYANGLOU, id);

    assertThat(r.frameworkId()).isEqualTo("project-self-10");
    assertThat(r.total().points().toPlainString()).isEqualTo(total);
    assertThat(r.statedTotal()).isEqualByComparingTo(stated);
    assertThat(r.grade()).isEqualTo("优");
    assertThat(r.notes()).isEmpty();
  }
}
