package org.jixiao.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.framework.QualitativeBand;

/** What applying a rule gave, before it is compared with the report. Internal to scoring. */
record RuleOutcome(
    Score score,
    BigDecimal value,
    String formula,
    Map<String, String> inputs,
    String result,
    boolean manual,
    QualitativeBand band,
    boolean excluded,
    List<String> notes) {

  static RuleOutcome scored(BigDecimal points, BigDecimal value, String result) {
    return new RuleOutcome(
        Score.of(points),
        value,
        null,
        new LinkedHashMap<>(),
        result,
        false,
        null,
        false,
        new ArrayList<>());
  }

  static RuleOutcome notScored(String reason) {
    return new RuleOutcome(
        Score.notScored(reason),
        null,
        null,
        new LinkedHashMap<>(),
        reason,
        false,
        null,
        false,
        new ArrayList<>());
  }

  /**
   * A score only the evaluator can give; {@code band}, when set, is the range the report's score
   * must keep.
   */
  static RuleOutcome manual(String reason, QualitativeBand band) {
    return new RuleOutcome(
        Score.notScored(reason),
        null,
        null,
        new LinkedHashMap<>(),
        reason,
        true,
        band,
        false,
        new ArrayList<>());
  }

  static RuleOutcome excluded(String reason) {
    return new RuleOutcome(
        Score.notScored(reason),
        null,
        null,
        new LinkedHashMap<>(),
        reason,
        false,
        null,
        true,
        new ArrayList<>());
  }

  RuleOutcome withEvidence(Measurement m) {
    if (m == null) {
      return this;
    }
    Map<String, String> in = new LinkedHashMap<>(m.inputs());
    in.putAll(inputs);
    String res =
        m.hasValue()
            ? m.formula().label() + " " + Ratios.percent(m.value()) + "；" + result
            : result;
    return new RuleOutcome(
        score,
        value != null ? value : m.value(),
        m.formulaText(),
        in,
        res,
        manual,
        band,
        excluded,
        notes);
  }

  RuleOutcome withValue(BigDecimal v) {
    return new RuleOutcome(score, v, formula, inputs, result, manual, band, excluded, notes);
  }

  RuleOutcome note(String note) {
    notes.add(note);
    return this;
  }

  RuleOutcome input(String label, String value) {
    inputs.put(label, value);
    return this;
  }
}
