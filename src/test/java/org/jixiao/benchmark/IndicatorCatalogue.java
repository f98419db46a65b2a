package org.jixiao.benchmark;

import static org.jixiao.benchmark.TargetForms.atLeastCount;
import static org.jixiao.benchmark.TargetForms.atLeastPercent;
import static org.jixiao.benchmark.TargetForms.atMost;
import static org.jixiao.benchmark.TargetForms.atMostPercent;
import static org.jixiao.benchmark.TargetForms.deadline;
import static org.jixiao.benchmark.TargetForms.full;
import static org.jixiao.benchmark.TargetForms.phrase;
import static org.jixiao.benchmark.TargetForms.plainCount;
import static org.jixiao.benchmark.TargetForms.range;
import static org.jixiao.benchmark.TargetForms.sentence;
import static org.jixiao.benchmark.TargetForms.withinDays;

import java.util.List;
import org.jixiao.benchmark.TargetForms.Form;

/**
 * 指标库 — indicator rows as Hunan department and project self-evaluation sheets print them, each with
 * the way its target is written. A generated sheet draws its rows from here.
 */
final class IndicatorCatalogue {
  private IndicatorCatalogue() {}

  /**
   * One row template: where it sits in the three levels, its name and how its target is written.
   */
  record Template(String level1, String level2, String name, Form form) {}

  private static Template output(String name, Form form) {
    return new Template("产出指标", null, name, form);
  }

  private static Template benefit(String name, Form form) {
    return new Template("效益指标", null, name, form);
  }

  /** 部门整体支出绩效自评表 rows (framework dept-self-10): 34 rows, a sheet takes 15 to 30. */
  static final List<Template> DEPARTMENT =
      List.of(
          output("企业劳动合同签订率", atLeastPercent(85, 95)),
          output("城镇登记失业率", atMostPercent(3.5, 4.5, "城镇登记失业率")),
          output("新增城镇就业人数", atLeastCount(20, 60, "人", true)),
          output("农村劳动力转移就业人数", atLeastCount(10, 30, "人", true)),
          output("各项社会保险按时发放", phrase("按时发放", "按时足额发放")),
          output("各项工作经费及时足额拨付率", full()),
          output("职业技能培训人次", plainCount(800, 12000, "人次")),
          output("政务服务事项办结时限", withinDays(15, 60)),
          output("重点项目开工数", atLeastCount(8, 40, "个", false)),
          output("农村公路养护里程", atLeastCount(120, 900, "公里", false)),
          output("公共文化活动场次", atLeastCount(40, 200, "场", false)),
          output("义务教育巩固率", atLeastPercent(94, 99)),
          output("安全生产事故起数", atMost(2, 6, "起")),
          output("年度重点工作完成时间", deadline()),
          output("信访案件按期办结率", atLeastPercent(90, 98)),
          output("项目验收合格率", full()),
          output("就业创业目标任务", sentence()),
          output("政府采购执行率", range(90)),
          benefit("保障农民工权益维护社会稳定", phrase("稳定", "社会稳定")),
          benefit("城乡居民养老保险覆盖率", atLeastPercent(95, 100)),
          benefit("空气质量优良天数比例", atLeastPercent(80, 92)),
          benefit("营商环境", phrase("持续优化", "有效优化")),
          benefit("带动就业人数", plainCount(500, 6000, "人")),
          benefit("群众获得感", phrase("有效提升", "明显增强")),
          benefit("生态环境质量", phrase("有效改善", "稳中向好")),
          new Template("成本指标", null, "三公经费控制率", atMostPercent(100, 100, "三公经费")),
          new Template("成本指标", null, "公用经费控制率", atMostPercent(100, 100, "公用经费")),
          new Template("成本指标", null, "单位运行成本", atMost(150, 900, "万元")),
          new Template("成本指标", null, "项目支出成本控制", phrase("不超过预算投入")),
          new Template("满意度指标", null, "劳动人事争议仲裁结案率", atLeastPercent(85, 95)),
          new Template("满意度指标", null, "社会公众满意度", atLeastPercent(85, 95)),
          new Template("满意度指标", null, "服务对象满意度", range(85)),
          new Template("满意度指标", null, "投诉处理及时率", atLeastPercent(95, 99)),
          new Template("满意度指标", null, "办事群众好评率", atLeastPercent(90, 98)));

  /** 项目支出绩效自评表 产出 rows (framework project-self-10), by level-2 heading. */
  static final List<Template> PROJECT_OUTPUT =
      List.of(
          new Template("产出指标", "数量指标", "补贴发放人数", plainCount(300, 9000, "人")),
          new Template("产出指标", "数量指标", "培训人次", atLeastCount(200, 3000, "人次", false)),
          new Template("产出指标", "数量指标", "设备购置数量", atLeastCount(5, 60, "台", false)),
          new Template("产出指标", "数量指标", "档案整理数", atLeastCount(1000, 8000, "份", false)),
          new Template("产出指标", "数量指标", "维修改造面积", plainCount(800, 9000, "平方米")),
          new Template("产出指标", "质量指标", "验收合格率", full()),
          new Template("产出指标", "质量指标", "资金发放准确率", atLeastPercent(95, 100)),
          new Template("产出指标", "质量指标", "培训合格率", range(90)),
          new Template("产出指标", "时效指标", "资金拨付及时性", deadline()),
          new Template("产出指标", "时效指标", "办理时限", withinDays(7, 30)),
          new Template("产出指标", "成本指标", "项目成本", atMost(20, 600, "万元")),
          new Template("产出指标", "成本指标", "单位成本控制", phrase("不超过预算投入")));

  /** 项目支出绩效自评表 效益 rows. */
  static final List<Template> PROJECT_BENEFIT =
      List.of(
          new Template("效益指标", "社会效益指标", "保障对象待遇落实", phrase("按时足额发放", "落实到位")),
          new Template("效益指标", "社会效益指标", "维持业务正常运转", phrase("正常运转")),
          new Template("效益指标", "经济效益指标", "带动就业人数", atLeastCount(50, 900, "人", false)),
          new Template("效益指标", "可持续影响指标", "长效管理机制", phrase("有效建立", "持续发挥作用")),
          new Template("效益指标", "生态效益指标", "环境改善", phrase("有效改善")));

  /** 项目支出绩效自评表 满意度 rows. */
  static final List<Template> PROJECT_SATISFACTION =
      List.of(
          new Template("满意度指标", "服务对象满意度指标", "群众满意度", atLeastPercent(90, 98)),
          new Template("满意度指标", "服务对象满意度指标", "受益对象满意度", atLeastPercent(85, 95)));

  /** Project names for generated project sheets. */
  static final List<String> PROJECTS =
      List.of(
          "业务工作经费",
          "运行维护经费",
          "就业补助资金",
          "城乡居民基本养老保险补助",
          "高标准农田建设",
          "农村公路养护",
          "义务教育薄弱环节改善",
          "基本公共卫生服务补助",
          "城市绿化提质",
          "防汛抗旱物资储备",
          "信息化系统运维",
          "人才引进专项",
          "老旧小区改造",
          "文化惠民演出",
          "河道清淤整治",
          "生活垃圾分类处理",
          "应急救灾物资采购",
          "社区居家养老服务补助",
          "职业技能提升补贴",
          "法律援助经费");
}
