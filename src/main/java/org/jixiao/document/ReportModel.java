package org.jixiao.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.evaluation.AuditedYear;

/**
 * 报告数据 — what the self-evaluation template is filled with: the cover (seed 001), the title and
 * preamble, and the chapters in order, each with its figure sentences first and then the unit's own
 * narrative as written.
 *
 * <p>The template reads {@code unitName, budgetCode, method, evaluator, reportDate, issuer,
 * coverTitle, title, intro[{p}], chapters[{heading, blocks[{h2|h3|p: {text}}]}]}.
 */
final class ReportModel {
  static final String NOTHING = "本年度未填报相关情况。";

  private ReportModel() {}

  static Map<String, Object> of(AuditedYear audited) {
    DepartmentYear year = audited.year();
    Map<String, Object> m = new LinkedHashMap<>();
    String unitName = year.unit().name();
    m.put("unitName", unitName);
    m.put("budgetCode", orBlank(year.unit().budgetCode()));
    m.put("method", "部门（单位）绩效自评");
    m.put("evaluator", year.source().evaluator() == null ? "部门（单位）评价组" : year.source().evaluator());
    m.put("reportDate", orBlank(year.source().reportDate()));
    m.put("issuer", issuer(year.unit().region()));
    m.put("coverTitle", year.year() + "年度部门整体支出绩效自评报告");
    m.put("title", unitName + year.year() + "年度部门整体支出绩效自评报告");
    NarrativeMap narrative = NarrativeMap.of(year.narrative());
    List<Block> intro = new ArrayList<>(narrative.intro());
    if (intro.isEmpty()) {
      intro.add(
          Block.p("根据预算绩效管理有关规定，" + unitName + "对" + year.year() + "年度部门整体支出开展了绩效自评，现将自评情况报告如下："));
    }
    m.put("intro", intro.stream().map(Block::model).toList());
    m.put("chapters", chapters(audited, narrative));
    return m;
  }

  static List<Map<String, Object>> chapters(AuditedYear audited, NarrativeMap narrative) {
    FigureSentences figures = new FigureSentences(audited.year());
    PerformanceSentences performance = new PerformanceSentences(audited);
    List<Map<String, Object>> out = new ArrayList<>();
    int index = 0;
    for (Chapter c : Chapter.values()) {
      List<Block> blocks = new ArrayList<>();
      generated(c, figures, performance).forEach(s -> blocks.add(Block.p(s)));
      blocks.addAll(narrative.blocks(c));
      if (c == Chapter.PERFORMANCE) {
        blocks.add(Block.h2("数据审核情况"));
        performance.findings().forEach(s -> blocks.add(Block.p(s)));
      }
      if (c == Chapter.OTHER && blocks.isEmpty()) {
        continue;
      }
      if (blocks.isEmpty()) {
        blocks.add(Block.p(NOTHING));
      }
      Map<String, Object> chapter = new LinkedHashMap<>();
      chapter.put("heading", c.heading(index++));
      chapter.put("blocks", blocks.stream().map(Block::model).toList());
      out.add(chapter);
    }
    return out;
  }

  private static List<String> generated(
      Chapter c, FigureSentences figures, PerformanceSentences performance) {
    return switch (c) {
      case BASIC -> figures.basic();
      case GENERAL_BUDGET -> figures.generalBudget();
      case GOVERNMENT_FUND -> figures.governmentFund();
      case STATE_CAPITAL -> figures.stateCapital();
      case SOCIAL_INSURANCE -> figures.socialInsurance();
      case OTHER_INCOME -> figures.otherIncome();
      case PERFORMANCE -> performance.conclusion();
      default -> List.of();
    };
  }

  /** "益阳市" → "益阳市财政局"; without a region the form's placeholder "XX财政局". */
  static String issuer(String region) {
    return (region == null || region.isBlank() ? "XX" : region.strip()) + "财政局";
  }

  private static String orBlank(String s) {
    return s == null || s.isBlank() ? "　　　　　　" : s.strip();
  }
}
