package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ConsistencyFixture.line;
import static org.jixiao.audit.ConsistencyFixture.lines;
import static org.jixiao.audit.ConsistencyFixture.run;
import static org.jixiao.audit.ConsistencyFixture.year;

import org.jixiao.budget.TableKind;
import org.junit.jupiter.api.Test;

class ConsistNarrativeTableCheckTest {

  private final ConsistNarrativeTableCheck check = new ConsistNarrativeTableCheck();

  @Test
  void aTextFigureThatNoTableLineOfItsNameAgreesWith() {
    var y =
        year()
            .text("（二）“三公”经费情况", "2023年“三公”经费年初预算数为58万元，全年决算支出39.76万元。")
            .table(
                "basic-data.three-public",
                TableKind.THREE_PUBLIC,
                "经费控制情况——三公经费",
                lines(line("三公经费").initial("58").actual("38.76")))
            .build();

    assertThat(run(check, y))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("CONSIST-NARRATIVE-TABLE");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.stated()).isEqualTo("39.76万元");
              assertThat(f.expected()).isEqualTo("38.76万元");
              assertThat(f.basis()).contains("经费控制情况——三公经费").contains("决算（执行）数");
            });
  }

  @Test
  void theUnitsOwnHeadCountAgainstTheStaffingTable() {
    var y = year().staffing(15, 15).text("1、 单位基本情况", "人社局机关现有在编人员36人，主要负责贯彻执行党和国家人力资源工作。").build();

    assertThat(run(check, y))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.stated()).isEqualTo("36人");
              assertThat(f.expected()).isEqualTo("编制数15人、实有在职人数15人");
            });
  }

  @Test
  void silentWhenTextAndTablesAgree() {
    var y =
        year()
            .staffing(95, 93)
            .text("（二）部门在职人员情况", "我单位2023年年底人员编制数95人。实有在职人员93人。核定在职人员95人。")
            .text("（三）招聘", "规范事业单位津补贴发放，已完成单位 86 个，在职人员 1800 人。")
            .text("（二）“三公”经费情况", "2023年“三公”经费年初预算数为58万元，全年决算支出39.76万元。")
            .table(
                "basic-data.three-public",
                TableKind.THREE_PUBLIC,
                "经费控制情况——三公经费",
                lines(line("三公经费").initial("58").actual("39.76")))
            .build();

    assertThat(run(check, y)).isEmpty();
  }

  @Test
  void aTableThatRepeatsOneOfTwoTextFiguresLeavesThemToTheTextCheck() {
    var y =
        year()
            .text(
                "2.“三公”经费情况",
                "2023年“三公”经费年初预算数为58万元，其中：公务接待费30万元，公务用车购置及运行费28万元。" + "具体情况如下：2023年公务接待费预算28万元。")
            .table(
                "basic-data.three-public",
                TableKind.THREE_PUBLIC,
                "经费控制情况——三公经费",
                lines(line("三公经费").initial("58").items(line("3、公务接待").initial("30"))))
            .build();

    assertThat(run(check, y)).isEmpty();
    assertThat(run(new ConsistNarrativeNarrativeCheck(), y)).hasSize(1);
  }
}
