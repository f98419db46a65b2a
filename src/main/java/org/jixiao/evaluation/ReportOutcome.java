package org.jixiao.evaluation;

import java.nio.file.Path;

/** 生成结果 — a document written, or why none was (a value, not an exception). */
public sealed interface ReportOutcome {

  /** The document was written to {@code file}. */
  record Written(Path file, DocumentKind kind, DocumentFormat format, AuditedYear year)
      implements ReportOutcome {}

  /** No document was written; {@code reason} says why, in Chinese, for the user. */
  record NotWritten(String reason) implements ReportOutcome {}
}
