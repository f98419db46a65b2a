package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.budget.Indicator;
import org.jixiao.budget.ScoreSheet;
import org.jixiao.framework.Framework;
import org.jixiao.framework.IndicatorNode;
import org.jixiao.framework.Names;
import org.jixiao.scoring.ItemResult;
import org.jixiao.scoring.SheetResult;
import org.jixiao.scoring.YearScorer;

/**
 * 评分表审核的公用部分 — pairs every sheet with the engine's result and its framework, pairs every indicator
 * row with its scored item, and names places the way a reviewer points at them. Shared by the
 * score, total, deviation and target checks.
 */
final class ScoreSheets {
  private ScoreSheets() {}

  /**
   * One sheet as printed, the engine's result for it (may be null) and its framework (may be null).
   */
  record Sheet(ScoreSheet sheet, SheetResult result, Framework framework) {

    /** 评分表“附件3-1 2023年度项目支出绩效自评表”. */
    String label() {
      String name = sheet.name() == null || sheet.name().isBlank() ? sheet.id() : sheet.name();
      return "评分表“" + name.strip() + "”";
    }

    /** 评分表“…” / 产出指标 / 质量指标 / 职称评定通过率. */
    String location(Indicator i) {
      return label() + " / " + path(i);
    }

    /** The place of the score column of a row. */
    String scoreLocation(Indicator i) {
      return location(i) + " / 得分";
    }

    /** The level-1 heading a sheet's level-1 name refers to, when the framework knows it. */
    Optional<IndicatorNode> heading(String level1) {
      return framework == null ? Optional.empty() : framework.heading(level1);
    }

    /** The framework leaf of a row, if the framework has one for it. */
    Optional<IndicatorNode> leaf(Indicator i) {
      return framework == null ? Optional.empty() : framework.leaf(i.code(), i.name());
    }
  }

  /** One indicator row and the engine's item for it (null when the engine has none). */
  record Row(Sheet sheet, Indicator indicator, ItemResult item) {

    String location() {
      return sheet.location(indicator);
    }

    String scoreLocation() {
      return sheet.scoreLocation(indicator);
    }

    /** The row's weight, or the framework's when the sheet prints none. */
    BigDecimal weight() {
      if (indicator.weight() != null) {
        return indicator.weight();
      }
      return item == null ? null : item.weight();
    }
  }

  /** Every sheet of the year with its result and framework, in document order. */
  static List<Sheet> sheets(AuditContext ctx) {
    List<Sheet> out = new ArrayList<>();
    List<ScoreSheet> sheets = ctx.year().sheets();
    for (int n = 0; n < sheets.size(); n++) {
      ScoreSheet s = sheets.get(n);
      SheetResult r = result(ctx.scored(), s, n);
      String id = r != null ? r.frameworkId() : YearScorer.frameworkId(s);
      Framework f = ctx.frameworks() == null ? null : ctx.frameworks().find(id).orElse(null);
      out.add(new Sheet(s, r, f));
    }
    return out;
  }

  /** Every scorable row of every sheet (rows marked 不适用 are left out). */
  static List<Row> rows(AuditContext ctx) {
    List<Row> out = new ArrayList<>();
    for (Sheet s : sheets(ctx)) {
      out.addAll(rows(s));
    }
    return out;
  }

  /** The rows of one sheet, each with its scored item. */
  static List<Row> rows(Sheet s) {
    List<Row> out = new ArrayList<>();
    List<Indicator> indicators = s.sheet().indicators();
    List<ItemResult> items = s.result() == null ? List.of() : s.result().items();
    boolean zipped =
        s.framework() != null
            && s.framework().weightsFromSheet()
            && items.size() == indicators.size();
    List<ItemResult> unused = new ArrayList<>(items);
    for (int n = 0; n < indicators.size(); n++) {
      Indicator i = indicators.get(n);
      ItemResult item = zipped ? items.get(n) : match(i, unused);
      if (item != null) {
        unused.remove(item);
      }
      if (!isNotApplicable(i)) {
        out.add(new Row(s, i, item));
      }
    }
    return out;
  }

  /** A row the report marks 不适用 and gives no weight: a placeholder, not an indicator. */
  static boolean isNotApplicable(Indicator i) {
    return i.weight() == null
        && ("不适用".equals(Names.normalize(i.name())) || "不适用".equals(Names.normalize(i.target())));
  }

  /** 产出指标 / 质量指标 / 职称评定通过率 (a level repeated as the name is printed once). */
  static String path(Indicator i) {
    List<String> parts = new ArrayList<>();
    for (String p : new String[] {i.level1(), i.level2()}) {
      if (p != null && !p.isBlank()) {
        parts.add(p.strip());
      }
    }
    String name = i.name().strip().replaceAll("\\s+", " ");
    if (!parts.isEmpty()
        && Names.normalize(parts.get(parts.size() - 1)).equals(Names.normalize(name))) {
      parts.remove(parts.size() - 1);
    }
    boolean coded = i.code() != null && !i.code().isBlank() && !name.startsWith(i.code());
    parts.add(coded ? i.code().strip() + " " + name : name);
    return String.join(" / ", parts);
  }

  /** A name in quotation marks; quotation marks inside it become single ones (“‘三公经费’控制率”). */
  static String named(String name) {
    String n = name == null ? "" : name.strip().replaceAll("\\s+", " ");
    return "“" + n.replace('“', '‘').replace('”', '’') + "”";
  }

  /** Points as a reviewer writes them: 2, 0.36, 7.5. */
  static String points(BigDecimal value) {
    return value == null ? "—" : value.stripTrailingZeros().toPlainString();
  }

  /** A printed figure exactly as printed (9.20 stays 9.20). */
  static String printed(BigDecimal value) {
    return value == null ? "—" : value.toPlainString();
  }

  /** Whether two heading names mean the same heading (产出 = 产出指标 = C 产出). */
  static boolean sameHeading(Sheet s, String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    String x = headingKey(a);
    String y = headingKey(b);
    if (x.equals(y)) {
      return true;
    }
    Optional<IndicatorNode> ha = s.heading(a);
    return ha.isPresent() && ha.equals(s.heading(b));
  }

  private static String headingKey(String name) {
    String n = Names.normalize(name).replaceFirst("^[A-Z]\\s*", "");
    return n.endsWith("指标") && n.length() > 2 ? n.substring(0, n.length() - 2) : n;
  }

  private static SheetResult result(List<SheetResult> results, ScoreSheet s, int n) {
    for (SheetResult r : results) {
      if (s.id().equals(r.id())) {
        return r;
      }
    }
    return n < results.size() ? results.get(n) : null;
  }

  /** The scored item of a row in a framework-ordered result: by code, then by name and level 2. */
  private static ItemResult match(Indicator i, List<ItemResult> items) {
    if (i.code() != null && !i.code().isBlank()) {
      for (ItemResult item : items) {
        if (i.code().equalsIgnoreCase(item.code())) {
          return item;
        }
      }
    }
    List<ItemResult> byName = items.stream().filter(item -> sameName(i, item)).toList();
    if (byName.size() <= 1) {
      return byName.isEmpty() ? null : byName.get(0);
    }
    String level2 = Names.normalize(i.level2());
    return byName.stream()
        .filter(item -> Names.normalize(item.path()).contains(level2))
        .findFirst()
        .orElse(byName.get(0));
  }

  private static boolean sameName(Indicator i, ItemResult item) {
    return item.name() != null && Names.normalize(item.name()).equals(Names.normalize(i.name()));
  }
}
