package org.jixiao.audit;

import java.util.List;

/**
 * Checks of one family — scores, totals, deviations and target quality; see {@link AuditChecks}.
 *
 * <p>{@code SCORE-} recomputes every score under its framework's rule; {@code TOTAL-} checks
 * subtotals, totals, weights and grades against the framework and the report's own figures; {@code
 * DEV-} applies the execution and deviation rules; {@code TARGET-} judges the targets themselves.
 */
final class ScoreChecks {
  private ScoreChecks() {}

  static List<AuditCheck> all() {
    return List.of(
        new ScoreOverWeightCheck(),
        new ScoreDiffersCheck(),
        new ScoreMissedFullMarksCheck(),
        new ScoreMetMarkedDownCheck(),
        new ScoreDeductionNoReasonCheck(),
        new ScoreQualitativeBandCheck(),
        new ScoreBudgetExecutionCheck(),
        new ScoreOwnRuleCheck(),
        new ScoreFullMarksAdverseCheck(),
        new TotalSubtotalCheck(),
        new TotalSumCheck(),
        new TotalWeightsCheck(),
        new TotalGradeCheck(),
        new TotalComputedCheck(),
        new DevLowExecutionCheck(),
        new DevFarFromTargetCheck(),
        new DevDoubleDeviationCheck(),
        new DevThreePublicOverBudgetCheck(),
        new DevPublicFundsOverBudgetCheck(),
        new DevStaffOverPostsCheck(),
        new TargetNoForceCheck(),
        new TargetUnitMismatchCheck(),
        new TargetActualInequalityCheck(),
        new TargetUnparsedCheck(),
        new TargetBelowLastYearCheck());
  }
}
