package org.jixiao.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jixiao.audit.AuditChecks;
import org.jixiao.audit.Finding;
import org.jixiao.audit.Severity;
import org.jixiao.audit.Tolerance;
import org.jixiao.evaluation.AuditedYear;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.UnreadableInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** 审核 — recomputes every stated figure and lists the inconsistencies, most severe first. */
@Command(name = "audit", description = "审核：重算报告中的每个数字，按严重程度列出不一致之处。发现错误时退出码为 1，文件无法读取时为 2。")
class AuditCommand implements Callable<Integer> {
  static final int ERRORS_FOUND = 1;

  @Spec CommandSpec spec;
  @Mixin CliContext context;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "年度数据文件（YAML/JSON）")
  List<Path> files = new ArrayList<>();

  @Option(names = "--checks", description = "列出全部审核规则（编码、严重程度、名称、依据）")
  boolean listChecks;

  @Option(names = "--json", description = "输出 JSON（每个文件一个对象）")
  boolean json;

  @Option(
      names = "--tolerance",
      paramLabel = "N",
      defaultValue = "1",
      description = "舍入容差：末位数字的 N 个单位以内的差异视为舍入（提示级），默认 ${DEFAULT-VALUE}")
  BigDecimal tolerance;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (listChecks) {
      AuditChecks.all()
          .forEach(
              c ->
                  out.println(
                      c.code()
                          + "\t"
                          + c.severity().label()
                          + "\t"
                          + c.title()
                          + "\t"
                          + c.clause()));
      return 0;
    }
    if (files.isEmpty()) {
      err.println("请给出要审核的年度数据文件（或用 --checks 列出审核规则）");
      return JixiaoCommand.UNREADABLE_INPUT;
    }
    Evaluations evaluations = context.evaluations();
    List<AuditedYear> results = new ArrayList<>();
    boolean unreadable = false;
    for (Path file : files) {
      try {
        results.add(evaluations.audit(file, new Tolerance(tolerance)));
      } catch (UnreadableInputException e) {
        err.println(e.getMessage());
        unreadable = true;
      }
    }
    if (json) {
      out.println(Json.write(results.stream().map(AuditCommand::toMap).toList()));
    } else {
      results.forEach(r -> print(r, out));
    }
    out.flush();
    if (unreadable) {
      return JixiaoCommand.UNREADABLE_INPUT;
    }
    return results.stream().anyMatch(r -> r.report().hasErrors()) ? ERRORS_FOUND : 0;
  }

  static Map<String, Object> toMap(AuditedYear r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", r.file().toString());
    m.put("unit", r.year().unit().name());
    m.put("year", r.year().year());
    m.put("findings", r.report().findings().stream().map(AuditCommand::finding).toList());
    return m;
  }

  private static Map<String, Object> finding(Finding f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", f.code());
    m.put("severity", f.severity().name());
    m.put("message", f.message());
    m.put("location", f.location());
    m.put("stated", f.stated());
    m.put("expected", f.expected());
    m.put("basis", f.basis());
    m.put("clause", f.clause());
    return m;
  }

  private static void print(AuditedYear r, PrintWriter out) {
    out.println("══ " + r.file() + "：" + r.year().unit().name() + " " + r.year().year() + " 年度 ══");
    out.println(
        "  错误 "
            + r.report().count(Severity.ERROR)
            + " 项，警告 "
            + r.report().count(Severity.WARNING)
            + " 项，提示 "
            + r.report().count(Severity.INFO)
            + " 项");
    Severity current = null;
    for (Finding f : r.report().findings()) {
      if (f.severity() != current) {
        current = f.severity();
        out.println();
        out.println("【" + current.label() + "】");
      }
      out.println("  [" + f.code() + "] " + f.message());
      if (f.location() != null) {
        out.println("      位置：" + f.location());
      }
      if (f.basis() != null) {
        out.println("      依据：" + f.basis());
      }
    }
    out.println();
  }
}
