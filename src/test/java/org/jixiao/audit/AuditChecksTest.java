package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue as a whole: stable unique codes, and a unit test of its own for every check. */
class AuditChecksTest {

  private final List<AuditCheck> checks = AuditChecks.all();

  @Test
  void codesAreUniqueAcrossAllFamilies() {
    assertThat(checks).extracting(AuditCheck::code).doesNotHaveDuplicates();
    assertThat(checks)
        .allSatisfy(
            c ->
                assertThat(c.code())
                    .matches(
                        "(ARITH|RATE|SCORE|TOTAL|DEV|TARGET|CONSIST|SURVEY|COMPLETE)-[A-Z-]+"));
  }

  @Test
  void everyCheckHasAChineseTitleAndClause() {
    assertThat(checks)
        .allSatisfy(
            c -> {
              assertThat(c.title()).matches(".*\\p{IsHan}.*");
              assertThat(c.clause()).isNotBlank();
            });
  }

  @Test
  void everyCheckHasATestClassOfItsOwn() {
    assertThat(checks)
        .allSatisfy(
            c -> {
              String test = c.getClass().getName() + "Test";
              assertThat(exists(test)).as(test).isTrue();
            });
  }

  private static boolean exists(String className) {
    try {
      Class.forName(className);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
