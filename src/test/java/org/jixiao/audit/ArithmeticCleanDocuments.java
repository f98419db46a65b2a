package org.jixiao.audit;

import static org.jixiao.audit.ArithmeticFixture.dec;
import static org.jixiao.audit.ArithmeticFixture.funds;
import static org.jixiao.audit.ArithmeticFixture.indicator;
import static org.jixiao.audit.ArithmeticFixture.line;
import static org.jixiao.audit.ArithmeticFixture.staff;
import static org.jixiao.audit.ArithmeticFixture.year;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.budget.Indicator;
import org.jixiao.budget.SheetKind;
import org.jixiao.budget.SocialInsuranceFund;
import org.jixiao.budget.Staffing.StaffCategory;
import org.jixiao.budget.TableKind;

/**
 * 两份数字全部衔接的报告 — realistic documents whose every figure agrees, of the two shapes the family must
 * read: a Hunan department self-evaluation (万元; text tables, 基础数据表, 三公, the social-insurance fund,
 * a department sheet with thirteen indicators and a project sheet) and a final-accounts /
 * third-party report (元; per-unit tables, function codes, economic classes of the whole and of its
 * two scopes, a 收入支出决算总表, printed computations beside the indicators).
 */
final class ArithmeticCleanDocuments {
  private ArithmeticCleanDocuments() {}

  /** 湖南某市人社局 2023 年度部门整体支出绩效自评报告（万元）. */
  static DepartmentYear hunanSelfEvaluation() {
    return year()
        .staffing(
            staff(
                60,
                57,
                "95.00%",
                new StaffCategory("行政编制", 30, 29, null),
                new StaffCategory("参照公务员管理的事业编制", 20, 19, null),
                new StaffCategory("事业编制", 10, 9, null)))
        .table(
            "text.basic-expenditure",
            TableKind.EXPENDITURE,
            "2023年基本支出情况",
            line("基本支出")
                .initial("1200.00")
                .adjustment("85.50")
                .full("1285.50")
                .actual("1270.30")
                .balance("15.20")
                .rate("98.82%")
                .items(
                    line("人员经费")
                        .initial("1000.00")
                        .adjustment("70.50")
                        .full("1070.50")
                        .actual("1065.80")
                        .balance("4.70")
                        .share("83.90%"),
                    line("公用经费")
                        .initial("200.00")
                        .adjustment("15.00")
                        .full("215.00")
                        .actual("204.50")
                        .balance("10.50")
                        .share("16.10%")))
        .table(
            "text.basic-expenditure.economic",
            TableKind.ECONOMIC_CLASS,
            "基本支出按经济科目划分",
            line("合计")
                .category("基本支出")
                .actual("1270.30")
                .items(
                    line("工资福利支出").actual("980.10"),
                    line("商品和服务支出").actual("210.40"),
                    line("对个人和家庭的补助").actual("75.60"),
                    line("资本性支出").actual("4.20")))
        .table(
            "text.project-expenditure",
            TableKind.EXPENDITURE,
            "项目支出情况",
            line("项目支出")
                .initial("300.00")
                .adjustment("120.00")
                .full("420.00")
                .actual("395.70")
                .balance("24.30"))
        .table(
            "text.project-expenditure.economic",
            TableKind.ECONOMIC_CLASS,
            "项目支出按经济科目划分",
            line("合计")
                .category("项目支出")
                .actual("395.70")
                .items(
                    line("商品和服务支出").actual("310.50"),
                    line("对个人和家庭的补助").actual("80.00"),
                    line("其他资本性支出").actual("5.20")))
        .table(
            "text.three-public",
            TableKind.THREE_PUBLIC,
            "“三公”经费情况",
            line("“三公”经费")
                .lastYear("30.50")
                .initial("28.00")
                .actual("24.36")
                .rate("87.00%")
                .change("减少6.14万元")
                .changeRate("减少20.13%")
                .items(
                    line("因公出国（境）费").lastYear("0").initial("0").actual("0"),
                    line("公务用车购置及运行维护费").lastYear("18.20").initial("16.00").actual("15.16"),
                    line("公务接待费").lastYear("12.30").initial("12.00").actual("9.20")))
        .table(
            "basic-data.three-public",
            TableKind.THREE_PUBLIC,
            "经费控制情况——三公经费",
            line("三公经费")
                .lastYear("30.50")
                .initial("28.00")
                .actual("24.36")
                .items(
                    line("1、公务用车购置和维护经费")
                        .lastYear("18.20")
                        .initial("16.00")
                        .actual("15.16")
                        .items(
                            line("其中：公车购置"),
                            line("公车运行维护").lastYear("18.20").initial("16.00").actual("15.16")),
                    line("2、出国经费"),
                    line("3、公务接待").lastYear("12.30").initial("12.00").actual("9.20")))
        .table(
            "basic-data.public-funds",
            TableKind.PUBLIC_FUNDS,
            "经费控制情况——公用经费",
            line("公用经费")
                .lastYear("195.00")
                .initial("200.00")
                .actual("204.50")
                .items(
                    line("其中：办公经费").lastYear("110.00").initial("115.00").actual("118.50"),
                    line("水费、电费、差旅费").lastYear("60.00").initial("60.00").actual("62.00"),
                    line("会议费、培训费").lastYear("25.00").initial("25.00").actual("24.00")))
        .table(
            "basic-data.procurement",
            TableKind.PROCUREMENT,
            "经费控制情况——政府采购金额",
            line("政府采购金额").lastYear("70.00").initial("80.00").actual("76.40").rate("95.50%"))
        .table(
            "text.general-budget",
            TableKind.SUMMARY,
            "一般公共预算财政拨款收支（正文）",
            line("年初结转和结余").actual("45.00"),
            line("本年收入合计").actual("1660.00"),
            line("本年支出合计").actual("1650.00"),
            line("年末结转和结余").actual("55.00"))
        .table(
            "text.other-income",
            TableKind.OTHER_INCOME,
            "其他收入情况",
            line("其他收入")
                .actual("16.00")
                .items(line("培训收入").actual("10.00"), line("利息收入").actual("6.00")))
        .fund(
            new SocialInsuranceFund(
                "某市本级机关事业单位基本养老保险基金",
                "万元",
                line("收入")
                    .full("5200")
                    .actual("5150")
                    .rate("99.04%")
                    .items(
                        line("基本养老保险").full("3000").actual("2980"),
                        line("财政补贴收入").full("2200").actual("2170"))
                    .build(),
                line("支出")
                    .full("5100")
                    .actual("5080")
                    .rate("99.61%")
                    .items(
                        line("基本养老保险支出").full("4900").actual("4885"),
                        line("其他支出").full("200").actual("195"))
                    .build(),
                dec("70"),
                dec("1200"),
                dec("1270"),
                null))
        .sheet(
            ArithmeticFixture.sheet(
                "dept-self",
                SheetKind.DEPARTMENT,
                "dept-self-10",
                funds(
                    line("年度资金总额").initial("1500.00").full("1705.50").actual("1666.00"),
                    List.of(
                        line("一般公共预算").actual("1650.00"),
                        line("政府性基金拨款").actual("0.00"),
                        line("纳入专户管理的非税收入拨款").actual("0.00"),
                        line("其他资金").actual("16.00")),
                    List.of(line("基本支出").actual("1270.30"), line("项目支出").actual("395.70")),
                    "97.68%"),
                self("产出指标", "新增城镇就业人数", "≥3.4万人", "3.93万人", "10"),
                self("产出指标", "农村劳动力转移就业人数", "≥1.9万人", "2.07万人", "5"),
                self("产出指标", "企业劳动合同签订率", "≥90%", "92%", "5"),
                self("产出指标", "城镇登记失业率", "≤4.5%", "3.1%", "10"),
                self("产出指标", "职业技能培训人次", "≥1万人次", "1.23万人次", "10"),
                self("产出指标", "各项社会保险按时发放", "按时发放", "按时发放", "5"),
                self("效益指标", "城乡居民养老保险覆盖率", "≥95%", "97%", "5"),
                self("效益指标", "保障农民工权益维护社会稳定", "稳定", "稳定", "5"),
                self("效益指标", "劳动人事争议仲裁结案率", "≥90%", "95%", "5"),
                self("满意度指标", "服务对象满意度", "≥90%", "96%", "10"),
                self("成本指标", "三公经费控制率", "≤100%", "87.00%", "10"),
                self("成本指标", "在职人员控制率", "≤100%", "95.00%", "5"),
                self("成本指标", "政府采购执行率", "≥90%", "95.50%", "5")))
        .sheet(
            ArithmeticFixture.sheet(
                "project-1",
                SheetKind.PROJECT,
                "project-self-10",
                funds(
                    line("年度资金总额").initial("300.00").full("420.00").actual("395.70"),
                    List.of(
                        line("当年财政拨款").initial("300.00").full("420.00").actual("395.70"),
                        line("上年结转资金"),
                        line("其他资金")),
                    List.of(),
                    "94.21%"),
                self("产出指标", "职业技能培训补贴发放人数", "≥1000人", "1100人", "20"),
                self("效益指标", "培训后就业率", "≥60%", "68%", "30")))
        .narrative("一、部门基本情况", "我单位2023年年底人员编制数60人，实有在职人员57人，在职人员控制率95.00%。")
        .narrative("二、一般公共预算支出情况", "基本支出年初预算为1200.00万元，年中调整追加85.50万元，本年实际支出1270.30万元。")
        .build();
  }

  /** 某区人社局 2023 年度部门整体支出绩效评价报告（第三方，元）. */
  static DepartmentYear thirdPartyFinalAccounts() {
    return year()
        .amountUnit("元")
        .staffing(
            staff(
                60,
                57,
                "95.00%",
                new StaffCategory("公务员", 25, 24, null),
                new StaffCategory("参公", 20, 19, null),
                new StaffCategory("事业编制", 15, 14, null)))
        .table(
            "income-by-unit",
            TableKind.INCOME,
            "收入情况（各单位）",
            line("收入合计")
                .unit("局机关及二级机构汇总")
                .consolidated()
                .actual("3500000.00")
                .items(
                    line("上年结转").actual("200000.00"),
                    line("财政拨款收入").actual("3200000.00"),
                    line("其他收入").actual("100000.00")),
            line("收入合计")
                .unit("1、局本级")
                .actual("2000000.00")
                .items(
                    line("上年结转").actual("150000.00"),
                    line("财政拨款收入").actual("1800000.00"),
                    line("其他收入").actual("50000.00")),
            line("收入合计")
                .unit("2、区社会保险服务中心")
                .actual("1500000.00")
                .items(
                    line("上年结转").actual("50000.00"),
                    line("财政拨款收入").actual("1400000.00"),
                    line("其他收入").actual("50000.00")))
        .table(
            "expenditure-by-unit",
            TableKind.EXPENDITURE,
            "支出和结余情况（各单位）",
            unitSpending(
                    "局机关及二级机构汇总",
                    "3300000.00",
                    "0.00",
                    "200000.00",
                    "1800000.00",
                    "300000.00",
                    "1200000.00")
                .consolidated(),
            unitSpending(
                "1、局本级",
                "1900000.00",
                "-50000.00",
                "100000.00",
                "1000000.00",
                "200000.00",
                "700000.00"),
            unitSpending(
                "2、区社会保险服务中心",
                "1400000.00",
                "50000.00",
                "100000.00",
                "800000.00",
                "100000.00",
                "500000.00"))
        .table(
            "function",
            TableKind.FUNCTION_CLASS,
            "支出决算（按功能分类）",
            line("合计").actual("3300000.00"),
            line("社会保障和就业支出").code("208").actual("3000000.00").share("90.91%"),
            line("人力资源和社会保障管理事务").code("20801"),
            line("行政运行")
                .code("2080101")
                .initial("2000000.00")
                .adjustment("100000.00")
                .full("2100000.00")
                .actual("2100000.00"),
            line("社会保险经办机构")
                .code("2080109")
                .initial("650000.00")
                .adjustment("-50000.00")
                .full("600000.00")
                .actual("600000.00"),
            line("行政事业单位养老支出").code("20805"),
            line("机关事业单位基本养老保险缴费支出")
                .code("2080505")
                .initial("300000.00")
                .adjustment("0.00")
                .full("300000.00")
                .actual("300000.00"),
            line("住房保障支出").code("221").actual("300000.00").share("9.09%"),
            line("住房改革支出").code("22102"),
            line("住房公积金")
                .code("2210201")
                .initial("300000.00")
                .adjustment("0.00")
                .full("300000.00")
                .actual("300000.00"))
        .table(
            "economic",
            TableKind.ECONOMIC_CLASS,
            "支出决算（按经济分类）",
            line("合计")
                .actual("3300000.00")
                .items(
                    line("工资福利支出").actual("1800000.00"),
                    line("商品和服务支出").actual("1200000.00"),
                    line("对个人和家庭的补助").actual("300000.00")))
        .table(
            "economic.basic",
            TableKind.ECONOMIC_CLASS,
            "基本支出决算（按经济分类）",
            line("合计")
                .actual("2100000.00")
                .items(line("工资福利支出").actual("1800000.00"), line("商品和服务支出").actual("300000.00")))
        .table(
            "economic.project",
            TableKind.ECONOMIC_CLASS,
            "项目支出决算（按经济分类）",
            line("合计")
                .actual("1200000.00")
                .items(line("商品和服务支出").actual("900000.00"), line("对个人和家庭的补助").actual("300000.00")))
        .table(
            "summary",
            TableKind.SUMMARY,
            "收入支出决算总表",
            line("总计")
                .category("收入")
                .actual("3500000.00")
                .items(
                    line("本年收入")
                        .lastYear("3000000.00")
                        .actual("3300000.00")
                        .change("增加300000.00元")
                        .changeRate("增长10.00%"),
                    line("年初结转和结余").actual("200000.00")),
            line("总计")
                .category("支出")
                .actual("3500000.00")
                .items(
                    line("本年支出")
                        .lastYear("3100000.00")
                        .actual("3300000.00")
                        .change("增加200000.00元")
                        .changeRate("增长6.45%"),
                    line("年末结转和结余").actual("200000.00")))
        .table(
            "project-execution",
            TableKind.EXPENDITURE,
            "项目支出执行情况",
            line("合计")
                .initial("1300000.00")
                .adjustment("-50000.00")
                .available("1250000.00")
                .actual("1200000.00")
                .balance("50000.00")
                .items(
                    line("就业补助")
                        .initial("800000.00")
                        .adjustment("-50000.00")
                        .available("750000.00")
                        .actual("720000.00")
                        .balance("30000.00"),
                    line("信息化建设")
                        .initial("500000.00")
                        .adjustment("0.00")
                        .available("500000.00")
                        .actual("480000.00")
                        .balance("20000.00")))
        .table(
            "department-totals",
            TableKind.SUMMARY,
            "部门预算执行总数（正文）",
            line("部门预算")
                .initial("3400000.00")
                .adjustment("-50000.00")
                .full("3350000.00")
                .actual("3300000.00")
                .balance("50000.00")
                .rate("98.51%"))
        .table(
            "three-public",
            TableKind.THREE_PUBLIC,
            "“三公”经费支出决算",
            line("“三公”经费")
                .lastYear("45000.00")
                .initial("50000.00")
                .actual("42000.00")
                .rate("84.00%")
                .change("减少3000.00元")
                .changeRate("减少6.67%")
                .items(
                    line("公务接待费").lastYear("15000.00").initial("20000.00").actual("12000.00"),
                    line("公务用车运行维护费").lastYear("30000.00").initial("30000.00").actual("30000.00")))
        .sheet(
            ArithmeticFixture.sheet(
                "evaluation",
                SheetKind.DEPARTMENT,
                ArithmeticFixture.THIRD_PARTY,
                null,
                indicator("A22", "在职人员控制率", null, null, "95.00%", "在职人员控制率=57÷60×100%=95.00%"),
                indicator(
                    "A23",
                    "三公经费变动率",
                    null,
                    null,
                    "-6.67%",
                    "三公经费变动率=[(42,000.00-45,000.00)/45,000.00]×100%=-6.67%"),
                indicator(
                    "B11",
                    "预算完成率",
                    null,
                    null,
                    "98.51%",
                    "预算完成率=(3,300,000.00/3,350,000.00)×100%=98.51%"),
                indicator(
                    "B21",
                    "结转结余率",
                    null,
                    null,
                    "1.49%",
                    "结转结余率=(50,000.00/3,350,000.00)×100%=1.49%"),
                indicator("B24", "“三公经费”控制率", null, null, "84.00%", null)))
        .narrative("一、部门基本情况", "核定编制60人，实有在职人员57人。")
        .build();
  }

  private static ArithmeticFixture.Line unitSpending(
      String unit,
      String total,
      String balance,
      String closing,
      String staff,
      String office,
      String projects) {
    String basic = new BigDecimal(staff).add(new BigDecimal(office)).toPlainString();
    return line("支出合计")
        .unit(unit)
        .actual(total)
        .balance(balance)
        .closing(closing)
        .items(
            line("基本支出")
                .actual(basic)
                .items(line("人员支出").actual(staff), line("公用支出").actual(office)),
            line("项目支出").actual(projects));
  }

  private static Indicator self(
      String level1, String name, String target, String actual, String weight) {
    return new Indicator(
        null,
        level1,
        null,
        name,
        target,
        actual,
        dec(weight),
        null,
        dec(weight),
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
