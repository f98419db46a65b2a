package org.jixiao.document;

import java.io.IOException;
import java.io.OutputStream;
import org.jixiao.evaluation.AuditedYear;
import org.jixiao.evaluation.DocumentFormat;
import org.jixiao.evaluation.DocumentKind;
import org.jixiao.evaluation.ReportWriter;

/**
 * 文书输出适配器 — implements the {@link ReportWriter} port: the self-evaluation report as Word from a
 * template the {@link TemplateRegistry} picks, the attached tables as Excel or Word.
 */
public final class DocumentWriter implements ReportWriter {
  private final TemplateRegistry templates;

  public DocumentWriter(TemplateRegistry templates) {
    this.templates = templates;
  }

  /** With the built-in templates only. */
  public DocumentWriter() {
    this(TemplateRegistry.builtIn());
  }

  @Override
  public boolean supports(DocumentKind kind, DocumentFormat format) {
    return switch (kind) {
      case SELF_EVALUATION -> format == DocumentFormat.DOCX;
      case TABLES -> format == DocumentFormat.DOCX || format == DocumentFormat.XLSX;
      case THIRD_PARTY, FINAL_ACCOUNTS -> false;
    };
  }

  @Override
  public void write(DocumentKind kind, DocumentFormat format, AuditedYear year, OutputStream out)
      throws IOException {
    if (!supports(kind, format)) {
      throw new IllegalArgumentException(kind.label() + "不能生成为 " + format.label());
    }
    if (kind == DocumentKind.SELF_EVALUATION) {
      SelfEvaluationReport.write(year, templates, out);
    } else if (format == DocumentFormat.XLSX) {
      TablesWorkbook.write(year, out);
    } else {
      TablesDocument.write(year, out);
    }
  }
}
