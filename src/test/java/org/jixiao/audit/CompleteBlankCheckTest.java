package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jixiao.audit.ConsistencyFixture.run;
import static org.jixiao.audit.ConsistencyFixture.sheet;
import static org.jixiao.audit.ConsistencyFixture.year;

import org.jixiao.budget.SheetKind;
import org.junit.jupiter.api.Test;

class CompleteBlankCheckTest {

  private final CompleteBlankCheck check = new CompleteBlankCheck();

  @Test
  void requiredCellsLeftBlank() {
    var y =
        year()
            .sheet(
                sheet("dept", SheetKind.DEPARTMENT, "部门整体支出绩效自评表")
                    .funds("100", null, "90", null, null)
                    .indicator("产出指标", "新增城镇就业人数", "≥8200人", "8854人", "10", null)
                    .indicator("产出指标", "职业技能培训人数", "≥1000人", null, "10", "10")
                    .indicator("效益指标", "不适用", "不适用", null, null, null)
                    .total("10")
                    .signOff("单位负责人签字", null, null)
                    .build())
            .build();

    var found = run(check, y);

    assertThat(found)
        .extracting(Finding::severity, Finding::message)
        .containsExactlyInAnyOrder(
            tuple(Severity.WARNING, "「部门整体支出绩效自评表」有1项有分值而未填得分的指标：新增城镇就业人数"),
            tuple(Severity.WARNING, "「部门整体支出绩效自评表」有1项未填实际完成值的指标：职业技能培训人数"),
            tuple(Severity.WARNING, "「部门整体支出绩效自评表」资金情况未填全年预算数"),
            tuple(Severity.INFO, "「部门整体支出绩效自评表」签署栏未填写：单位负责人签字（意见、签字、日期均空白）"));
  }

  @Test
  void anEvaluationTableWithoutTargetColumnsAndNotApplicableRowsAreComplete() {
    var y =
        year()
            .sheet(
                sheet("dept", SheetKind.DEPARTMENT, "部门整体支出绩效自评指标计分表")
                    .indicator("投入", "绩效目标合理性", null, null, "2", "2")
                    .indicator("投入", "在职人员控制率", null, null, "5", "4")
                    .total("6")
                    .signOff("填表人", "唐莉", "2024.5.30")
                    .build())
            .build();

    assertThat(run(check, y)).isEmpty();
  }
}
