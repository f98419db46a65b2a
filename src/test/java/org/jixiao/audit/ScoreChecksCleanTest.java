package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ScoreFixture.dept;
import static org.jixiao.audit.ScoreFixture.ind;
import static org.jixiao.audit.ScoreFixture.line;
import static org.jixiao.audit.ScoreFixture.project;
import static org.jixiao.audit.ScoreFixture.thirdPartySheet;
import static org.jixiao.audit.ScoreFixture.year;

import java.util.List;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.budget.ReportKind;
import org.jixiao.budget.TableKind;
import org.junit.jupiter.api.Test;

/**
 * Two clean documents of different shapes, whose scores, totals, weights, grades, deviations and
 * targets all agree: the score family must report no ERROR and no WARNING on them.
 */
class ScoreChecksCleanTest {

  /**
   * A Hunan department self-evaluation (万元): department sheet with 12 indicators under 产出 / 效益 /
   * 满意度, two project sheets, 三公 and basic-data tables, a narrative.
   */
  static DepartmentYear hunanSelfEvaluation() {
    ScoreFixture.Sheet department =
        dept("2024 年度部门整体支出绩效自评表")
            .funds("993.60", "1034.36", "1034.36", "100%", "10")
            .row("产出指标", "数量指标", "新增城镇就业人数", "≥8200人", "8854人", "8", "8")
            .row("产出指标", "数量指标", "职业技能培训人数", "1000人", "1026人", "6", "6")
            .row("产出指标", "数量指标", "失业保险参保人数", "≥27000人", "27612人", "6", "6")
            .row("产出指标", "质量指标", "劳动人事争议仲裁结案率", "≥90%", "95%", "6", "6")
            .row("产出指标", "质量指标", "城镇登记失业率", "≤4.5%", "3.8%", "6", "6")
            .row("产出指标", "时效指标", "社会保险待遇发放", "按时发放", "按时发放", "6", "6")
            .row("产出指标", "时效指标", "年度招聘工作完成时间", "2024年12月31日前", "2024年11月30日", "6", "6")
            .row("产出指标", "成本指标", "三公经费控制率", "≤100%", "68.55%", "6", "6")
            .row("效益指标", "社会效益指标", "保障农民工权益维护社会稳定", "稳定", "稳定", "15", "15")
            .row(
                ind("效益指标", "可持续影响指标", "构建和谐劳动关系")
                    .target("有效保障")
                    .actual("有效保障")
                    .weight("15")
                    .score("14")
                    .reason("欠薪案件平均办结周期 38 天，超过 30 天的要求；下年度建立周调度机制。"))
            .row("满意度指标", "服务对象满意度指标", "服务对象满意率", "≥95%", "98%", "5", "5")
            .row("满意度指标", "服务对象满意度指标", "办理案件服务满意率", "≥95%", "97%", "5", "5")
            .subtotal(1, "产出指标", "50", "50")
            .subtotal(1, "效益指标", "30", "29")
            .subtotal(1, "满意度指标", "10", "10")
            .totalWeight("100")
            .total("99")
            .grade("优");
    ScoreFixture.Sheet archives =
        project("附件3-1 2024年度项目支出绩效自评表")
            .funds("130", "107.96", "107.96", "100%", "10")
            .row("产出指标", "数量指标", "人事人才档案管理数", "≥5000份", "5500份", "10", "10")
            .row("产出指标", "质量指标", "人事档案规范整理完成度", "≥98%", "99%", "10", "10")
            .row("产出指标", "时效指标", "档案整理完成时间", "12月31日前完成", "12月20日", "10", "10")
            .row("产出指标", "成本指标", "档案管理成本", "≤57万元", "47.96万元", "20", "20")
            .row("效益指标", "社会效益指标", "保障国企退休人员待遇", "有效保障", "有效保障", "30", "30")
            .row("满意度指标", "服务对象满意度指标", "群众满意度", "≥95%", "100%", "10", "10")
            .total("100");
    ScoreFixture.Sheet recruitment =
        project("附件3-5 2024年度项目支出绩效自评表")
            .funds("0", "92", "88.32", "96%", "9.6")
            .row("产出指标", "数量指标", "公开招聘事业单位人数", "45人", "45人", "15", "15")
            .row("产出指标", "质量指标", "招聘程序合规率", "100%", "100%", "15", "15")
            .row("产出指标", "成本指标", "预算控制", "≤92万元", "88.32万元", "20", "20")
            .row("效益指标", "社会效益指标", "促进就业公平", "有效促进", "有效促进", "30", "30")
            .row("满意度指标", "服务对象满意度指标", "考生满意度", "≥95%", "99%", "10", "10")
            .total("99.6");
    return year()
        .staffing(15, 15)
        .table(
            "basic-data.three-public",
            TableKind.THREE_PUBLIC,
            "经费控制情况——三公经费",
            line("三公经费")
                .initial("58")
                .actual("39.76")
                .lastYear("48.59")
                .items(
                    line("1、公务用车购置和维护经费").initial("28").actual("22.68").lastYear("29.46"),
                    line("2、出国经费").initial("0").actual("0").lastYear("0"),
                    line("3、公务接待").initial("30").actual("17.08").lastYear("19.13")))
        .table(
            "basic-data.public-funds",
            TableKind.PUBLIC_FUNDS,
            "经费控制情况——公用经费",
            line("公用经费")
                .initial("64.8")
                .actual("61.05")
                .lastYear("81.14")
                .items(
                    line("其中：办公经费").initial("2").actual("2"),
                    line("水费、电费、差旅费").initial("4.7").actual("4.7")))
        .table(
            "text.expenditure",
            TableKind.EXPENDITURE,
            "2024年部门支出情况",
            line("支出合计")
                .initial("993.60")
                .fullYear("1034.36")
                .actual("1034.36")
                .items(
                    line("基本支出").initial("360.71").fullYear("360.71").actual("360.71"),
                    line("项目支出").initial("632.89").fullYear("673.65").actual("673.65")))
        .sheet(department)
        .sheet(archives)
        .sheet(recruitment)
        .narrative("一、部门基本情况", "我局内设科室 8 个，编制 15 人，实有在职 15 人。")
        .narrative(
            "二、部门整体支出绩效情况",
            "2024 年全年预算 1034.36 万元，全年执行 1034.36 万元，预算执行率 100%。城镇新增就业 8854 人，完成目标任务的 108%。")
        .narrative("三、绩效自评结论", "部门整体支出绩效自评得分 99 分，等级为“优”。")
        .build();
  }

  /**
   * A third-party evaluation (元) under a fixed 4-level-1 framework: per-unit expenditure table with
   * a consolidated row and function-code lines, printed subtotals at both levels, deductions with
   * their reasons, a threshold rule stated in the report and met.
   */
  static DepartmentYear thirdPartyEvaluation() {
    ScoreFixture.Sheet sheet =
        thirdPartySheet("部门整体支出绩效评价评分结果表")
            .row(
                ind("投入", "目标设定", "绩效目标合理性")
                    .code("A11")
                    .weight("3")
                    .score("3")
                    .criterion("根据评分规则，分值 3 分，得 3 分。")
                    .analysis("年度绩效目标与部门职责相符。根据评分规则，分值 3 分，得 3 分。"))
            .row(ind("投入", "目标设定", "绩效指标明确性").code("A12").weight("3").score("3"))
            .row(
                ind("投入", "预算配置", "预算编制合理性")
                    .code("A21")
                    .weight("3")
                    .score("2")
                    .criterion("根据评分规则，预算编制合理性分值 3 分，得 2 分。")
                    .analysis("基本支出预算编制依据充分，项目支出未有细化的工作计划及预算。根据评分规则，预算编制合理性分值 3 分，得 2 分。"))
            .row(
                ind("投入", "预算配置", "在职人员控制率")
                    .code("A22")
                    .weight("3")
                    .score("3")
                    .value("95.24%")
                    .criterion("根据评分规则，在职人员控制率小于等于 100%，分值 3 分，得 3 分。"))
            .row(
                ind("投入", "预算配置", "三公经费控制率")
                    .code("A23")
                    .weight("3")
                    .score("3")
                    .criterion("根据评分规则，“三公经费”无预算、无支出，分值 3 分，得 3 分。"))
            .row(
                ind("过程", "预算执行", "预算完成率")
                    .code("B11")
                    .weight("5")
                    .score("5")
                    .value("99.08%")
                    .criterion("根据评分规则，预算完成率大于 90%，分值 5 分，得 5 分。"))
            .row(
                ind("过程", "预算执行", "结转结余变动率")
                    .code("B12")
                    .weight("5")
                    .score("5")
                    .value("-5.01%")
                    .criterion("根据评分规则，结转结余变动率小于 10%，分值 5 分，得 5 分。"))
            .row(ind("过程", "业务管理", "管理制度健全性").code("B21").weight("5").score("5"))
            .row(ind("过程", "业务管理", "资金使用合规性").code("B22").weight("5").score("5"))
            .row(
                ind("过程", "业务管理", "预决算信息公开")
                    .code("B23")
                    .weight("5")
                    .score("4")
                    .analysis("部门按时公开了预算信息。但决算公开晚于规定时限 12 天，公开不及时。根据评分规则，分值 5 分，得 4 分。"))
            .row(ind("产出", "实际完成情况", "稳就业").code("C11").weight("10").score("10"))
            .row(
                ind("产出", "实际完成情况", "保社保")
                    .code("C12")
                    .weight("10")
                    .score("9")
                    .analysis("城乡居民养老保险参保 17053 人。全年扩面任务完成率 96%，尚未完成扩面任务。根据评分规则，分值 10 分，得分 9 分。"))
            .row(ind("产出", "完成及时率", "完成及时率").code("C2").weight("10").score("10"))
            .row(ind("产出", "成本控制情况", "成本控制情况").code("C3").weight("10").score("10"))
            .row(ind("效果", "社会效益", "就业政策落实").code("D11").weight("15").score("15"))
            .row(
                ind("效果", "满意度", "服务满意度")
                    .code("D21")
                    .weight("5")
                    .score("4")
                    .value("81.25%")
                    .analysis(
                        "本次调查有效回答 16 份，综合满意度 81.25%，有 3 人对办事效率评价一般，服务效率偏低。根据评分标准，分值 5 分，得 4 分。"))
            .subtotal(2, "目标设定", "6", "6")
            .subtotal(2, "预算配置", "9", "8")
            .subtotal(2, "预算执行", "10", "10")
            .subtotal(2, "业务管理", "15", "14")
            .subtotal(2, "实际完成情况", "20", "19")
            .subtotal(2, "社会效益", "15", "15")
            .subtotal(2, "满意度", "5", "4")
            .subtotal(1, "投入", "15", "14", "评分表“投入小计”行")
            .subtotal(1, "过程", "25", "24", "评分表“过程小计”行")
            .subtotal(1, "产出", "40", "39", "评分表“产出小计”行")
            .subtotal(1, "效果", "20", "19", "评分表“效果小计”行")
            .subtotal(1, "投入", "15", "14", "正文 六、（一）")
            .totalWeight("100")
            .total("96")
            .grade("优");
    return year()
        .amountUnit("元")
        .kind(ReportKind.THIRD_PARTY)
        .staffing(42, 40)
        .table(
            "expenditure-by-unit",
            TableKind.EXPENDITURE,
            "支出决算表（按单位）",
            line("支出合计")
                .unit("部门汇总", true)
                .fullYear("88862851.06")
                .actual("88044648.36")
                .items(
                    line("基本支出").fullYear("3395742.00").actual("3395742.00"),
                    line("项目支出").fullYear("85467109.06").actual("84648906.36")),
            line("支出合计").unit("1、局机关", false).fullYear("60000000.00").actual("59500000.00"),
            line("支出合计").unit("2、就业服务中心", false).fullYear("28862851.06").actual("28544648.36"))
        .table(
            "function-class",
            TableKind.FUNCTION_CLASS,
            "支出决算表（按功能分类）",
            line("社会保障和就业支出")
                .code("208")
                .actual("88044648.36")
                .items(
                    line("人力资源和社会保障管理事务").code("20801").actual("3395742.00"),
                    line("就业补助").code("20807").actual("84648906.36")))
        .table(
            "three-public",
            TableKind.THREE_PUBLIC,
            "“三公”经费预算与支出",
            line("“三公”经费").initial("0.00").actual("0.00"))
        .sheet(sheet)
        .narrative("五、评价结论", "本项目财政支出绩效评价得分为 96 分，评价等级为优。")
        .build();
  }

  @Test
  void aCleanHunanSelfEvaluationHasNoErrorOrWarning() {
    assertNoErrorOrWarning(hunanSelfEvaluation());
  }

  @Test
  void aCleanThirdPartyEvaluationHasNoErrorOrWarning() {
    assertNoErrorOrWarning(thirdPartyEvaluation());
  }

  private static void assertNoErrorOrWarning(DepartmentYear year) {
    List<Finding> findings = ScoreFixture.runAll(year);
    assertThat(findings)
        .filteredOn(f -> f.severity() != Severity.INFO)
        .as("ERROR/WARNING findings on a clean document")
        .isEmpty();
  }
}
