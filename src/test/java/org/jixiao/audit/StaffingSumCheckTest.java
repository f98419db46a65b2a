package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ArithmeticFixture.run;
import static org.jixiao.audit.ArithmeticFixture.staff;
import static org.jixiao.audit.ArithmeticFixture.year;

import java.util.List;
import org.jixiao.budget.Staffing.StaffCategory;
import org.junit.jupiter.api.Test;

class StaffingSumCheckTest {
  private final StaffingSumCheck check = new StaffingSumCheck();

  @Test
  void theCategoriesAddUpToTheAuthorisedPostsExactly() {
    var s =
        staff(
            42,
            40,
            "95.24%",
            new StaffCategory("公务员", 3, null, null),
            new StaffCategory("参公", 10, null, null),
            new StaffCategory("事业编制", 24, null, null),
            new StaffCategory("机关其他编", 1, null, null),
            new StaffCategory("临聘人员", 2, null, null));
    assertThat(run(check, year().staffing(s)))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.code()).isEqualTo("ARITH-STAFF");
              assertThat(x.severity()).isEqualTo(Severity.ERROR);
              assertThat(x.location()).isEqualTo("人员编制 › 编制数");
              assertThat(x.stated()).isEqualTo("42人");
              assertThat(x.expected()).isEqualTo("40人");
            });
  }

  @Test
  void oneMissingPersonIsAnErrorNotARounding() {
    var s =
        staff(
            95,
            95,
            null,
            new StaffCategory("行政编制", 44, 41, null),
            new StaffCategory("事业编制", 50, 54, null));
    assertThat(run(check, year().staffing(s)))
        .singleElement()
        .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void categoriesThatAddUpAndASingleQiZhongItemGiveNothing() {
    var s =
        staff(
            95,
            95,
            "100.00%",
            new StaffCategory(
                "行政编制", 44, 41, null, List.of(new StaffCategory("机关工人", 1, null, null))),
            new StaffCategory("参照公务员管理的事业编制", 21, 18, null),
            new StaffCategory(
                "事业编制",
                30,
                36,
                null,
                List.of(
                    new StaffCategory("专技", 20, 24, null), new StaffCategory("工勤", 10, 12, null))));
    assertThat(run(check, year().staffing(s))).isEmpty();
  }
}
