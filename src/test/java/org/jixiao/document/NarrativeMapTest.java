package org.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.budget.NarrativeSection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NarrativeMapTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "一、部门基本情况, BASIC",
    "1、 单位基本情况, BASIC",
    "概 述, BASIC",
    "二、部门（单位）收支情况, GENERAL_BUDGET",
    "二、部门整体支出管理及使用情况, GENERAL_BUDGET",
    "三、部门内部控制情况, PERFORMANCE",
    "三、政府基金预算支出情况（无）, GOVERNMENT_FUND",
    "四、国有资本经营预算支出情况, STATE_CAPITAL",
    "五、社会保险基金预算支出情况本, SOCIAL_INSURANCE",
    "六、其他收入情况, OTHER_INCOME",
    "6、 部门整体支出绩效情况, PERFORMANCE",
    "六、综合评价情况及评价结论, PERFORMANCE",
    "七、主要经验做法、存在的问题及原因分析, PROBLEMS",
    "八、有关建议, IMPROVEMENTS",
    "九、下一步改进措施, IMPROVEMENTS",
    "十、部门整体支出绩效自评结果拟应用和公开情况, APPLICATION",
    "十、 其他需要说明的情况, OTHER",
    "厉行节约保障措施, OTHER",
    "附件：, OTHER",
  })
  void aHeadingsWordsChooseItsChapter(String heading, Chapter chapter) {
    assertThat(NarrativeMap.byWords(heading)).contains(chapter);
  }

  @Test
  void subSectionsFollowTheirChapterAndNothingIsDropped() {
    NarrativeMap map =
        NarrativeMap.of(
            List.of(
                new NarrativeSection("2024年度部门整体支出绩效自评报告", 0, "现将自评情况报告如下："),
                new NarrativeSection("七、部门整体支出绩效情况", 1, null),
                new NarrativeSection("（二）部门职责履行情况", 2, "就业局势稳中有进。"),
                new NarrativeSection("十二、一段无从归类的文字", 1, "照原文保留。")));

    assertThat(map.intro()).containsExactly(Block.p("现将自评情况报告如下："));
    assertThat(map.blocks(Chapter.PERFORMANCE))
        .containsExactly(Block.h2("（二）部门职责履行情况"), Block.p("就业局势稳中有进。"));
    assertThat(map.blocks(Chapter.OTHER)).containsExactly(Block.h2("一段无从归类的文字"), Block.p("照原文保留。"));
    assertThat(map.blocks(Chapter.BASIC)).isEmpty();
  }

  @Test
  void anOrphanSubSectionUnderAGenericHeadingFindsItsOwnChapter() {
    NarrativeMap map =
        NarrativeMap.of(
            List.of(
                new NarrativeSection("概 述", 1, null),
                new NarrativeSection("（一）部门职责", 2, "职责。"),
                new NarrativeSection("（一）基本支出", 2, "基本支出 1 元。"),
                new NarrativeSection("1. 明细", 3, "明细。")));

    assertThat(map.blocks(Chapter.BASIC))
        .containsExactly(Block.h2("概 述"), Block.h2("（一）部门职责"), Block.p("职责。"));
    assertThat(map.blocks(Chapter.GENERAL_BUDGET))
        .containsExactly(
            Block.h2("（一）基本支出"), Block.p("基本支出 1 元。"), Block.h3("1. 明细"), Block.p("明细。"));
  }

  @Test
  void aChapterHeadingThatSaysNoneKeepsTheWordNone() {
    NarrativeMap map = NarrativeMap.of(List.of(new NarrativeSection("三、政府基金预算支出情况（无）", 1, null)));

    assertThat(map.blocks(Chapter.GOVERNMENT_FUND)).containsExactly(Block.p("无。"));
  }
}
