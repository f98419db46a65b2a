package org.jixiao.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jixiao.audit.ArithRate.Kind;
import org.jixiao.audit.ArithRate.Reading;
import org.jixiao.budget.Indicator;
import org.jixiao.budget.ScoreSheet;
import org.jixiao.budget.SheetKind;
import org.jixiao.framework.FormulaId;
import org.jixiao.framework.Framework;
import org.jixiao.framework.IndicatorNode;
import org.jixiao.framework.Names;
import org.jixiao.scoring.Measurement;
import org.jixiao.scoring.YearScorer;

/**
 * 指标的印出比率 — the rate an indicator row prints ({@code statedValue}, or a percentage actual of an
 * indicator the framework computes), recomputed from the computation the report prints beside it
 * when there is one, else from the figures by the framework's formula.
 *
 * <p>A rate the report also prints on a table line (or as the staffing control rate) from the same
 * computation is the same claim: it is reported at the line, not again at the indicator.
 */
final class ArithIndicatorRates {
  private ArithIndicatorRates() {}

  /**
   * An indicator's printed rate with what it is computed from.
   *
   * @param formula the framework formula it stands for, or null
   * @param expression the computation printed beside it, if any
   */
  record IndicatorRate(
      ScoreSheet sheet,
      Indicator indicator,
      FormulaId formula,
      ArithExpression.Result expression,
      ArithRate rate) {}

  /** The indicators' rates not already printed (from the same computation) among {@code others}. */
  static List<ArithRate> of(AuditContext ctx, List<ArithRate> others) {
    return all(ctx).stream()
        .map(IndicatorRate::rate)
        .filter(r -> others.stream().noneMatch(r::sameAs))
        .toList();
  }

  /**
   * For a message: the indicators that print the same rate from the same computation as {@code
   * rate} ({@code （亦即评分表指标“A23 三公经费变动率”）}), or an empty string.
   */
  static String alsoAt(AuditContext ctx, ArithRate rate) {
    if (rate.kind() == Kind.INDICATOR) {
      return "";
    }
    List<String> names =
        all(ctx).stream()
            .filter(i -> i.rate().sameAs(rate))
            .map(
                i ->
                    (i.indicator().code() == null ? "" : i.indicator().code() + " ")
                        + i.indicator().name())
            .toList();
    return names.isEmpty() ? "" : "（亦即评分表指标“" + String.join("”“", names) + "”所列比率）";
  }

  /** Every indicator that prints a rate it can be recomputed by. */
  static List<IndicatorRate> all(AuditContext ctx) {
    List<IndicatorRate> out = new ArrayList<>();
    for (ScoreSheet s : ctx.year().sheets()) {
      Optional<Framework> framework =
          ctx.frameworks() == null
              ? Optional.empty()
              : ctx.frameworks().find(YearScorer.frameworkId(s));
      for (Indicator ind : s.indicators()) {
        FormulaId formula = formula(s, framework, ind);
        String text = ind.statedValue();
        if (text == null && formula != null) {
          text = ind.actual();
        }
        Optional<BigDecimal> stated = ArithStated.percent(text);
        if (stated.isEmpty()) {
          continue;
        }
        Optional<ArithExpression.Result> expr = ArithExpression.read(ind.formula());
        List<Reading> readings =
            expr.map(e -> List.of(printed(e))).orElseGet(() -> measured(ctx, formula));
        if (readings.isEmpty()) {
          continue;
        }
        String where = ArithFormat.at(ArithFunds.sheet(s), path(ind));
        ArithRate rate =
            new ArithRate(
                Kind.INDICATOR,
                ArithFormat.at(where, ind.statedValue() != null ? "指标值" : "实际完成值"),
                "指标“" + ind.name() + "”的比率",
                text,
                stated.get(),
                readings);
        out.add(new IndicatorRate(s, ind, formula, expr.orElse(null), rate));
      }
    }
    return out;
  }

  /** The framework leaf's formula; on a department sheet, else the formula of the same name. */
  private static FormulaId formula(ScoreSheet s, Optional<Framework> framework, Indicator ind) {
    Optional<FormulaId> fromLeaf =
        framework.flatMap(f -> f.leaf(ind.code(), ind.name())).map(IndicatorNode::formula);
    if (fromLeaf.isPresent()) {
      return fromLeaf.get();
    }
    if (s.kind() != SheetKind.DEPARTMENT) {
      return null;
    }
    String name = Names.normalize(ind.name());
    return Stream.of(FormulaId.values())
        .filter(f -> Names.normalize(f.label()).equals(name))
        .findFirst()
        .orElse(null);
  }

  private static Reading printed(ArithExpression.Result r) {
    return new Reading(r.ratio(), "报告所列算式：" + r.text(), "算式的分母");
  }

  /** The engine's measurement of the formula from the year's figures. */
  private static List<Reading> measured(AuditContext ctx, FormulaId formula) {
    if (formula == null || ctx.measurements() == null) {
      return List.of();
    }
    Measurement m = ctx.measurements().measure(formula);
    if (m.problem() == Measurement.Problem.MISSING_DATA) {
      return List.of();
    }
    String inputs =
        m.inputs().entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining("，"));
    String basis = m.formulaText() + (inputs.isEmpty() ? "" : "（" + inputs + "）");
    return List.of(new Reading(m.value(), basis, formula.label() + "的分母"));
  }

  private static String path(Indicator ind) {
    List<String> parts = new ArrayList<>();
    for (String p : new String[] {ind.level1(), ind.level2()}) {
      if (p != null && !p.isBlank()) {
        parts.add(p.strip());
      }
    }
    parts.add((ind.code() == null ? "" : ind.code() + " ") + ind.name());
    return String.join(" / ", parts);
  }
}
