package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jixiao.audit.ConsistencyFixture.line;
import static org.jixiao.audit.ConsistencyFixture.lines;
import static org.jixiao.audit.ConsistencyFixture.run;
import static org.jixiao.audit.ConsistencyFixture.sheet;
import static org.jixiao.audit.ConsistencyFixture.year;

import org.jixiao.budget.SheetKind;
import org.jixiao.budget.TableKind;
import org.junit.jupiter.api.Test;

class CompleteTemplateTextCheckTest {

  private final CompleteTemplateTextCheck check = new CompleteTemplateTextCheck();

  @Test
  void theTemplatesExampleLeftInTheSheet() {
    var y =
        year()
            .sheet(
                sheet("p4", SheetKind.PROJECT, "附件3-4 项目支出绩效自评表")
                    .indicator("产出指标", "及时支付某某经费，多少日内支付", "15天", "100%", "12.5", "12.5")
                    .indicator("产出指标", "及时组织招聘工作，多少日内完成招聘工作", "2023年内完成", "12月31日前完成", "10", "10")
                    .indicator("产出指标", "预算控制", "≤XX万元", "48.24万元", "5", "5")
                    .build())
            .build();

    assertThat(run(check, y))
        .extracting(Finding::severity, Finding::stated)
        .containsExactly(
            tuple(Severity.WARNING, "及时支付某某经费，多少日内支付"),
            tuple(Severity.WARNING, "及时组织招聘工作，多少日内完成招聘工作"),
            tuple(Severity.WARNING, "≤XX万元"));
  }

  @Test
  void theOfficialFormsOwnLabelsAndPlainProseAreNotPlaceholders() {
    var y =
        year()
            .table(
                "basic-data.project-spending",
                TableKind.PROJECT_SPENDING,
                "项目支出",
                lines(line("3、本级专项资金（一个专项一行）"), line("4、上级转移支付(一个专项一行）")))
            .text("八、存在的问题", "资金到位不及时，多少影响了项目进度。")
            .sheet(
                sheet("p1", SheetKind.PROJECT, "业务工作经费")
                    .indicator("产出指标", "档案管理成本", "≤57万元", "47.96万元", "5", "5")
                    .build())
            .build();

    assertThat(run(check, y)).isEmpty();
  }
}
