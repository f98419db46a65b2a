package org.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.framework.FrameworkFixture.checklist;
import static org.jixiao.framework.FrameworkFixture.deduction;
import static org.jixiao.framework.FrameworkFixture.manual;
import static org.jixiao.framework.FrameworkFixture.node;
import static org.jixiao.framework.FrameworkFixture.survey;
import static org.jixiao.framework.FrameworkFixture.threshold;
import static org.jixiao.scoring.SheetFixture.row;
import static org.jixiao.scoring.SheetScorerTest.item;
import static org.jixiao.scoring.SheetScorerTest.subtotal;
import static org.jixiao.scoring.YearFixture.line;

import org.jixiao.budget.DepartmentYear;
import org.jixiao.budget.ScoreSheet;
import org.jixiao.budget.TableKind;
import org.jixiao.framework.Framework;
import org.jixiao.framework.FrameworkFixture;
import org.junit.jupiter.api.Test;

/**
 * 按指标体系计分 — a fixed framework (53号-style tree with its own weights): every leaf is scored, matched
 * to the report's rows by code or name (and level 2 where two leaves share a name), with level-1
 * and level-2 subtotals beside the printed ones.
 */
class SubtotalsTest {

  /**
   * 投入 20 (目标设定 5, 预算配置 15) · 过程 30 (预算管理 10, 资产管理 20) · 产出 30 (one leaf directly under it) · 效果 20
   * (满意度 20).
   */
  static FrameworkFixture.Spec tree(String threePublicZero) {
    return FrameworkFixture.framework("dept-tree")
        .name("部门整体支出绩效评价指标（测试）")
        .indicators(
            node("投入", "20")
                .children(
                    node("目标设定", "5")
                        .children(
                            node("绩效目标合理性", "2").rule(checklist()),
                            node("绩效指标明确性", "3").rule(checklist())),
                    node("预算配置", "15")
                        .children(
                            node("在职人员控制率", "5")
                                .formula("STAFF_CONTROL_RATE")
                                .rule(deduction("1.00", "ABOVE", "0.01", "0.5", "LINEAR")),
                            node("“三公经费”控制率", "5")
                                .aliases("三公经费控制率")
                                .formula("THREE_PUBLIC_CONTROL_RATE")
                                .zeroDenominator(threePublicZero)
                                .rule(threshold("<=", "1.00", "ZERO")),
                            node("重点支出安排率", "5").rule(manual()))),
            node("过程", "30")
                .children(
                    node("预算管理", "10")
                        .children(
                            node("管理制度健全性", "5").rule(checklist()),
                            node("资金使用合规性", "5").rule(manual())),
                    node("资产管理", "20")
                        .children(
                            node("管理制度健全性", "10").rule(checklist()),
                            node("固定资产利用率", "10")
                                .formula("FIXED_ASSET_UTILISATION_RATE")
                                .rule(threshold(">=", "0.90", "MANUAL")))),
            node("产出", "30").children(node("实际完成率", "30").rule(manual())),
            node("效果", "20")
                .children(
                    node("满意度", "20")
                        .children(
                            node("服务对象满意度", "20")
                                .formula("SURVEY_SATISFACTION_RATE")
                                .rule(survey("0.90")))));
  }

  static final Framework TREE = tree("FULL_MARKS").build();

  /** 在职 40 / 编制 42; 三公 39.76 / 58; 在用固定资产 450 / 500; 满意度 39 / 48. */
  static YearFixture figures() {
    return YearFixture.year()
        .staffing(42, 40)
        .table(TableKind.THREE_PUBLIC, "三公经费", line("三公经费").initial("58").actual("39.76"))
        .table(
            TableKind.FIXED_ASSETS,
            "固定资产",
            line("合计").consolidated().actual("500").items(line("在用固定资产").actual("450")))
        .survey(MeasurementsTest.Satisfaction.yanfeng());
  }

  /** The report's rows; 资产管理's 管理制度健全性 comes first, to be matched by its level 2. */
  static SheetFixture report() {
    return report("5");
  }

  static SheetFixture report(String threePublicStated) {
    return SheetFixture.department()
        .framework("dept-tree")
        .row(row("投入", "绩效目标合理性").level2("目标设定").weight("2").stated("2"))
        .row(row("投入", "绩效指标明确性").level2("目标设定").weight("3").stated("3"))
        .row(row("投入", "在职人员控制率").level2("预算配置").weight("5").stated("5"))
        .row(row("投入", "三公经费控制率").level2("预算配置").weight("5").stated(threePublicStated))
        .row(row("投入", "重点支出安排率").level2("预算配置").weight("5").stated("4"))
        .row(row("过程", "管理制度健全性").level2("资产管理").weight("10").stated("8"))
        .row(row("过程", "管理制度健全性").level2("预算管理").weight("5").stated("5"))
        .row(row("过程", "资金使用合规性").level2("预算管理").weight("5").stated("5"))
        .row(row("过程", "固定资产利用率").level2("资产管理").weight("10").stated("10"))
        .row(row("产出", "实际完成率").level2("职责履行").weight("30").stated("27"))
        .row(row("效果", "服务对象满意度").level2("满意度").weight("20").stated("16.25"))
        .subtotal(1, "投入（20分）", "20", "19")
        .subtotal(2, "预算配置", "15", "14")
        .subtotal(2, "资产管理", "20", "18")
        .statedTotal("90.25")
        .statedGrade("优秀");
  }

  static SheetResult score(YearFixture figures, SheetFixture report, Framework f) {
    ScoreSheet sheet = report.build();
    DepartmentYear year = figures.sheet(sheet).build();
    return new SheetScorer().score(year, sheet, f);
  }

  static ItemResult itemAt(SheetResult r, String path) {
    return r.items().stream().filter(i -> i.path().equals(path)).findFirst().orElseThrow();
  }

  @Test
  void everyLeafIsScoredFromTheFiguresOrTheReport() {
    SheetResult r = score(figures(), report(), TREE);

    assertThat(r.items()).hasSize(11);
    assertThat(item(r, "在职人员控制率").score().points()).isEqualByComparingTo("5");
    assertThat(item(r, "在职人员控制率").status()).isEqualTo(ItemStatus.MATCHES_STATED);
    assertThat(item(r, "在职人员控制率").explanation().result()).startsWith("在职人员控制率 95.24%；");
    assertThat(item(r, "三公经费控制率").score().points()).isEqualByComparingTo("5");
    assertThat(item(r, "固定资产利用率").score().points()).isEqualByComparingTo("10");
    // 20 × 81.25% = 16.25
    assertThat(item(r, "服务对象满意度").score().points()).isEqualByComparingTo("16.25");
    assertThat(item(r, "服务对象满意度").status()).isEqualTo(ItemStatus.MATCHES_STATED);
    assertThat(item(r, "重点支出安排率").status()).isEqualTo(ItemStatus.ACCEPTED_STATED);
    assertThat(r.budgetExecution()).isNull();
    assertThat(r.total().points()).isEqualByComparingTo("90.25");
    assertThat(r.grade()).isEqualTo("优");
    assertThat(r.notes()).isEmpty();
  }

  @Test
  void twoLeavesWithTheSameNameAreToldApartByLevelTwo() {
    SheetResult r = score(figures(), report(), TREE);

    ItemResult budget = itemAt(r, "过程 / 预算管理 / 管理制度健全性");
    ItemResult assets = itemAt(r, "过程 / 资产管理 / 管理制度健全性");
    assertThat(budget.weight()).isEqualByComparingTo("5");
    assertThat(budget.statedScore()).isEqualByComparingTo("5");
    assertThat(assets.weight()).isEqualByComparingTo("10");
    assertThat(assets.statedScore()).isEqualByComparingTo("8");
    assertThat(budget.notes()).isEmpty();
    assertThat(assets.notes()).isEmpty();
  }

  @Test
  void levelOneAndLevelTwoSubtotalsFollowTheTree() {
    SheetResult r = score(figures(), report(), TREE);

    assertThat(r.subtotals())
        .extracting(s -> s.level() + " " + s.name() + " " + s.score().points().toPlainString())
        .containsExactly(
            "1 投入 19.00",
            "2 目标设定 5.00",
            "2 预算配置 14.00",
            "1 过程 28.00",
            "2 预算管理 10.00",
            "2 资产管理 18.00",
            "1 产出 27.00",
            "1 效果 16.25",
            "2 满意度 16.25");
  }

  @Test
  void printedSubtotalsAreMatchedByNameWithTheirPointsStripped() {
    SheetResult r = score(figures(), report(), TREE);

    SubtotalResult input = subtotal(r, 1, "投入");
    assertThat(input.weight()).isEqualByComparingTo("20");
    assertThat(input.itemWeights()).isEqualByComparingTo("20");
    assertThat(input.statedWeight()).isEqualByComparingTo("20");
    assertThat(input.statedScore()).isEqualByComparingTo("19");
    assertThat(subtotal(r, 2, "资产管理").statedScore()).isEqualByComparingTo("18");
    assertThat(subtotal(r, 2, "预算配置").statedScore()).isEqualByComparingTo("14");
    assertThat(subtotal(r, 1, "过程").statedScore()).isNull();
  }

  @Test
  void aLeafTheReportLacksIsNotedAndLeavesTheTotalUnscored() {
    SheetFixture withoutCompliance =
        SheetFixture.department().row(row("投入", "绩效目标合理性").level2("目标设定").weight("2").stated("2"));
    SheetResult r = score(figures(), withoutCompliance, TREE);

    ItemResult compliance = item(r, "资金使用合规性");
    assertThat(compliance.notes()).containsExactly("报告中没有这一指标");
    assertThat(compliance.status()).isEqualTo(ItemStatus.NOT_SCORED);
    // a leaf the figures can score is scored all the same, with the same note
    assertThat(item(r, "在职人员控制率").score().points()).isEqualByComparingTo("5");
    assertThat(item(r, "在职人员控制率").notes()).containsExactly("报告中没有这一指标");
    assertThat(r.total().isScored()).isFalse();
    assertThat(r.total().reason()).startsWith("6 项未评分（绩效指标明确性、重点支出安排率、管理制度健全性、资金使用合规性、管理制度健全性 等）");
  }

  @Test
  void aRowTheFrameworkLacksIsNotedOnTheSheet() {
    SheetResult r =
        score(
            figures(),
            report()
                .row(row("过程", "机关运行经费控制率").level2("预算执行").weight("2").stated("2"))
                .row(row("过程", "不适用").target("不适用")),
            TREE);

    assertThat(r.notes()).containsExactly("报告中的指标“机关运行经费控制率”在指标体系中找不到对应项，未评分");
    assertThat(r.items()).extracting(ItemResult::name).doesNotContain("机关运行经费控制率", "不适用");
    assertThat(r.total().points()).isEqualByComparingTo("90.25");
  }

  @Test
  void aPrintedWeightThatDiffersFromTheFrameworkIsNotedAndTheFrameworksIsUsed() {
    SheetFixture changed =
        SheetFixture.department().row(row("投入", "重点支出安排率").level2("预算配置").weight("4").stated("4"));
    ItemResult key = item(score(figures(), changed, TREE), "重点支出安排率");

    assertThat(key.notes()).containsExactly("报告所列分值 4 与指标体系分值 5 不同");
    assertThat(key.weight()).isEqualByComparingTo("5");
    assertThat(key.status()).isEqualTo(ItemStatus.ACCEPTED_STATED);
  }

  @Test
  void rowsAreMatchedByCodeBeforeName() {
    Framework coded =
        FrameworkFixture.framework("coded")
            .indicators(
                node("投入", "100")
                    .code("A")
                    .children(
                        node("预算配置", "100")
                            .code("A2")
                            .children(
                                node("在职人员控制率", "50").code("A22").rule(manual()),
                                node("重点支出安排率", "50").code("A24").rule(manual()))))
            .build();
    SheetFixture sheet =
        SheetFixture.department()
            .row(row("投入", "行政编制人员控制率").code("A22").weight("50").stated("45"))
            .row(row("投入", "重点支出安排率").code("a24").weight("50").stated("50"));
    SheetResult r = score(YearFixture.year(), sheet, coded);

    assertThat(itemAt(r, "投入 / 预算配置 / 在职人员控制率").statedScore()).isEqualByComparingTo("45");
    assertThat(itemAt(r, "投入 / 预算配置 / 在职人员控制率").name()).isEqualTo("行政编制人员控制率");
    assertThat(itemAt(r, "投入 / 预算配置 / 在职人员控制率").code()).isEqualTo("A22");
    assertThat(r.total().points()).isEqualByComparingTo("95");
    assertThat(r.notes()).isEmpty();
  }
}
