package org.jixiao.evaluation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.jixiao.audit.Tolerance;

/**
 * 文书生成用例 — reads, scores and audits a year, then has the report or the attached tables written
 * through the {@link ReportWriter} port. Figures come from the year, scores from the engine, so the
 * text and the tables cannot disagree.
 */
public final class Reports {
  private final Evaluations evaluations;
  private final ReportWriter writer;

  public Reports(Evaluations evaluations, ReportWriter writer) {
    this.evaluations = evaluations;
    this.writer = writer;
  }

  /** The kind a file name asks for when none is given: a workbook holds tables, Word the report. */
  public static DocumentKind defaultKind(Path output) {
    return DocumentFormat.ofFile(output).orElse(DocumentFormat.DOCX) == DocumentFormat.XLSX
        ? DocumentKind.TABLES
        : DocumentKind.SELF_EVALUATION;
  }

  /**
   * Writes {@code kind} for the year in {@code input} to {@code output}; the format follows the
   * output's extension. The file appears only once complete.
   *
   * @throws UnreadableInputException when the input cannot be read
   */
  public ReportOutcome write(Path input, Path output, DocumentKind kind) {
    Optional<DocumentFormat> format = DocumentFormat.ofFile(output);
    if (format.isEmpty()) {
      return new ReportOutcome.NotWritten(
          "无法识别输出文件“" + output + "”的格式：文件名应以 .docx、.xlsx 或 .pdf 结尾");
    }
    Optional<String> refusal = refusal(kind, format.get());
    if (refusal.isPresent()) {
      return new ReportOutcome.NotWritten(refusal.get());
    }
    AuditedYear year = evaluations.audit(input, Tolerance.DEFAULT);
    Path target = output.toAbsolutePath();
    Path temp = null;
    try {
      Files.createDirectories(target.getParent());
      temp = target.resolveSibling("." + target.getFileName() + ".part");
      try (OutputStream out = Files.newOutputStream(temp)) {
        writer.write(kind, format.get(), year, out);
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      return new ReportOutcome.Written(output, kind, format.get(), year);
    } catch (IOException e) {
      return new ReportOutcome.NotWritten("无法写入“" + output + "”：" + e.getMessage());
    } finally {
      deleteQuietly(temp);
    }
  }

  private Optional<String> refusal(DocumentKind kind, DocumentFormat format) {
    if (writer.supports(kind, format)) {
      return Optional.empty();
    }
    if (kind == DocumentKind.THIRD_PARTY || kind == DocumentKind.FINAL_ACCOUNTS) {
      return Optional.of("尚未实现：" + kind.label() + "（--kind " + kind.id() + "）的生成正在开发中");
    }
    if (format == DocumentFormat.PDF) {
      return Optional.of("尚未实现：PDF 输出正在开发中；请先生成 .docx，再用 LibreOffice 或 Word 另存为 PDF");
    }
    return Optional.of(
        kind.label() + "不能生成为 " + format.label() + "（." + format.extension() + "）文件" + hint(kind));
  }

  private static String hint(DocumentKind kind) {
    return kind == DocumentKind.SELF_EVALUATION ? "：自评报告请输出为 .docx" : "";
  }

  private static void deleteQuietly(Path temp) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // a stray temporary file is harmless; the outcome already tells what happened
    }
  }
}
