package org.jixiao.evaluation;

import java.io.IOException;
import java.io.OutputStream;

/**
 * 文书输出端口 — the port through which the use case has a document written (Word, Excel); the document
 * adapter implements it, so the use case never depends on POI.
 */
public interface ReportWriter {

  /** Whether this writer can produce {@code kind} as {@code format}. */
  boolean supports(DocumentKind kind, DocumentFormat format);

  /**
   * Writes the document for a scored and audited year.
   *
   * @throws IllegalArgumentException when {@link #supports} is false for the pair
   */
  void write(DocumentKind kind, DocumentFormat format, AuditedYear year, OutputStream out)
      throws IOException;
}
