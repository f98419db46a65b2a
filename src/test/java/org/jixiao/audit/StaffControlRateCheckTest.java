package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ArithmeticFixture.run;
import static org.jixiao.audit.ArithmeticFixture.staff;
import static org.jixiao.audit.ArithmeticFixture.year;

import org.junit.jupiter.api.Test;

class StaffControlRateCheckTest {
  private final StaffControlRateCheck check = new StaffControlRateCheck();

  @Test
  void theControlRateIsServingStaffOverPosts() {
    assertThat(run(check, year().staffing(staff(42, 40, "95.24%")))).isEmpty();
    assertThat(run(check, year().staffing(staff(42, 40, "95.23%"))))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.code()).isEqualTo("RATE-STAFF");
              assertThat(x.severity()).isEqualTo(Severity.INFO);
              assertThat(x.location()).isEqualTo("人员编制 › 在职人员控制率");
              assertThat(x.basis()).isEqualTo("实有在职人数 ÷ 编制数：40 ÷ 42 × 100% = 95.2381%");
            });
    assertThat(run(check, year().staffing(staff(95, 95, "105.00%"))))
        .singleElement()
        .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.ERROR));
  }
}
