package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.budget.AgencyProfile;
import org.jixiao.budget.DepartmentYear;
import org.jixiao.budget.ReportKind;
import org.jixiao.budget.ReportSource;
import org.jixiao.framework.Frameworks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The use case with an in-memory year source and a fake writer: formats, refusals, the file. */
class ReportsTest {
  private static final DepartmentYear YEAR =
      new DepartmentYear(
          1,
          new ReportSource(null, null, ReportKind.SELF_EVALUATION, null, null, null, "万元", null),
          2024,
          new AgencyProfile("某局", null, null, null, null, null, null, null, null),
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
          null,
          null);

  /** Writes "kind/format" as the document; supports the report as docx and the tables. */
  private static final ReportWriter FAKE =
      new ReportWriter() {
        @Override
        public boolean supports(DocumentKind kind, DocumentFormat format) {
          return kind == DocumentKind.SELF_EVALUATION && format == DocumentFormat.DOCX
              || kind == DocumentKind.TABLES && format != DocumentFormat.PDF;
        }

        @Override
        public void write(
            DocumentKind kind, DocumentFormat format, AuditedYear year, OutputStream out)
            throws java.io.IOException {
          out.write(
              (kind + "/" + format + "/" + year.year().unit().name())
                  .getBytes(StandardCharsets.UTF_8));
        }
      };

  private final Reports reports =
      new Reports(new Evaluations(file -> YEAR, new Frameworks(java.util.List.of())), FAKE);

  @Test
  void writesTheKindInTheFormatTheExtensionNames(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("sub/附表.xlsx");

    ReportOutcome outcome = reports.write(Path.of("in.yaml"), out, Reports.defaultKind(out));

    assertThat(outcome).isInstanceOf(ReportOutcome.Written.class);
    assertThat(Files.readString(out)).isEqualTo("TABLES/XLSX/某局");
    try (var files = Files.list(out.getParent())) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void theDefaultKindFollowsTheExtension() {
    assertThat(Reports.defaultKind(Path.of("a.xlsx"))).isEqualTo(DocumentKind.TABLES);
    assertThat(Reports.defaultKind(Path.of("a.docx"))).isEqualTo(DocumentKind.SELF_EVALUATION);
  }

  @Test
  void kindsNotYetWrittenSaySoInChinese(@TempDir Path dir) {
    assertThat(reason(dir, "a.docx", DocumentKind.THIRD_PARTY)).contains("尚未实现", "第三方评价报告");
    assertThat(reason(dir, "a.docx", DocumentKind.FINAL_ACCOUNTS)).contains("尚未实现", "部门决算情况说明");
    assertThat(reason(dir, "a.pdf", DocumentKind.SELF_EVALUATION)).contains("尚未实现", "PDF");
    assertThat(reason(dir, "a.xlsx", DocumentKind.SELF_EVALUATION)).contains("自评报告请输出为 .docx");
    assertThat(reason(dir, "a.txt", DocumentKind.TABLES)).contains("无法识别输出文件");
    assertThat(dir.resolve("a.docx")).doesNotExist();
  }

  private String reason(Path dir, String name, DocumentKind kind) {
    ReportOutcome o = reports.write(Path.of("in.yaml"), dir.resolve(name), kind);
    assertThat(o).isInstanceOf(ReportOutcome.NotWritten.class);
    return ((ReportOutcome.NotWritten) o).reason();
  }
}
