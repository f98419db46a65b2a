package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.framework.Frameworks;
import org.jixiao.importing.FrameworkFileReader;
import org.jixiao.importing.YearFileReader;
import org.jixiao.scoring.YearScorer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The consistency, survey and completeness checks over the five seed reports (what a reviewer with
 * a calculator finds there, and nothing else) and over two clean documents of other shapes (nothing
 * at all). The one test class of the family that reads files.
 */
class ConsistencyExamplesTest {

  private static Frameworks frameworks;

  @BeforeAll
  static void loadFrameworks() {
    frameworks = new FrameworkFileReader().load(null);
  }

  static List<Finding> audit(Path file) {
    DepartmentYear year = new YearFileReader().read(file);
    AuditContext ctx =
        AuditContext.of(
            year, new YearScorer(frameworks).score(year), frameworks, Tolerance.DEFAULT);
    List<Finding> out = new ArrayList<>();
    for (AuditCheck check : ConsistencyChecks.all()) {
      out.addAll(check.check(ctx));
    }
    return out;
  }

  static List<Finding> seed(String name) {
    return audit(Path.of("examples").resolve(name));
  }

  static List<Finding> material(List<Finding> findings) {
    return findings.stream().filter(f -> f.severity() != Severity.INFO).toList();
  }

  @Test
  void seed000TheReceptionBudgetAndTheFundsBlock() {
    List<Finding> found = seed("000_d7c6b592d197c283.yaml");

    assertThat(found)
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo("CONSIST-NARRATIVE-NARRATIVE");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.location()).contains("2.“三公”经费情况").contains("公务接待费预算28万元");
              assertThat(f.stated()).isEqualTo("28万元");
              assertThat(f.expected()).isEqualTo("30万元");
            })
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo("CONSIST-FUNDS");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.location()).contains("全年预算数");
              assertThat(f.stated()).isEqualTo("5260.65万元");
              assertThat(f.expected()).isEqualTo("4624.55万元");
            })
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo("CONSIST-FUNDS");
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.location()).contains("年初预算数");
              assertThat(f.expected()).isEqualTo("2123.43万元");
            });
    assertThat(material(found)).hasSize(2);
  }

  @Test
  void seed001ThePersonnelExamsTwice() {
    List<Finding> found = seed("001_fe78408465235910.yaml");

    assertThat(found)
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo("CONSIST-NARRATIVE-NARRATIVE");
              assertThat(f.location()).contains("（四）人才服务发展不断加强。");
              assertThat(f.stated()).isEqualTo("3.5万人次");
              assertThat(f.expected()).isEqualTo("4.6万人次");
            })
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo("CONSIST-TEXT-RATE");
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.stated()).isEqualTo("116.6%");
              assertThat(f.message()).contains("116.25%至116.75%");
            })
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo("COMPLETE-BLANK");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message()).contains("13项既无分值也无得分");
            });
    assertThat(material(found)).hasSize(2);
  }

  @Test
  void seed002TheThreePublicExpensesAndTheCaseRates() {
    List<Finding> found = seed("002_98522caf6c7ffe6d.yaml");

    assertThat(found)
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo("CONSIST-NARRATIVE-NARRATIVE");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.location()).contains("2.“三公”经费情况");
              assertThat(f.stated()).isEqualTo("11.01万元");
              assertThat(f.expected()).isEqualTo("4.46万元");
            })
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo("CONSIST-TEXT-RATE");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.stated()).isEqualTo("95%");
              assertThat(f.expected()).isEqualTo("94.34%");
            })
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo("CONSIST-TEXT-RATE");
              assertThat(f.expected()).isEqualTo("94.49%");
            });
    assertThat(material(found)).hasSize(3);
  }

  @Test
  void seed003TheJobIntentionsTheResolutionRateAndTheSurvey() {
    List<Finding> found = seed("003_43ef66c8b8926243.yaml");

    assertThat(found)
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo("CONSIST-NARRATIVE-NARRATIVE");
              assertThat(f.stated()).isEqualTo("14195人");
              assertThat(f.expected()).isEqualTo("15330人");
            })
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo("CONSIST-TEXT-RATE");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.stated()).isEqualTo("95.5%");
              assertThat(f.expected()).isEqualTo("96.55%");
            })
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo("SURVEY-TEXT");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.stated()).isEqualTo("1人");
              assertThat(f.expected()).isEqualTo("4人次");
            })
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo("SURVEY-RESPONDENTS");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
            });
    assertThat(material(found)).hasSize(4);
  }

  @Test
  void seed004StaffCompletionRatesPetitionsSheetsFundsTemplateAndDates() {
    List<Finding> found = seed("004_acd62aefbad223bd.yaml");

    assertThat(found)
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo("CONSIST-NARRATIVE-TABLE");
              assertThat(f.location()).contains("1、 单位基本情况");
              assertThat(f.stated()).isEqualTo("36人");
            })
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo("CONSIST-NARRATIVE-SHEET");
              assertThat(f.stated()).isEqualTo("114%");
              assertThat(f.expected()).isEqualTo("102.60%");
            })
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo("CONSIST-NARRATIVE-SHEET");
              assertThat(f.stated()).isEqualTo("149%");
              assertThat(f.expected()).isEqualTo("111.75%");
            })
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo("CONSIST-NARRATIVE-SHEET");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.stated()).isEqualTo("57件");
              assertThat(f.expected()).isEqualTo("55件");
            })
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo("CONSIST-SHEET-SHEET");
              assertThat(f.stated()).isEqualTo("≥5500份");
            })
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo("CONSIST-SHEET-SHEET");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.stated()).isEqualTo("99%");
              assertThat(f.expected()).isEqualTo("100%");
            })
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo("CONSIST-FUNDS");
              assertThat(f.expected()).isEqualTo("≥1041.67万元");
            })
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo("COMPLETE-TEMPLATE-TEXT");
              assertThat(f.location()).contains("附件3-4");
              assertThat(f.stated()).isEqualTo("及时支付某某经费，多少日内支付");
            })
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo("COMPLETE-TEMPLATE-TEXT");
              assertThat(f.location()).contains("附件3-5");
            })
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo("COMPLETE-DATES");
              assertThat(f.stated()).isEqualTo("2024.5.3");
              assertThat(f.expected()).isEqualTo("2024.5.30");
            });
    assertThat(material(found)).hasSize(9);
  }

  /** Two clean documents of other shapes than the seeds: no error, no warning. */
  @Nested
  class CleanDocuments {
    @ParameterizedTest
    @ValueSource(strings = {"consistency-clean-selfeval.yaml", "consistency-clean-thirdparty.yaml"})
    void produceNoErrorAndNoWarning(String file) {
      List<Finding> found = audit(Path.of("src/test/resources/audit").resolve(file));

      assertThat(found).as("findings: %s", found).isEmpty();
    }
  }
}
