package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.audit.NarrativeFigure.Kind;
import org.jixiao.audit.NarrativeTexts.Block;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.budget.GoalItem;
import org.jixiao.budget.Indicator;
import org.jixiao.budget.ScoreSheet;

/**
 * 文中比率与其数据不符 — a rate the text states together with the figures it is made of:
 *
 * <ul>
 *   <li>{@code 立案处理106起，结案100起，结案率95%} (100 ÷ 106 = 94.34%), {@code 已办结28件…一次性化解率95.5%} after
 *       {@code 共接到信访平台投诉件29件} (28 ÷ 29 = 96.55%): the numerator is a count whose words hold the
 *       rate's own (结案, 办结, 化解, 调解 …), the denominator another count of the sentence — or, when the
 *       sentence has none, a total (共, 受理, 接到 …) of the sentence before it. When several pairs
 *       could be meant, the rate is wrong only if none of them gives it;
 *   <li>a completion rate in a goal's result against the goal's target ({@code 全州城镇新增就业2万人} and
 *       {@code 2.33万人，完成省定年度任务的116.6%}), allowing for the rounding of figures printed in 万.
 * </ul>
 */
final class ConsistTextRateCheck extends NamedCheck {

  private static final List<String> STEMS =
      List.of("结案", "办结", "化解", "调解", "处置", "核处", "解决", "受理", "立案", "完成");
  private static final List<String> TOTALS = List.of("共", "受理", "接到", "收到", "合计", "总", "立案");

  ConsistTextRateCheck() {
    super("CONSIST-TEXT-RATE", Severity.ERROR, "文中所列比率与同句所列数据不符", "比率 = 分子 ÷ 分母 × 100%（报告自列数据）");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    DepartmentYear year = ctx.year();
    NarrativeFigures reader = new NarrativeFigures(year.year(), year.unit().name());
    Map<String, Finding> out = new LinkedHashMap<>();
    for (Block b : NarrativeTexts.of(year)) {
      List<NarrativeFigure> figures = reader.read(b.text(), b.heading());
      for (NarrativeFigure r : figures) {
        if (r.kind() == Kind.LEVEL && r.isPercent() && r.subject().endsWith("率")) {
          rate(ctx, b, r, figures).ifPresent(f -> out.putIfAbsent(f.message(), f));
        }
      }
    }
    ConsistSheets sheets = new ConsistSheets(year);
    for (String[] pair : goalPairs(year)) {
      for (Finding f : completions(ctx, reader, sheets, pair)) {
        out.putIfAbsent(f.message(), f);
      }
    }
    return List.copyOf(out.values());
  }

  private Optional<Finding> rate(
      AuditContext ctx, Block b, NarrativeFigure r, List<NarrativeFigure> all) {
    List<String> words = words(r.subject());
    if (words.isEmpty()) {
      return Optional.empty();
    }
    List<NarrativeFigure> before =
        all.stream()
            .filter(f -> f.sentenceIndex() == r.sentenceIndex() && f.offset() < r.offset())
            .filter(f -> f.kind() == Kind.LEVEL && f.isCount())
            .toList();
    List<NarrativeFigure> numerators =
        before.stream().filter(f -> words.stream().anyMatch(w -> f.label().contains(w))).toList();
    List<NarrativeFigure[]> pairs = pairs(r, numerators, before, false);
    if (pairs.isEmpty()) {
      List<NarrativeFigure> previous =
          all.stream()
              .filter(f -> f.sentenceIndex() == r.sentenceIndex() - 1)
              .filter(f -> f.kind() == Kind.LEVEL && f.isCount())
              .filter(f -> TOTALS.stream().anyMatch(t -> f.label().contains(t)))
              .toList();
      pairs = pairs(r, numerators, previous, true);
    }
    if (pairs.isEmpty()) {
      return Optional.empty();
    }
    NarrativeFigure[] best = null;
    BigDecimal bestGap = null;
    for (NarrativeFigure[] p : pairs) {
      BigDecimal pct = ConsistCompare.percent(p[0].baseValue(), p[1].baseValue());
      if (ctx.tolerance().judge(r.value(), pct) == Tolerance.Verdict.AGREES) {
        return Optional.empty();
      }
      BigDecimal gap = pct.subtract(r.value()).abs();
      if (bestGap == null || gap.compareTo(bestGap) < 0) {
        best = p;
        bestGap = gap;
      }
    }
    BigDecimal pct = ConsistCompare.percent(best[0].baseValue(), best[1].baseValue());
    String basis =
        "「"
            + best[0].label()
            + "」"
            + best[0].printed()
            + " ÷ 「"
            + best[1].label()
            + "」"
            + best[1].printed()
            + " × 100% = "
            + ConsistCompare.showPercent(pct);
    return Findings.compare(
        this,
        ctx,
        "文中「" + r.label() + "」",
        b.place() + "：“" + r.excerpt() + "”",
        r.value(),
        r.printed(),
        pct,
        ConsistCompare.showPercent(pct),
        basis);
  }

  private static List<NarrativeFigure[]> pairs(
      NarrativeFigure r,
      List<NarrativeFigure> numerators,
      List<NarrativeFigure> denominators,
      boolean onlyTotals) {
    List<NarrativeFigure[]> out = new ArrayList<>();
    for (NarrativeFigure n : numerators) {
      for (NarrativeFigure d : denominators) {
        if (d == n
            || !ConsistStatements.unitBase(d.unit()).equals(ConsistStatements.unitBase(n.unit()))
            || d.baseValue().signum() == 0
            || (r.value().compareTo(BigDecimal.valueOf(100)) <= 0
                && d.baseValue().compareTo(n.baseValue()) < 0)) {
          continue;
        }
        out.add(new NarrativeFigure[] {n, d});
      }
    }
    return onlyTotals && out.size() > 1 ? List.of() : out;
  }

  /** The words a numerator of this rate holds: 结案率 → 结案, 办结; 一次性化解率 → 化解, 办结, 解决. */
  private static List<String> words(String rate) {
    for (String stem : STEMS) {
      if (rate.contains(stem)) {
        return switch (stem) {
          case "结案" -> List.of("结案", "办结");
          case "办结" -> List.of("办结", "结案");
          case "化解" -> List.of("化解", "办结", "解决");
          default -> List.of(stem);
        };
      }
    }
    return List.of();
  }

  /** Goal rows and sheet rows whose target and result are sentences: {target, result, place}. */
  private static List<String[]> goalPairs(DepartmentYear year) {
    List<String[]> out = new ArrayList<>();
    for (GoalItem g : year.overallGoals()) {
      if (g.target() != null && g.actual() != null) {
        out.add(new String[] {g.target(), g.actual(), "年度绩效目标「" + g.code() + "」实际完成"});
      }
    }
    for (ScoreSheet s : year.sheets()) {
      for (Indicator i : s.indicators()) {
        if (i.target() != null && i.actual() != null && i.actual().length() > 20) {
          out.add(
              new String[] {i.target(), i.actual(), "「" + s.name() + "」指标「" + i.name() + "」实际完成值"});
        }
      }
    }
    return out;
  }

  private List<Finding> completions(
      AuditContext ctx, NarrativeFigures reader, ConsistSheets sheets, String[] pair) {
    List<Finding> out = new ArrayList<>();
    List<NarrativeFigure> targets = reader.read(pair[0]);
    for (NarrativeFigure c : reader.read(pair[1])) {
      if (c.kind() != Kind.COMPLETION || sheets.reference(c).isPresent()) {
        continue;
      }
      for (NarrativeFigure t : targets) {
        if (t.kind() == Kind.LEVEL
            && t.subject().equals(c.base().subject())
            && t.unit().isComparableTo(c.base().unit())
            && t.baseValue().signum() > 0) {
          completion(ctx, pair[2] + "：“" + c.excerpt() + "”", c, t).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  private Optional<Finding> completion(
      AuditContext ctx, String where, NarrativeFigure c, NarrativeFigure t) {
    NarrativeFigure n = c.base();
    BigDecimal pct = ConsistCompare.percent(n.baseValue(), t.baseValue());
    if (ctx.tolerance().judge(c.value(), pct) == Tolerance.Verdict.AGREES) {
      return Optional.empty();
    }
    String basis =
        n.printed() + " ÷ " + t.printed() + "（目标）× 100% = " + ConsistCompare.showPercent(pct);
    BigDecimal[] range = ConsistCompare.percentRange(n.value(), n.unit(), t.baseValue());
    if (ConsistCompare.within(c.value(), range)) {
      return Optional.of(
          Findings.of(
              this,
              Severity.INFO,
              "「"
                  + n.label()
                  + "」完成率按印出数计算为"
                  + ConsistCompare.showPercent(pct)
                  + "，报告为"
                  + c.printed()
                  + "；因"
                  + n.printed()
                  + "为约数，完成率可在"
                  + ConsistCompare.showPercent(range[0])
                  + "至"
                  + ConsistCompare.showPercent(range[1])
                  + "之间，报告数在此范围内",
              where,
              c.printed(),
              ConsistCompare.showPercent(pct),
              basis));
    }
    return Findings.compare(
        this,
        ctx,
        "「" + n.label() + "」完成率",
        where,
        c.value(),
        c.printed(),
        pct,
        ConsistCompare.showPercent(pct),
        basis);
  }
}
