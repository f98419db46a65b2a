package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The family's catalogue: stable, unique, prefixed codes; a title, a clause and a test per check.
 */
class ConsistencyChecksTest {
  private final List<AuditCheck> checks = ConsistencyChecks.all();

  @Test
  void codesAreUniqueAndCarryTheFamilyPrefixes() {
    assertThat(checks).extracting(AuditCheck::code).doesNotHaveDuplicates();
    assertThat(checks)
        .extracting(AuditCheck::code)
        .allMatch(c -> c.matches("(CONSIST|SURVEY|COMPLETE)-[A-Z]+(-[A-Z]+)*"));
  }

  @Test
  void everyCheckHasAChineseTitleAClauseAndATestOfItsOwn() throws ClassNotFoundException {
    for (AuditCheck c : checks) {
      assertThat(c.title()).as(c.code()).matches(".*[\\u4e00-\\u9fa5].*");
      assertThat(c.clause()).as(c.code()).isNotBlank();
      assertThat(c.getClass().getSimpleName()).endsWith("Check");
      assertThat(Class.forName(c.getClass().getName() + "Test")).as(c.code()).isNotNull();
    }
  }

  @Test
  void aWrongFigureIsAnErrorABreachOfPracticeAWarning() {
    assertThat(checks)
        .filteredOn(c -> c.severity() == Severity.WARNING)
        .extracting(AuditCheck::code)
        .containsExactlyInAnyOrder(
            "SURVEY-RESPONDENTS",
            "SURVEY-GRADE",
            "COMPLETE-BLANK",
            "COMPLETE-TEMPLATE-TEXT",
            "COMPLETE-DATES");
  }
}
