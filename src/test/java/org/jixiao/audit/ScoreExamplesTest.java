package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.framework.Frameworks;
import org.jixiao.importing.FrameworkFileReader;
import org.jixiao.importing.YearFileReader;
import org.jixiao.scoring.YearScorer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The score family over the five seed reports: every finding it makes, by code, severity and place
 * (a careful reviewer's list for scores, totals, deviations and targets — nothing more).
 */
class ScoreExamplesTest {
  private static Frameworks frameworks;

  @BeforeAll
  static void frameworks() {
    frameworks = new FrameworkFileReader().load(null);
  }

  private static List<String> findings(String file) {
    DepartmentYear year = new YearFileReader().read(Path.of("examples", file));
    AuditContext ctx =
        AuditContext.of(
            year, new YearScorer(frameworks).score(year), frameworks, Tolerance.DEFAULT);
    List<String> out = new ArrayList<>();
    for (AuditCheck c : ScoreChecks.all()) {
      for (Finding f : c.check(ctx)) {
        out.add(
            f.severity()
                + " "
                + f.code()
                + " @ "
                + f.location()
                + " : "
                + f.stated()
                + " → "
                + f.expected());
      }
    }
    return out;
  }

  @Test
  void seed000Yiyang() {
    String sheet = "评分表“2024年度部门整体支出绩效自评表”";
    assertThat(findings("000_d7c6b592d197c283.yaml"))
        .containsExactlyInAnyOrder(
            "WARNING DEV-DOUBLE-DEVIATION @ "
                + sheet
                + " / 预算执行率与指标得分 : 指标得分率 100.00%，执行率 87.91% → 预警值不超过 5%",
            "WARNING DEV-PUBLIC-FUNDS-OVER-BUDGET @ 表“经费控制情况——公用经费” / 公用经费 / 决算（执行）数 : 1026.38万元 → 不超过 448.11万元",
            "WARNING DEV-STAFF-OVER-POSTS @ 人员编制 › 事业编制 : 36人 → ≤30人");
  }

  @Test
  void seed001Xiangxi() {
    String sheet = "评分表“部门整体支出绩效自评（据正文 六、综合评价情况及评价结论 与 三、整体支出绩效定量目标）”";
    assertThat(findings("001_fe78408465235910.yaml"))
        .extracting(s -> s.substring(0, s.indexOf(" : ")))
        .containsExactlyInAnyOrder(
            "WARNING DEV-DOUBLE-DEVIATION @ " + sheet + " / 预算执行率与指标得分",
            "WARNING DEV-LOW-EXECUTION @ " + sheet + " / 预算执行率",
            "INFO TARGET-UNPARSED @ " + sheet + " / 产出 / 数量、质量、时效、成本指标 / 指标1 / 年度指标值",
            "INFO TARGET-UNPARSED @ " + sheet + " / 产出 / 数量、质量、时效、成本指标 / 指标7 / 年度指标值");
  }

  @Test
  void seed002Heshan() {
    String sheet = "评分表“2020年度部门整体支出绩效自评指标计分表”";
    assertThat(findings("002_98522caf6c7ffe6d.yaml"))
        .containsExactlyInAnyOrder(
            "WARNING DEV-THREE-PUBLIC-OVER-BUDGET @ 表“一般公共预算财政拨款“三公”经费支出决算” / “三公”经费财政拨款支出 / 决算（执行）数 : 4.46万元 → 不超过 2.00万元",
            "WARNING DEV-PUBLIC-FUNDS-OVER-BUDGET @ 表“机关运行经费支出” / 机关运行经费 / 决算（执行）数 : 332.28万元 → 不超过 39.52万元",
            "WARNING SCORE-FULL-MARKS-ADVERSE @ "
                + sheet
                + " / 过程 / 预算执行 / 预算执行率 / 得分 : 4 分（满分） → 低于满分 4 分（比率超过 100% 应扣分）",
            "WARNING SCORE-FULL-MARKS-ADVERSE @ "
                + sheet
                + " / 过程 / 预算执行 / “三公经费”控制率 / 得分 : 2 分（满分） → 低于满分 2 分（比率超过 100% 应扣分）",
            "WARNING SCORE-DEDUCTION-NO-REASON @ "
                + sheet
                + " / 投入 / 预算配置 / 在职人员控制率 / 得分 : 4 分（扣 1 分） → 说明扣分理由，或给满分 5 分",
            "WARNING SCORE-DEDUCTION-NO-REASON @ "
                + sheet
                + " / 产出 / 职责履行 / 重点工作办结率 / 得分 : 9 分（扣 1 分） → 说明扣分理由，或给满分 10 分");
  }

  @Test
  void seed003Yanfeng() {
    String sheet = "评分表“部门整体支出绩效评价评分结果表”";
    List<String> found = findings("003_43ef66c8b8926243.yaml");
    assertThat(found)
        .extracting(s -> s.substring(0, s.indexOf(" @ ")))
        .containsExactlyInAnyOrder(
            "ERROR TOTAL-SUBTOTAL",
            "INFO TOTAL-SUM",
            "ERROR SCORE-OWN-RULE",
            "WARNING SCORE-DEDUCTION-NO-REASON",
            "WARNING SCORE-DEDUCTION-NO-REASON",
            "WARNING SCORE-DEDUCTION-NO-REASON",
            "WARNING SCORE-DEDUCTION-NO-REASON",
            "WARNING SCORE-DEDUCTION-NO-REASON",
            "WARNING SCORE-DEDUCTION-NO-REASON",
            "WARNING SCORE-DEDUCTION-NO-REASON");
    assertThat(found)
        .contains(
            "ERROR TOTAL-SUBTOTAL @ "
                + sheet
                + " / 投入 小计（评分表“投入小计”行（五、（三）及六、（一）表；小计行分值栏空白，分值 15 印在一级指标栏）） / 得分 : 15 分 → 14 分",
            "INFO TOTAL-SUM @ " + sheet + " / 总分 : 89 分 → 89 分（小计之和 90）",
            "ERROR SCORE-OWN-RULE @ " + sheet + " / 过程 / 经费执行率 / B22 结转结余变动率 / 得分 : 0 分 → 1 分");
    assertThat(found)
        .filteredOn(s -> s.contains("SCORE-DEDUCTION-NO-REASON"))
        .extracting(s -> s.substring(s.indexOf(sheet) + sheet.length(), s.indexOf(" : ")))
        .containsExactlyInAnyOrder(
            " / 产出 / 实际完成情况 / C11 稳就业，夯实民生之本 / 得分",
            " / 产出 / 实际完成情况 / C12 保社保，抓惠民政策落实 / 得分",
            " / 产出 / 实际完成情况 / C13 构和谐，抓劳动关系稳定 / 得分",
            " / 产出 / 实际完成情况 / C14 促发展，抓人事规范管理 / 得分",
            " / 产出 / C2 完成及时率 / 得分",
            " / 产出 / C3 上级交办工作办结率 / 得分",
            " / 效果 / 满意度 / D2 服务满意度 / 得分");
  }

  @Test
  void seed004Yueyanglou() {
    String dept = "评分表“2023 年度预算单位整体支出绩效自评表”";
    String p = "评分表“附件3-%s 2023年度项目支出绩效自评表”";
    assertThat(findings("004_acd62aefbad223bd.yaml"))
        .extracting(s -> s.substring(0, s.indexOf(" : ")))
        .containsExactlyInAnyOrder(
            "ERROR SCORE-MISSED-FULL-MARKS @ " + dept + " / 产出指标 / 质量指标 / 职称评定通过率 / 得分",
            "ERROR SCORE-MISSED-FULL-MARKS @ " + p.formatted("1") + " / 产出指标 / 质量指标 / 职称评定通过率 / 得分",
            "WARNING SCORE-MET-MARKED-DOWN @ " + dept + " / 效益指标 / 经济效益指标 / 稳就业、惠民生、帮企业、促发展 / 得分",
            "WARNING SCORE-MET-MARKED-DOWN @ " + dept + " / 效益指标 / 社会效益指标 / 增加就业岗位，促进社会就业 / 得分",
            "WARNING SCORE-MET-MARKED-DOWN @ "
                + dept
                + " / 效益指标 / 可持续影响指标 / 公平、公正处理劳动人事争议案件，构建和谐劳动关系 / 得分",
            "INFO SCORE-BUDGET-EXECUTION @ " + p.formatted("5") + " / 预算执行率 / 得分",
            "WARNING DEV-DOUBLE-DEVIATION @ " + p.formatted("5") + " / 预算执行率与指标得分",
            "WARNING DEV-FAR-FROM-TARGET @ " + dept + " / 产出指标 / 数量指标 / 职称评定数 / 实际完成值",
            "WARNING DEV-FAR-FROM-TARGET @ " + dept + " / 产出指标 / 数量指标 / 就业困难对象再就业人数 / 实际完成值",
            "WARNING DEV-FAR-FROM-TARGET @ " + dept + " / 产出指标 / 数量指标 / 失业人员再就业人数 / 实际完成值",
            "WARNING DEV-FAR-FROM-TARGET @ " + p.formatted("1") + " / 产出指标 / 数量指标 / 职称评定数 / 实际完成值",
            "WARNING DEV-FAR-FROM-TARGET @ "
                + p.formatted("1")
                + " / 产出指标 / 质量指标 / 职称评定通过率 / 实际完成值",
            "WARNING TARGET-NO-FORCE @ " + dept + " / 产出指标 / 数量指标 / 劳动仲裁受理案件数 / 年度指标值",
            "WARNING TARGET-ACTUAL-INEQUALITY @ " + dept + " / 产出指标 / 质量指标 / 城镇登记失业率 / 实际完成值",
            "WARNING TARGET-UNIT-MISMATCH @ " + dept + " / 产出指标 / 时效指标 / 资金给付及时性 / 实际完成值",
            "WARNING TARGET-UNIT-MISMATCH @ "
                + p.formatted("1")
                + " / 产出指标 / 时效指标 / 整理工作时日 / 实际完成值",
            "WARNING TARGET-UNIT-MISMATCH @ "
                + p.formatted("2")
                + " / 产出指标 / 时效指标 / 维护工作期限 / 实际完成值",
            "WARNING TARGET-UNIT-MISMATCH @ "
                + p.formatted("3")
                + " / 产出指标 / 成本指标 / ≤207.36万元 / 实际完成值",
            "WARNING TARGET-UNIT-MISMATCH @ "
                + p.formatted("4")
                + " / 产出指标 / 时效指标 / 及时支付某某经费，多少日内支付 / 实际完成值",
            "WARNING TARGET-UNIT-MISMATCH @ "
                + p.formatted("7")
                + " / 产出指标 / 成本指标 / ≤20万元 / 实际完成值");
  }

  @Test
  void seed004ScoresAndTheBudgetLineCarryTheirArithmetic() {
    List<String> found = findings("004_acd62aefbad223bd.yaml");
    assertThat(found)
        .anyMatch(s -> s.contains("职称评定通过率 / 得分 : 2 分（满分） → 0.36 分"))
        .anyMatch(s -> s.contains("职称评定通过率 / 得分 : 5 分（满分） → 0.91 分"))
        .anyMatch(s -> s.contains("预算执行率 / 得分 : 9.20 分 → 9.21 分"));
  }
}
