package org.jixiao.framework;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.framework.FrameworkSpec.RuleSpec;
import org.jixiao.framework.ScoringRule.Direction;
import org.jixiao.framework.ScoringRule.Otherwise;
import org.jixiao.framework.ScoringRule.StepMode;

/**
 * Builds one scoring rule from its written form, reporting unknown types and missing parameters.
 */
final class RuleBuilder {

  /** 规则类型 as written in files. */
  enum Type {
    BY_TARGET,
    PROPORTIONAL,
    REVERSE,
    STEP_TABLE,
    DEDUCTION,
    THRESHOLD,
    CHECKLIST,
    QUALITATIVE_BANDS,
    SURVEY_RATE,
    MANUAL
  }

  private final List<String> problems;

  RuleBuilder(List<String> problems) {
    this.problems = problems;
  }

  ScoringRule build(RuleSpec r, String path) {
    Type type = FrameworkBuilder.Enums.of(Type.class, r.type(), path + ".type", null, problems);
    if (type == null) {
      if (r.type() == null) {
        problems.add(path + ".type：缺少规则类型");
      }
      return null;
    }
    try {
      return switch (type) {
        case BY_TARGET -> new ScoringRule.ByTarget(r.zeroPoint());
        case PROPORTIONAL -> new ScoringRule.Proportional();
        case REVERSE -> new ScoringRule.Reverse(r.zeroPoint());
        case STEP_TABLE ->
            new ScoringRule.StepTable(
                r.steps() == null
                    ? null
                    : r.steps().stream()
                        .map(
                            s ->
                                new Step(
                                    s.min(),
                                    s.max(),
                                    !Boolean.FALSE.equals(s.minInclusive()),
                                    Boolean.TRUE.equals(s.maxInclusive()),
                                    s.points()))
                        .toList());
        case DEDUCTION ->
            new ScoringRule.Deduction(
                r.threshold(),
                FrameworkBuilder.Enums.of(
                    Direction.class, r.direction(), path + ".direction", null, problems),
                r.stepSize(),
                r.perStep(),
                FrameworkBuilder.Enums.of(
                    StepMode.class, r.stepMode(), path + ".stepMode", null, problems),
                r.floor());
        case THRESHOLD ->
            new ScoringRule.Threshold(
                r.comparison(),
                r.threshold(),
                FrameworkBuilder.Enums.of(
                    Otherwise.class, r.otherwise(), path + ".otherwise", null, problems));
        case CHECKLIST -> new ScoringRule.Checklist(r.items(), r.pointsPerItem());
        case QUALITATIVE_BANDS -> new ScoringRule.QualitativeBands(bands(r));
        case SURVEY_RATE -> new ScoringRule.SurveyRate(r.fullAt());
        case MANUAL -> new ScoringRule.Manual(r.guidance());
      };
    } catch (IllegalArgumentException e) {
      problems.add(path + "：" + e.getMessage());
      return null;
    }
  }

  /**
   * A band's upper end is exclusive unless written otherwise — except the top band, ending at the
   * full weight.
   */
  private static boolean topInclusive(FrameworkSpec.BandSpec b) {
    if (b.maxInclusive() != null) {
      return b.maxInclusive();
    }
    return b.max() != null && b.max().compareTo(java.math.BigDecimal.ONE) >= 0;
  }

  private List<QualitativeBand> bands(RuleSpec r) {
    if (r.bands() == null) {
      return null;
    }
    List<QualitativeBand> bands = new ArrayList<>();
    r.bands()
        .forEach(
            b ->
                bands.add(
                    new QualitativeBand(
                        b.label(),
                        b.min(),
                        b.max(),
                        !Boolean.FALSE.equals(b.minInclusive()),
                        topInclusive(b))));
    return bands;
  }
}
