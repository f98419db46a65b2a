package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.budget.DepartmentYear;
import org.junit.jupiter.api.Test;

/** Clean documents of both shapes give the arithmetic family nothing to report. */
class ArithmeticChecksCleanTest {

  @Test
  void aHunanSelfEvaluationWhoseFiguresAgreeGivesNoFinding() {
    assertThat(ArithmeticFixture.family(ArithmeticCleanDocuments.hunanSelfEvaluation())).isEmpty();
  }

  @Test
  void aThirdPartyFinalAccountsReportWhoseFiguresAgreeGivesNoFinding() {
    assertThat(ArithmeticFixture.family(ArithmeticCleanDocuments.thirdPartyFinalAccounts()))
        .isEmpty();
  }

  @Test
  void theCleanDocumentsExerciseEveryKindOfPrintedRate() {
    for (DepartmentYear y :
        List.of(
            ArithmeticCleanDocuments.hunanSelfEvaluation(),
            ArithmeticCleanDocuments.thirdPartyFinalAccounts())) {
      assertThat(ArithRates.all(ArithmeticFixture.context(y))).isNotEmpty();
    }
    Set<ArithRate.Kind> kinds =
        List.of(
                ArithmeticCleanDocuments.hunanSelfEvaluation(),
                ArithmeticCleanDocuments.thirdPartyFinalAccounts())
            .stream()
            .flatMap(y -> ArithRates.all(ArithmeticFixture.context(y)).stream())
            .map(ArithRate::kind)
            .collect(Collectors.toSet());
    assertThat(kinds).containsExactlyInAnyOrder(ArithRate.Kind.values());
  }

  @Test
  void theFamilysCodesAreUniqueAndPrefixed() {
    List<String> codes = ArithmeticChecks.all().stream().map(AuditCheck::code).toList();
    assertThat(codes).doesNotHaveDuplicates();
    assertThat(codes).allMatch(c -> c.startsWith("ARITH-") || c.startsWith("RATE-"));
  }
}
