package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.audit.NarrativeFigure.Kind;
import org.jixiao.audit.NarrativeFigure.Measure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sentences of the five seed reports and the forms they vary in. Rows read {@code sentence | figure
 * as printed | kind | subject | measure | qualifier}; an empty qualifier is none.
 */
class NarrativeFiguresTest {

  private static final NarrativeFigures READER = new NarrativeFigures(2024, "益阳市人力资源和社会保障局");

  static NarrativeFigure figure(String text, String heading, String printed) {
    List<NarrativeFigure> all = READER.read(text, heading);
    return all.stream()
        .filter(f -> f.printed().replace(",", "").equals(printed.replace(",", "")))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("“" + printed + "” not read from “" + text + "”: " + all));
  }

  @ParameterizedTest(name = "{1} in “{0}”")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2024年公务接待费预算28万元，实际支出17.08万元。 | 28万元 | LEVEL | 公务接待 | BUDGET |
          2024年公务接待费预算28万元，实际支出17.08万元。 | 17.08万元 | LEVEL | 公务接待 | ACTUAL |
          “三公”经费年初预算数为58万元，其中：因公出国（境）费用0万元，公务接待费30万元。 | 58万元 | LEVEL | 三公 | INITIAL |
          “三公”经费年初预算数为58万元，其中：因公出国（境）费用0万元，公务接待费30万元。 | 30万元 | LEVEL | 公务接待 | INITIAL | 三公
          “三公”经费年初预算数为58万元，其中：因公出国（境）费用0万元，公务接待费30万元。 | 0万元 | LEVEL | 因公出国（境） | INITIAL | 三公
          基本支出年初预算为1991.73万元，年中调整追加839.11万元，本年实际支出2830.84万元。 | 839.11万元 | LEVEL | 基本 | ADJUSTMENT |
          基本支出年初预算为1991.73万元，年中调整追加839.11万元，本年实际支出2830.84万元。 | 2830.84万元 | LEVEL | 基本 | ACTUAL |
          人事考试安全有序。已完成 4.6 万人次各项人事考试和职业资格考试工作。 | 4.6万人次 | LEVEL | 各项人事考试和职业资格考试工作 | NONE |
          人社局机关现有在编人员36人，主要负责贯彻执行党和国家人力资源工作。 | 36人 | LEVEL | 机关现有在编人员 | NONE |
          职业技能培训1026人，完成目标任务的114%。 | 114% | COMPLETION | 职业技能培训 | NONE |
          公务用车运行维护费22.68万元，较预算减少5.32万元。 | 5.32万元 | CHANGE | | NONE |
          本年收入合计4711.41万元，其中：一般公共预算财政拨款收入3759.26万元，占79.79%。 | 79.79% | SHARE | | NONE |
          应届高校毕业生就业率达 95%以上。 | 95%以上 | BOUND | | NONE |
          解答劳动者或用人单位问题近 1200 余件。 | 1200余件 | BOUND | | NONE |
          与2019年收入（1885.26万元）相比，收入增加2826.15万元。 | 1885.26万元 | OTHER_YEAR | | NONE |
          全市基本养老保险、工伤保险、失业保险参保人数达339.54万人、45.36万人、25.2万人。 | 339.54万人 | UNREAD | | NONE |
          参保人数分别为 28046 人、2399 人。 | 28046人 | UNREAD | | NONE |
          其中人才夜市招聘活动 10 场，共服务企业 232 家，初步达成就业意向 3543 人。 | 3543人 | LEVEL | 初步达成就业意向 | NONE | 其中：人才夜市招聘活动
          按经济科目划分，2024 年基本支出分别为：工资福利支出 2291 万元；商品和服务支出 426.36 万元。 | 426.36万元 | LEVEL | 商品和服务 | NONE | 基本
          2024年度财政拨款基本支出 3,395,742.00 元，其中：人员经费 3,153,742.00 元。 | 3395742.00元 | LEVEL | 财政拨款基本 | NONE |
          公务接待费３０万元。 | 30万元 | LEVEL | 公务接待 | NONE |
          全州共支付养老、失业、工伤待遇 57.99 亿元。 | 57.99亿元 | LEVEL | 支付养老、失业、工伤待遇 | NONE |
          """)
  void reads(
      String sentence,
      String printed,
      Kind kind,
      String subject,
      Measure measure,
      String qualifier) {
    NarrativeFigure f = figure(sentence, null, printed);
    assertThat(f.kind()).as("kind").isEqualTo(kind);
    if (kind == Kind.LEVEL || kind == Kind.COMPLETION) {
      assertThat(f.subject()).as("subject").isEqualTo(subject);
      assertThat(f.measure()).as("measure").isEqualTo(measure);
      assertThat(f.qualifier()).as("qualifier").isEqualTo(qualifier);
    }
  }

  @Test
  void aCompletionRateBelongsToTheCountBeforeIt() {
    NarrativeFigure f = figure("创业培训447人，完成目标任务的149%。", null, "149%");

    assertThat(f.base().printed()).isEqualTo("447人");
    assertThat(f.base().subject()).isEqualTo("创业培训");
  }

  @Test
  void aListHeadingThatSaysNothingTakesTheSectionHeading() {
    NarrativeFigure f = figure("具体情况如下：2024年公务接待费预算28万元，实际支出17.08万元。", "2.“三公”经费情况", "28万元");

    assertThat(f.qualifier()).isEqualTo("三公");
  }

  @Test
  void budgetClassificationCodesAreNotCounts() {
    List<NarrativeFigure> all = READER.read("201一般公共服务支出（类）10人力资源事务（款）99其他人力资源事务支出（项）年初预算为0万元");

    assertThat(all).extracting(NarrativeFigure::printed).containsExactly("0万元");
  }

  @Test
  void theClauseBeforeTellsWhatAFigureIsFor() {
    NarrativeFigure f = figure("为两家小微企业吸纳高校毕业生就业，发放社保补贴 1.98 万元。", null, "1.98万元");

    assertThat(f.context()).isEqualTo("为两家小微企业吸纳高校毕业生就业");
  }

  @Test
  void accountsOfAFundBelongToTheSentenceTopic() {
    NarrativeFigure f =
        figure("2024年一般公共预算财政拨款基本支出年初结转和结余 23.46 万元，本年收入合计 3785.25 万元。", null, "3785.25万元");

    assertThat(f.subject()).isEqualTo("本年收入");
    assertThat(f.qualifier()).isEqualTo("一般公共预算财政拨款基本支出年初结转和结余");
  }
}
