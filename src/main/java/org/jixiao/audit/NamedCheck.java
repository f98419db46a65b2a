package org.jixiao.audit;

/** The identity every check shares: code, severity, Chinese title and clause. */
abstract class NamedCheck implements AuditCheck {
  private final String code;
  private final Severity severity;
  private final String title;
  private final String clause;

  NamedCheck(String code, Severity severity, String title, String clause) {
    this.code = code;
    this.severity = severity;
    this.title = title;
    this.clause = clause;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public String clause() {
    return clause;
  }
}
