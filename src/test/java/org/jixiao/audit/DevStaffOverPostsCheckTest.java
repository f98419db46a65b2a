package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.budget.AgencyProfile;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.budget.ReportKind;
import org.jixiao.budget.ReportSource;
import org.jixiao.budget.Staffing;
import org.jixiao.budget.Staffing.StaffCategory;
import org.junit.jupiter.api.Test;

class DevStaffOverPostsCheckTest {

  private static List<Finding> run(Staffing staffing) {
    DepartmentYear year =
        new DepartmentYear(
            1,
            new ReportSource(null, null, ReportKind.SELF_EVALUATION, null, null, null, "万元", null),
            2024,
            new AgencyProfile("某市人社局", null, null, null, null, null, null, null, null),
            staffing,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    return new DevStaffOverPostsCheck().check(ScoreFixture.context(year));
  }

  private static StaffCategory category(String name, int posts, int serving) {
    return new StaffCategory(name, posts, serving, null, null);
  }

  @Test
  void aCategoryWithMoreStaffThanPostsIsReportedEvenWhenTheTotalsMatch() {
    // Seed 000: 行政 44/41, 参公 21/18, 事业 30/36 — 95 posts, 95 serving.
    List<Finding> findings =
        run(
            new Staffing(
                95,
                95,
                List.of(
                    category("行政编制", 44, 41),
                    category("参照公务员管理的事业编制", 21, 18),
                    category("事业编制", 30, 36)),
                "100.00%",
                null));

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("DEV-STAFF-OVER-POSTS");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.location()).isEqualTo("人员编制 › 事业编制");
              assertThat(f.stated()).isEqualTo("36人");
              assertThat(f.expected()).isEqualTo("≤30人");
              assertThat(f.message()).contains("超编 6 人");
            });
  }

  @Test
  void staffWithinPostsIsNotReported() {
    assertThat(
            run(
                new Staffing(
                    15,
                    15,
                    List.of(category("行政编制", 10, 10), category("事业编制", 5, 5)),
                    "100%",
                    null)))
        .isEmpty();
    assertThat(run(null)).isEmpty();
  }

  @Test
  void theTotalOverPostsIsReported() {
    assertThat(run(new Staffing(40, 42, null, null, null)))
        .extracting(Finding::location)
        .containsExactly("人员编制（合计）");
  }
}
