package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao report}: the files it writes, its messages and exit codes. */
class ReportCommandIT {
  private static final String SEED_000 = "examples/000_d7c6b592d197c283.yaml";

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = JixiaoCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void writesTheReportAndTheTables(@TempDir Path dir) throws Exception {
    Path docx = dir.resolve("报告.docx");
    Path xlsx = dir.resolve("附表.xlsx");

    Run report = run("report", SEED_000, "-o", docx.toString());
    Run tables = run("report", SEED_000, "-o", xlsx.toString());

    assertThat(report.exit()).as(report.err()).isZero();
    assertThat(report.out()).contains("已生成部门整体支出绩效自评报告", "益阳市人力资源和社会保障局");
    assertThat(tables.exit()).as(tables.err()).isZero();
    try (XWPFDocument d = new XWPFDocument(Files.newInputStream(docx));
        XSSFWorkbook w = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      assertThat(d.getTables()).hasSize(2);
      assertThat(w.getSheetName(1)).isEqualTo("部门整体支出绩效自评表");
    }
  }

  @Test
  void kindsNotYetAvailableExitWithTwoAndSayWhy(@TempDir Path dir) {
    Run thirdParty =
        run("report", SEED_000, "-o", dir.resolve("a.docx").toString(), "--kind", "third-party");
    Run pdf = run("report", SEED_000, "-o", dir.resolve("a.pdf").toString());
    Run unknown = run("report", SEED_000, "-o", dir.resolve("a.docx").toString(), "--kind", "memo");

    assertThat(thirdParty.exit()).isEqualTo(2);
    assertThat(thirdParty.err()).contains("尚未实现");
    assertThat(pdf.exit()).isEqualTo(2);
    assertThat(pdf.err()).contains("PDF");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("未知的文书种类", "self-evaluation");
    assertThat(dir.resolve("a.docx")).doesNotExist();
  }

  @Test
  void anUnreadableInputExitsWithTwo(@TempDir Path dir) {
    Run r = run("report", "no-such-file.yaml", "-o", dir.resolve("a.docx").toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no-such-file.yaml");
  }
}
