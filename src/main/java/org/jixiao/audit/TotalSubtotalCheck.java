package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.budget.ScoreSheet.LevelScore;
import org.jixiao.framework.Names;

/**
 * 小计不等于所属各项得分之和 — a printed level-1 or level-2 score against the sum of the printed scores of the
 * indicators under it. Seed 003: 投入小计 printed 15, items 3 + 3 + 2 + 2 + 2 + 2 = 14. A level-1
 * subtotal that only carries a wrong level-2 subtotal upward is not reported again.
 */
final class TotalSubtotalCheck extends NamedCheck {

  TotalSubtotalCheck() {
    super("TOTAL-SUBTOTAL", Severity.ERROR, "小计不等于所属各项得分之和", "会计恒等式：小计 = 所属各项得分之和");
  }

  @Override
  public List<Finding> check(AuditContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (ScoreSheets.Sheet s : ScoreSheets.sheets(ctx)) {
      List<ScoreSheets.Row> rows = ScoreSheets.rows(s);
      for (LevelScore l : s.sheet().statedSubtotals()) {
        if (l.statedScore() == null) {
          continue;
        }
        List<ScoreSheets.Row> under = ScoreLevels.under(s, l, rows);
        Optional<ScoreLevels.Sum> sum = ScoreLevels.sum(under, r -> r.indicator().statedScore());
        if (sum.isEmpty() || (l.level() == 1 && carriesWrongLevelTwo(s, l, under, rows))) {
          continue;
        }
        ScoreCompare.points(
                this,
                ctx,
                ScoreSheets.named(l.name()) + "小计得分",
                ScoreLevels.location(s, l, "得分"),
                l.statedScore(),
                sum.get().total(),
                ScoreSheets.points(sum.get().total()) + " 分",
                "所属各项得分 " + sum.get().basis())
            .ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * Whether this level-1 score is the sum of printed level-2 scores of which one is itself wrong.
   */
  static boolean carriesWrongLevelTwo(
      ScoreSheets.Sheet s, LevelScore l, List<ScoreSheets.Row> under, List<ScoreSheets.Row> rows) {
    Set<String> names = new LinkedHashSet<>();
    under.forEach(r -> names.add(Names.normalize(r.indicator().level2())));
    BigDecimal total = BigDecimal.ZERO;
    boolean wrong = false;
    for (String name : names) {
      Optional<LevelScore> two =
          s.sheet().statedSubtotals().stream()
              .filter(x -> x.level() == 2 && x.statedScore() != null)
              .filter(x -> Names.normalize(x.name()).equals(name))
              .findFirst();
      if (two.isEmpty()) {
        return false;
      }
      total = total.add(two.get().statedScore());
      Optional<ScoreLevels.Sum> items =
          ScoreLevels.sum(ScoreLevels.under(s, two.get(), rows), r -> r.indicator().statedScore());
      wrong |= items.isPresent() && items.get().total().compareTo(two.get().statedScore()) != 0;
    }
    return wrong && total.compareTo(l.statedScore()) == 0;
  }
}
