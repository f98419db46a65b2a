package org.jixiao.audit;

import java.util.List;

/**
 * 一致性、满意度调查与完整性 — the same figure stated alike everywhere (text, tables, sheets), survey tallies
 * that add up and agree with the text describing them, and a document without blanks, template text
 * or dates out of order. See {@link AuditChecks}.
 */
final class ConsistencyChecks {
  private ConsistencyChecks() {}

  static List<AuditCheck> all() {
    return List.of(
        new ConsistNarrativeTableCheck(),
        new ConsistNarrativeSheetCheck(),
        new ConsistNarrativeNarrativeCheck(),
        new ConsistSheetSheetCheck(),
        new ConsistFundsCheck(),
        new ConsistTextRateCheck(),
        new SurveyPointsCheck(),
        new SurveyTotalsCheck(),
        new SurveyDenominatorCheck(),
        new SurveyRateCheck(),
        new SurveyTextCheck(),
        new SurveyRespondentsCheck(),
        new SurveyGradeCheck(),
        new CompleteBlankCheck(),
        new CompleteTemplateTextCheck(),
        new CompleteDatesCheck());
  }
}
