package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ConsistencyFixture.run;
import static org.jixiao.audit.ConsistencyFixture.year;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConsistNarrativeNarrativeCheckTest {

  private final ConsistNarrativeNarrativeCheck check = new ConsistNarrativeNarrativeCheck();

  @Test
  void theSameBudgetStatedTwiceWithDifferentFigures() {
    var y =
        year()
            .text(
                "2.“三公”经费情况",
                "2023年“三公”经费年初预算数为58万元，其中：因公出国（境）费用0万元，公务接待费30万元，公务用车购置及运行费28万元。"
                    + "具体情况如下：2023年公务接待费预算28万元，实际支出17.08万元。")
            .build();

    List<Finding> found = run(check, y);

    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("CONSIST-NARRATIVE-NARRATIVE");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.stated()).isEqualTo("28万元");
              assertThat(f.expected()).isEqualTo("30万元");
              assertThat(f.location()).contains("2.“三公”经费情况").contains("公务接待费预算28万元");
              assertThat(f.basis()).contains("公务接待费30万元");
            });
  }

  @Test
  void theSameCountInTwoPartsOfTheReport() {
    var y =
        year()
            .text("3.人才服务发展不断加强", "人事考试安全有序。已完成 4.6 万人次各项人事考试和职业资格考试工作。")
            .text("（四）人才服务发展不断加强。", "人事考试安全有序。已完成 3.5 万人次各项人事考试和职业资格考试工作。")
            .build();

    assertThat(run(check, y))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.stated()).isEqualTo("3.5万人次");
              assertThat(f.expected()).isEqualTo("4.6万人次");
              assertThat(f.location()).contains("（四）人才服务发展不断加强。");
            });
  }

  @Test
  void silentWhenTheFiguresAgree() {
    var y =
        year()
            .text("一、总体情况", "全州城镇新增就业 2.33 万人，职业技能培训 3.2 万人。")
            .text("（二）就业形势保持总体稳定。", "全州城镇新增就业 2.33 万人，新增农村劳动力转移就业 2.08 万人。")
            .build();

    assertThat(run(check, y)).isEmpty();
  }

  @Test
  void figuresOfDifferentTotalsOrPurposesAreDifferentQuantities() {
    var y =
        year()
            .text("1.基本支出情况", "按经济科目划分，2023 年基本支出分别为：工资福利支出 2291 万元；商品和服务支出 426.36 万元。")
            .text(
                "2.项目支出情况",
                "按经济科目划分，2023年项目支出分别为：工资福利支出57.13万元；商品和服务支出3776.59万元。"
                    + "为两家小微企业吸纳高校毕业生就业，发放社保补贴 1.98 万元；为灵活就业困难人员，发放社保补贴 124.04 万元。")
            .text("3.招聘", "开展招聘共 25 场，初步达成就业意向 15330 人。其中人才夜市招聘活动 10 场，初步达成就业意向 3543 人。")
            .build();

    assertThat(run(check, y)).isEmpty();
  }

  @Test
  void plansParallelListsAndBareVerbsAreNotCompared() {
    var y =
        year()
            .text("三、绩效情况", "全年城镇新增就业5200人。组织培训班12期，培训1200人次。")
            .text("四、支出结构", "局机关基本支出500万元，人员经费400万元；二级单位基本支出300万元，人员经费250万元。")
            .text("五、创业", "组织创业培训班5期，培训300人次。")
            .text("九、下一步改进措施", "2024年力争城镇新增就业5500人。")
            .text("十、其他", "力争城镇新增就业5500人，开展培训2000人次。")
            .build();

    assertThat(run(check, y)).isEmpty();
  }

  @Test
  void aRoundingDifferenceOfAnAmountIsANote() {
    var y =
        year()
            .text("1.基本支出", "基本支出年初预算为1991.73万元，本年实际支出2830.84万元。")
            .text("2.小结", "基本支出年初预算为1991.73万元，本年实际支出2830.85万元。")
            .build();

    assertThat(run(check, y))
        .singleElement()
        .extracting(Finding::severity)
        .isEqualTo(Severity.INFO);
  }
}
