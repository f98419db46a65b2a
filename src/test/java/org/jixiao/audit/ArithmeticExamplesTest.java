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
 * The arithmetic family over the five seed reports: every finding it makes, by severity, code,
 * place, printed figure and expected figure — what a careful reviewer with a calculator finds in
 * the sums, identities and rates, and nothing more.
 */
class ArithmeticExamplesTest {
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
    for (AuditCheck c : ArithmeticChecks.all()) {
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
    String sheet = "评分表“2024年度部门整体支出绩效自评表”（dept-self） › 资金情况";
    assertThat(findings("000_d7c6b592d197c283.yaml"))
        .containsExactlyInAnyOrder(
            // 公务接待费 budget 30 in the first 三公 sentence, 28 in “具体情况如下”
            // 公务接待费 budget 28 vs 30 stands only in prose: CONSIST-NARRATIVE-NARRATIVE reports it.
            // 基本支出 2830.84 in the text (= its economic classes), 2830.85 in the sheet
            "INFO ARITH-CROSS-TABLE @ " + sheet + " › 基本支出 › 决算（执行）数 : 2830.85万元 → 2830.84万元",
            // 4624.56 ÷ 5260.65 = 87.9085%
            "INFO RATE-EXECUTION @ " + sheet + " › 执行率 : 87.90% → 87.91%");
  }

  @Test
  void seed001Xiangxi() {
    String spending = "《部门（单位）年度支出和结余情况（万元）》（expenditure-by-unit）";
    String income = "《年度收入情况（万元）》（income-by-unit）";
    String threePublic = "《三公经费（各单位）（原表无标题）》（three-public-by-unit） › 局机关及二级机构汇总 › 三公经费合计";
    String text = "《“三公经费”支出使用和管理情况》（text.three-public） › 合计";
    String economic = "《一般公共预算财政拨款支出按经济科目（正文）》（text.general-budget.economic） › 合计";
    assertThat(findings("001_fe78408465235910.yaml"))
        .containsExactlyInAnyOrder(
            "ERROR ARITH-UNIT-SUM @ " + threePublic + " › 公务接待费 › 决算（执行）数 : 7.77万元 → 7.75万元",
            "INFO ARITH-UNIT-SUM @ " + threePublic + " › 公务用车运行维护费 › 决算（执行）数 : 17.20万元 → 17.19万元",
            "ERROR RATE-CHANGE @ " + text + " › 增减率 : -27.15% → -27.14%",
            "ERROR RATE-CHANGE @ " + text + " › 2. 公务用车购置及运行维护费 › 增减率 : -0.33% → -0.29%",
            "INFO ARITH-FLOW @ " + spending + " › 9、州职业技能鉴定中心 › 支出合计 › 年末结转结余 : 0万元 → 0.01万元",
            "INFO ARITH-ITEMS-SUM @ "
                + spending
                + " › 2、州人事考试院 › 支出合计 › 基本支出 › 决算（执行）数 : 274.67万元 → 274.68万元",
            "INFO ARITH-ITEMS-SUM @ "
                + spending
                + " › 12、州社会保险服务中心 › 支出合计 › 决算（执行）数 : 637.64万元 → 637.63万元",
            "INFO ARITH-UNIT-SUM @ "
                + spending
                + " › 局机关及二级机构汇总 › 支出合计 › 基本支出 › 人员支出 › 决算（执行）数 : 3395.70万元 → 3395.69万元",
            "INFO ARITH-UNIT-SUM @ "
                + income
                + " › 局机关及二级机构汇总 › 收入合计 › 公共财政拨款 › 决算（执行）数 : 7968.17万元 → 7968.16万元",
            "INFO ARITH-UNIT-SUM @ "
                + income
                + " › 局机关及二级机构汇总 › 收入合计 › 其他收入 › 决算（执行）数 : 164.74万元 → 164.75万元",
            "INFO ARITH-UNIT-SUM @ 《固定资产（各单位）（原表无标题）》（fixed-assets-by-unit） › 局机关及二级机构汇总 › 固定资产合计 › 在用固定资产 › 决算（执行）数 : 1705.91万元 → 1705.90万元",
            "INFO ARITH-SCOPE-SUM @ " + economic + " › 一般商品和服务支出 › 决算（执行）数 : 4202.96万元 → 4202.95万元",
            "INFO ARITH-SCOPE-SUM @ "
                + economic
                + " › 对个人和家庭的补助 › 决算（执行）数 : 1425.25万元 → 1425.26万元");
  }

  @Test
  void seed002Heshan() {
    assertThat(findings("002_98522caf6c7ffe6d.yaml"))
        .containsExactlyInAnyOrder(
            "ERROR ARITH-CROSS-TABLE @ 《“三公”经费情况（绩效评价报告）》（attachment.three-public） › “三公”经费 › 公务接待费 › 决算（执行）数 : 11.01万元 → 4.46万元",
            "INFO ARITH-ITEMS-SUM @ 《财政拨款收入支出决算总体情况》（text.fiscal-summary） › 总计 › 决算（执行）数 : 4870.74万元 → 4870.75万元",
            "INFO ARITH-ITEMS-SUM @ 《一般公共预算财政拨款支出决算（按功能分类 类-款-项）》（text.gpb-function-class） › 一般公共预算财政拨款支出 › 决算（执行）数 : 4028.76万元 → 4028.75万元",
            "INFO ARITH-ITEMS-SUM @ 《2020年基本支出（按经济分类）》（attachment.basic-expenditure-economic） › 基本支出 › 决算（执行）数 : 1039.00万元 → 1038.99万元");
  }

  @Test
  void seed003Yanfeng() {
    assertThat(findings("003_43ef66c8b8926243.yaml"))
        .containsExactlyInAnyOrder(
            // 初步达成就业意向 14195 vs 15330 stand only in prose: CONSIST-NARRATIVE-NARRATIVE reports it.
            "ERROR ARITH-STAFF @ 人员编制 › 编制数 : 42人 → 40人",
            // A23: (0 − 0) ÷ 0 printed as 0%
            "ERROR RATE-UNDEFINED @ 《三公经费总额（正文）》（text.three-public-change） › 三公经费总额 › 增减率 : 0% → 无意义（分母为 0）",
            "WARNING ARITH-ADJUST-SIGN @ 《三项支出表格之一：基本支出（指标管理类型：基本支出）》（expenditure.basic） › 合计 › 调整数 : 79703.00元 → -79703.00元",
            "WARNING ARITH-ADJUST-SIGN @ 《三项支出表格之二、之三：项目支出（指标管理类型：项目支出）》（expenditure.project） › 合计 › 调整数 : 2098757.00元 → -2098757.00元",
            "WARNING ARITH-ADJUST-SIGN @ 《部门预算执行总数（正文）》（text.department-totals） › 雁峰区人力资源和社会保障局 2023 年部门预算 › 调整数 : 2178460.00元 → -2178460.00元",
            // B21: 818,202.70 ÷ 88,044,648.36 (actual spending) where 53号 divides by 支出预算数
            "WARNING RATE-BASIS @ 评分表“部门整体支出绩效评价评分结果表”（dept-evaluation） › 过程 / 经费执行率 / B21 结转结余率 › 指标值 : 0.93% → 0.92%",
            // A22: 40 ÷ 42 = 95.238%
            "INFO RATE-STAFF @ 人员编制 › 在职人员控制率 : 95.23% → 95.24%");
  }

  @Test
  void seed004Yueyanglou() {
    assertThat(findings("004_acd62aefbad223bd.yaml")).isEmpty();
  }
}
