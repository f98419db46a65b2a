package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jixiao.audit.NarrativeFigure.Kind;
import org.jixiao.audit.NarrativeFigure.Measure;
import org.jixiao.audit.NarrativeTexts.Block;
import org.jixiao.audit.NarrativeTexts.Role;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.quantity.Unit;

/**
 * 同一数量的各处说法 — every figure the narrative states, grouped by what it is a figure of (subject, what
 * it is part of, measure, unit, target or result), next to the table lines of the same name. Within
 * a group, figures that agree form one cluster; every other cluster is a discrepancy, reported once
 * against the best-supported cluster.
 *
 * <p>Tables are often the narrative transcribed (a table line the narrative states with the same
 * figure): such a line supports the narrative figure it repeats rather than counting as a second,
 * independent place. Only when every narrative figure of a group disagrees with the tables is the
 * narrative set against the table.
 */
final class ConsistStatements {

  /** Where a statement was read. */
  enum Source {
    NARRATIVE,
    TABLE
  }

  /** What a group of statements is about. */
  record Key(String subject, String qualifier, String measure, String unitBase, Role role) {}

  /**
   * One printed figure.
   *
   * @param figure the narrative figure, or null for a table line
   * @param genericBudget the words said 预算 without 年初 or 全年
   */
  record Statement(
      Source source,
      Key key,
      BigDecimal value,
      Unit unit,
      String place,
      int order,
      NarrativeFigure figure,
      int block,
      boolean genericBudget) {

    String printed() {
      return ConsistCompare.show(value, unit);
    }
  }

  enum Between {
    NARRATIVE_NARRATIVE,
    NARRATIVE_TABLE
  }

  /**
   * A cluster of statements that disagrees with the reference cluster.
   *
   * @param supports table lines that repeat the reference figure
   */
  record Discrepancy(
      Between kind,
      Key key,
      List<Statement> stated,
      List<Statement> reference,
      List<Statement> supports,
      Tolerance.Verdict verdict) {}

  private ConsistStatements() {}

  /**
   * @param handledElsewhere narrative figures another check compares (with a sheet indicator or the
   *     staffing table): left out here so that one fact is reported once
   */
  static List<Discrepancy> find(AuditContext ctx, Predicate<Statement> handledElsewhere) {
    DepartmentYear year = ctx.year();
    Map<Key, List<Statement>> groups = new LinkedHashMap<>();
    for (Statement s : narrative(year)) {
      if (!handledElsewhere.test(s)) {
        groups.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(s);
      }
    }
    List<Statement> tables = ConsistTableLines.statements(year);
    List<Statement> all = new ArrayList<>(tables);
    groups.values().forEach(all::addAll);
    List<Discrepancy> out = new ArrayList<>();
    for (Map.Entry<Key, List<Statement>> g : groups.entrySet()) {
      List<Statement> said = withoutFullYearBudgets(ctx, g.getValue(), all);
      List<Statement> lines = tables.stream().filter(t -> t.key().equals(g.getKey())).toList();
      out.addAll(group(ctx, g.getKey(), said, lines));
    }
    return withoutTotalsOfDeviantItems(out);
  }

  /** Every usable narrative figure as a statement, in document order. */
  static List<Statement> narrative(DepartmentYear year) {
    NarrativeFigures reader = new NarrativeFigures(year.year(), year.unit().name());
    List<Statement> out = new ArrayList<>();
    for (Block b : NarrativeTexts.of(year)) {
      for (NarrativeFigure f : reader.read(b.text(), b.heading())) {
        if ((f.kind() != Kind.LEVEL && f.kind() != Kind.COMPLETION) || f.subject().isEmpty()) {
          continue;
        }
        if (f.kind() == Kind.LEVEL && !isSpecific(f)) {
          continue;
        }
        String measure = f.kind() == Kind.COMPLETION ? "COMPLETION" : measure(f.measure(), f);
        Role role = NarrativeTexts.isPlan(f.segment()) ? Role.TARGET : b.role();
        Key key = new Key(f.subject(), f.qualifier(), measure, unitBase(f.unit()), role);
        String place = b.place() + "：“" + f.excerpt() + "”";
        int order = b.order() * 100_000 + f.sentenceIndex() * 1000 + Math.min(f.offset(), 999);
        out.add(
            new Statement(
                Source.NARRATIVE,
                key,
                f.value(),
                f.unit(),
                place,
                order,
                f,
                b.order(),
                f.measure() == Measure.BUDGET));
      }
    }
    return out;
  }

  private static List<Discrepancy> group(
      AuditContext ctx, Key key, List<Statement> said, List<Statement> lines) {
    List<List<Statement>> clusters = cluster(ctx, said);
    if (clusters.isEmpty()) {
      return List.of();
    }
    if (clusters.size() == 1) {
      List<Statement> only = clusters.get(0);
      if (lines.isEmpty() || lines.stream().anyMatch(l -> agree(ctx, l, only.get(0)))) {
        return List.of();
      }
      List<List<Statement>> lineClusters = cluster(ctx, lines);
      lineClusters.sort(Comparator.comparingInt((List<Statement> c) -> -c.size()));
      List<Statement> reference = lineClusters.get(0);
      return List.of(
          new Discrepancy(
              Between.NARRATIVE_TABLE,
              key,
              only,
              reference,
              List.of(),
              verdict(ctx, only.get(0), reference.get(0))));
    }
    List<Statement> reference =
        clusters.stream()
            .max(
                Comparator.comparingLong((List<Statement> c) -> supports(ctx, c, lines).size())
                    .thenComparingLong(c -> c.stream().map(Statement::block).distinct().count())
                    .thenComparingInt(c -> -first(c)))
            .orElseThrow();
    List<Discrepancy> out = new ArrayList<>();
    for (List<Statement> c : clusters) {
      if (c != reference && sameContext(c, reference)) {
        out.add(
            new Discrepancy(
                Between.NARRATIVE_NARRATIVE,
                key,
                c,
                reference,
                supports(ctx, reference, lines),
                verdict(ctx, c.get(0), reference.get(0))));
      }
    }
    return out;
  }

  /**
   * A subject that names one quantity: a count or rate needs four characters or more (培训, 办结, 结案率
   * are said of many things); an amount of an account (基本, 项目, 三公) needs two.
   */
  static boolean isSpecific(NarrativeFigure f) {
    String s = f.subject();
    if (NarrativeLabels.VERBS.contains(s)) {
      return false;
    }
    return f.isMoney() ? s.length() >= 2 : s.length() >= 4;
  }

  /**
   * Two figures said for different purposes (为两家小微企业…发放社保补贴1.98万元 and 为灵活就业困难人员，发放社保补贴 124.04万元)
   * are two quantities, even under the same words.
   */
  private static boolean sameContext(List<Statement> a, List<Statement> b) {
    for (Statement x : a) {
      for (Statement y : b) {
        if (sameSentence(x, y)) {
          continue; // 人员经费400万元…人员经费250万元 in one sentence: parallel, not repeated
        }
        String cx = x.figure() == null ? "" : x.figure().context();
        String cy = y.figure() == null ? "" : y.figure().context();
        if (cx.isEmpty() || cy.isEmpty() || cx.equals(cy)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean sameSentence(Statement x, Statement y) {
    return x.figure() != null
        && y.figure() != null
        && x.block() == y.block()
        && x.figure().sentenceIndex() == y.figure().sentenceIndex();
  }

  /** 预算 that is the full-year budget somewhere else is not an 年初预算 figure. */
  private static List<Statement> withoutFullYearBudgets(
      AuditContext ctx, List<Statement> said, List<Statement> all) {
    return said.stream()
        .filter(
            s ->
                !s.genericBudget()
                    || all.stream()
                        .noneMatch(
                            o ->
                                (o.key().measure().equals("FULL_YEAR")
                                        || o.key().measure().equals("AVAILABLE"))
                                    && o.key().subject().equals(s.key().subject())
                                    && java.util.Objects.equals(
                                        o.key().qualifier(), s.key().qualifier())
                                    && o.key().unitBase().equals(s.key().unitBase())
                                    && agree(ctx, o, s)))
        .toList();
  }

  /**
   * A total (“三公”经费11.01万元，其中公务接待费为11.01万元) that is off only because an item listed under it is off
   * is reported at the item.
   */
  private static List<Discrepancy> withoutTotalsOfDeviantItems(List<Discrepancy> found) {
    Set<String> deviantParents = new HashSet<>();
    for (Discrepancy d : found) {
      for (Statement s : d.stated()) {
        if (s.figure() != null && s.figure().qualifier() != null) {
          deviantParents.add(
              s.block() + "#" + s.figure().sentenceIndex() + "#" + s.figure().qualifier());
        }
      }
    }
    return found.stream()
        .filter(
            d ->
                !d.stated().stream()
                    .allMatch(
                        s ->
                            s.figure() != null
                                && deviantParents.contains(
                                    s.block()
                                        + "#"
                                        + s.figure().sentenceIndex()
                                        + "#"
                                        + s.figure().subject())))
        .toList();
  }

  private static List<List<Statement>> cluster(AuditContext ctx, List<Statement> statements) {
    List<List<Statement>> clusters = new ArrayList<>();
    for (Statement s : statements) {
      List<Statement> home =
          clusters.stream().filter(c -> agree(ctx, c.get(0), s)).findFirst().orElse(null);
      if (home == null) {
        home = new ArrayList<>();
        clusters.add(home);
      }
      home.add(s);
    }
    return clusters;
  }

  private static List<Statement> supports(
      AuditContext ctx, List<Statement> cluster, List<Statement> lines) {
    return lines.stream().filter(l -> agree(ctx, l, cluster.get(0))).toList();
  }

  private static int first(List<Statement> c) {
    return c.stream().mapToInt(Statement::order).min().orElse(Integer.MAX_VALUE);
  }

  static boolean agree(AuditContext ctx, Statement a, Statement b) {
    return verdict(ctx, a, b) == Tolerance.Verdict.AGREES;
  }

  static Tolerance.Verdict verdict(AuditContext ctx, Statement a, Statement b) {
    return ConsistCompare.judge(ctx.tolerance(), a.value(), a.unit(), b.value(), b.unit());
  }

  /** An amount stated plainly is what was spent; 预算 alone is taken as 年初预算 (see above). */
  private static String measure(Measure m, NarrativeFigure f) {
    if (!f.isMoney()) {
      return m == Measure.LAST_YEAR ? "LAST_YEAR" : "NONE";
    }
    return switch (m) {
      case INITIAL, BUDGET -> "INITIAL";
      case FULL_YEAR -> "FULL_YEAR";
      case ADJUSTMENT -> "ADJUSTMENT";
      case LAST_YEAR -> "LAST_YEAR";
      default -> "ACTUAL";
    };
  }

  /** 人 and 名 both count people. */
  static String unitBase(Unit unit) {
    String base = unit.baseSymbol();
    return base.equals("名") ? "人" : base;
  }

  /** The measure as a reviewer names it. */
  static String measureLabel(String measure) {
    return switch (measure) {
      case "INITIAL" -> "年初预算";
      case "FULL_YEAR" -> "全年预算";
      case "AVAILABLE" -> "可用指标";
      case "ADJUSTMENT" -> "调整数";
      case "ACTUAL" -> "实际支出（决算）";
      case "LAST_YEAR" -> "上年数";
      case "COMPLETION" -> "完成率";
      default -> "";
    };
  }
}
