package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jixiao.budget.ScoreSheet.LevelScore;
import org.jixiao.framework.Names;

/**
 * 分项小计的取数 — which rows a printed level-1 or level-2 heading covers, and the sums the total checks
 * compare against. Shared by {@code TOTAL-SUBTOTAL}, {@code TOTAL-SUM} and {@code TOTAL-WEIGHTS}.
 */
final class ScoreLevels {
  private ScoreLevels() {}

  /**
   * The rows a heading covers: level 1 by the rows' level-1 names, level 2 by their level-2 names.
   */
  static List<ScoreSheets.Row> under(
      ScoreSheets.Sheet s, LevelScore l, List<ScoreSheets.Row> rows) {
    return rows.stream()
        .filter(
            r ->
                l.level() == 1
                    ? ScoreSheets.sameHeading(s, r.indicator().level1(), l.name())
                    : Names.normalize(r.indicator().level2()).equals(Names.normalize(l.name())))
        .toList();
  }

  /** The sum of one column over rows, or empty when a row lacks it. */
  static Optional<Sum> sum(
      List<ScoreSheets.Row> rows, Function<ScoreSheets.Row, BigDecimal> column) {
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal total = BigDecimal.ZERO;
    List<String> terms = new ArrayList<>();
    for (ScoreSheets.Row r : rows) {
      BigDecimal v = column.apply(r);
      if (v == null) {
        return Optional.empty();
      }
      total = total.add(v);
      terms.add(ScoreSheets.printed(v));
    }
    return Optional.of(new Sum(total, terms));
  }

  /** The printed heading's place: 评分表“…” / 投入 小计（评分表“投入小计”行）. */
  static String location(ScoreSheets.Sheet s, LevelScore l, String column) {
    String where = l.location() == null || l.location().isBlank() ? "" : "（" + l.location() + "）";
    return s.label() + " / " + l.name() + " 小计" + where + " / " + column;
  }

  /**
   * Sets of printed level-1 subtotals: the first printing of each heading, the second printing, …
   * (seed 003 prints them in the table and again in the text, with different figures).
   */
  static List<List<LevelScore>> levelOneSets(List<LevelScore> stated) {
    List<List<LevelScore>> sets = new ArrayList<>();
    for (LevelScore l : stated) {
      if (l.level() != 1) {
        continue;
      }
      boolean placed = false;
      for (List<LevelScore> set : sets) {
        boolean has =
            set.stream().anyMatch(x -> Names.normalize(x.name()).equals(Names.normalize(l.name())));
        if (!has) {
          set.add(l);
          placed = true;
          break;
        }
      }
      if (!placed) {
        List<LevelScore> set = new ArrayList<>();
        set.add(l);
        sets.add(set);
      }
    }
    return sets;
  }

  /** A sum with its terms, for the basis: {@code 3 + 3 + 2 = 8}. */
  record Sum(BigDecimal total, List<String> terms) {
    String basis() {
      return String.join(" + ", terms) + " = " + ScoreSheets.points(total);
    }
  }
}
