package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.audit.ConsistencyFixture.run;
import static org.jixiao.audit.ConsistencyFixture.sheet;
import static org.jixiao.audit.ConsistencyFixture.year;

import org.jixiao.budget.SheetKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompleteDatesCheckTest {

  private final CompleteDatesCheck check = new CompleteDatesCheck();

  @ParameterizedTest(name = "“{0}”")
  @CsvSource({
    "2025年4月16日, 2025-04-16, 2025-04-16",
    "2024.5.30, 2024-05-30, 2024-05-30",
    "2024-05-03, 2024-05-03, 2024-05-03",
    "2023 年 6 月, 2023-06-01, 2023-06-30",
    "２０２４年６月, 2024-06-01, 2024-06-30"
  })
  void readsTheDatesReportsPrint(String text, String first, String last) {
    CompleteDates d = CompleteDates.read(text).orElseThrow();
    assertThat(d.first()).hasToString(first);
    assertThat(d.last()).hasToString(last);
  }

  @Test
  void aReportDatedBeforeItsYearEnded() {
    var y = year().year(2023).reportDate("2023年12月20日").build();

    assertThat(run(check, y))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("COMPLETE-DATES");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.stated()).isEqualTo("2023年12月20日");
            });
  }

  @Test
  void sheetsOfOneReportDatedApartWithALikelyMisprint() {
    var y =
        year()
            .reportDate("2024 年 6 月")
            .sheet(
                sheet("dept", SheetKind.DEPARTMENT, "附件2")
                    .signOff("填表人", "唐莉", "2024.5.30")
                    .build())
            .sheet(sheet("p2", SheetKind.PROJECT, "附件3-2").signOff("填表人", "唐莉", "2024.5.3").build())
            .build();

    assertThat(run(check, y))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.stated()).isEqualTo("2024.5.3");
              assertThat(f.expected()).isEqualTo("2024.5.30");
              assertThat(f.message()).contains("疑为“2024.5.30”漏印末位");
            });
  }

  @Test
  void silentWhenTheDatesFollowTheYearAndEachOther() {
    var y =
        year()
            .reportDate("2024年6月10日")
            .sheet(
                sheet("dept", SheetKind.DEPARTMENT, "附件2")
                    .signOff("填表人", "唐莉", "2024.5.30")
                    .build())
            .sheet(
                sheet("p2", SheetKind.PROJECT, "附件3-2").signOff("填表人", "唐莉", "2024年5月30日").build())
            .build();

    assertThat(run(check, y)).isEmpty();
  }
}
