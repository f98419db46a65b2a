package org.jixiao.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.budget.GoalItem;
import org.jixiao.budget.Indicator;
import org.jixiao.budget.NarrativeSection;
import org.jixiao.budget.ScoreSheet;
import org.jixiao.budget.SpecialFund;

/**
 * 文字部分 — every free text of a year in document order: the narrative sections, the goals and what
 * was achieved, the texts of the score sheets. Each knows where it stands and whether it states
 * targets (a 绩效目标 section) or results; a text printed twice is read once.
 */
final class NarrativeTexts {

  /** Whether a text states what was planned or what was done. */
  enum Role {
    TARGET,
    ACTUAL
  }

  /**
   * @param place where the text stands, as a reviewer would name it
   * @param heading the section heading, for lists whose own heading says nothing
   * @param order position in the document (earlier texts first)
   */
  record Block(String text, String place, String heading, Role role, int order) {}

  private static final Pattern PLAN = Pattern.compile("计划|措施|打算|思路|下一步|改进|建议|工作安排|工作重点");
  private static final Pattern PLAN_SENTENCE =
      Pattern.compile("力争|预计|计划|争取|拟|目标任务为|目标为|下达.{0,6}任务");

  private NarrativeTexts() {}

  static List<Block> of(DepartmentYear year) {
    List<Block> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (NarrativeSection s : year.narrative()) {
      Role role = isGoalHeading(s.heading()) ? Role.TARGET : Role.ACTUAL;
      add(out, seen, s.text(), "正文「" + s.heading() + "」", s.heading(), role);
    }
    for (ScoreSheet sheet : year.sheets()) {
      String name = "「" + sheet.name() + "」";
      add(out, seen, sheet.expectedGoal(), name + "年度总体目标", null, Role.TARGET);
      add(out, seen, sheet.achievedGoal(), name + "实际完成情况", null, Role.ACTUAL);
      for (Indicator i : sheet.indicators()) {
        String at = name + "指标「" + i.name() + "」";
        // a cell holding a value is read by the sheet checks; a cell holding sentences is text
        add(out, seen, sentences(i.target()), at + "年度指标值", null, Role.TARGET);
        add(out, seen, sentences(i.actual()), at + "实际完成值", null, Role.ACTUAL);
        add(out, seen, i.deviationReason(), at + "偏差原因", null, Role.ACTUAL);
        add(out, seen, i.analysis(), at + "评价分析", null, Role.ACTUAL);
      }
    }
    for (GoalItem g : year.overallGoals()) {
      String at = "年度绩效目标「" + join(g.code(), g.name()) + "」";
      add(out, seen, named(g.name(), g.target()), at + "预期目标", null, Role.TARGET);
      add(out, seen, named(g.name(), g.actual()), at + "实际完成", null, Role.ACTUAL);
    }
    for (SpecialFund f : year.specialFunds()) {
      add(out, seen, f.goal(), "专项资金「" + f.name() + "」绩效目标", null, Role.TARGET);
    }
    return out;
  }

  /**
   * 绩效目标 sections state targets, and so do plans and next steps (下一步工作计划, 改进措施); 目标完成情况 sections
   * state results.
   */
  static boolean isGoalHeading(String heading) {
    if (heading == null) {
      return false;
    }
    boolean goal =
        heading.contains("目标")
            && !heading.contains("完成")
            && !heading.contains("实现")
            && !heading.contains("情况");
    return goal || PLAN.matcher(heading).find();
  }

  /** A sentence that plans or aims (力争, 预计, 计划) states a target even among results. */
  static boolean isPlan(String sentence) {
    return PLAN_SENTENCE.matcher(sentence).find();
  }

  private static void add(
      List<Block> out, Set<String> seen, String text, String place, String heading, Role role) {
    if (text == null || text.isBlank() || !seen.add(text.strip())) {
      return;
    }
    out.add(new Block(text, place, heading, role, out.size()));
  }

  /** A goal row printed as name | value reads as the phrase “name value”. */
  private static String named(String name, String value) {
    if (value == null || name == null || name.isBlank() || value.length() > 20) {
      return value;
    }
    return name.strip() + value.strip();
  }

  private static String sentences(String cell) {
    return cell == null || cell.strip().length() <= 20 ? null : cell;
  }

  private static String join(String a, String b) {
    if (a == null || a.isBlank()) {
      return b == null ? "" : b;
    }
    return b == null || b.isBlank() ? a : a + " " + b;
  }
}
