package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ConsistencyFixture.run;
import static org.jixiao.audit.ConsistencyFixture.sheet;
import static org.jixiao.audit.ConsistencyFixture.year;

import org.jixiao.budget.SheetKind;
import org.junit.jupiter.api.Test;

class ConsistSheetSheetCheckTest {

  private final ConsistSheetSheetCheck check = new ConsistSheetSheetCheck();

  @Test
  void anIndicatorOfBothSheetsWithAnotherActualOrTarget() {
    var y =
        year()
            .sheet(
                sheet("dept", SheetKind.DEPARTMENT, "部门整体支出绩效自评表")
                    .indicator("产出指标", "人事人才档案管理数", "≥5500份", "5500份", "2", "2")
                    .indicator("产出指标", "职称评定数", "≥100人", "370人", "2", "2")
                    .build())
            .sheet(
                sheet("p1", SheetKind.PROJECT, "业务工作经费")
                    .indicator("产出指标", "人事人才档案管理数", "≥5000份", "5500份", "5", "5")
                    .indicator("产出指标", "职称评定数", "≥100人", "374人", "5", "5")
                    .build())
            .build();

    var found = run(check, y);

    assertThat(found).hasSize(2);
    assertThat(found)
        .anySatisfy(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.stated()).isEqualTo("370人");
              assertThat(f.expected()).isEqualTo("374人");
            })
        .anySatisfy(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.stated()).isEqualTo("≥5500份");
              assertThat(f.expected()).isEqualTo("≥5000份");
            });
  }

  @Test
  void projectTemplateNamesAndSatisfactionAreEachSheetsOwn() {
    var y =
        year()
            .sheet(
                sheet("dept", SheetKind.DEPARTMENT, "部门整体支出绩效自评表")
                    .indicator("满意度指标", "群众满意度", "≥95%", "98%", "4", "4")
                    .indicator("产出指标", "预算控制", "≤100万元", "90万元", "2", "2")
                    .build())
            .sheet(
                sheet("p1", SheetKind.PROJECT, "业务工作经费")
                    .indicator("满意度指标", "群众满意度", "≥95%", "100%", "5", "5")
                    .indicator("产出指标", "预算控制", "≤48万元", "48万元", "5", "5")
                    .build())
            .sheet(
                sheet("p2", SheetKind.PROJECT, "运行维护经费")
                    .indicator("产出指标", "预算控制", "≤101万元", "101万元", "5", "5")
                    .build())
            .build();

    assertThat(run(check, y)).isEmpty();
  }
}
