package org.jixiao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jixiao.document.DocumentWriter;
import org.jixiao.document.TemplateRegistry;
import org.jixiao.evaluation.DocumentKind;
import org.jixiao.evaluation.ReportOutcome;
import org.jixiao.evaluation.Reports;
import org.jixiao.evaluation.UnreadableInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** 生成文书 — writes the self-evaluation report (Word) or the attached tables (Excel or Word). */
@Command(
    name = "report",
    description = {
      "生成文书：自评报告（.docx，含封面与附表）或附表（.xlsx / .docx）。数字取自年度数据，得分按评分规则计算。",
      "输出格式由文件扩展名决定；不指定 --kind 时，.xlsx 生成附表，.docx 生成自评报告。文书无法生成时退出码为 2。"
    })
class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin CliContext context;

  @Parameters(index = "0", paramLabel = "FILE", description = "年度数据文件（YAML/JSON）")
  Path file;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "OUT",
      description = "输出文件：OUT.docx、OUT.xlsx")
  Path output;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      description = "文书种类：self-evaluation（自评报告）、tables（附表）；third-party、final-accounts 尚未实现")
  String kind;

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      description = "自定义 Word 模板目录，与内置模板同名的文件优先（见 docs/documents.md）")
  Path templates;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DocumentKind k;
    if (kind == null) {
      k = Reports.defaultKind(output);
    } else {
      var found = DocumentKind.ofId(kind);
      if (found.isEmpty()) {
        err.println("未知的文书种类“" + kind + "”，可选：" + ids());
        return JixiaoCommand.UNREADABLE_INPUT;
      }
      k = found.get();
    }
    try {
      Reports reports =
          new Reports(
              context.evaluations(),
              new DocumentWriter(TemplateRegistry.builtIn().withDirectory(templates)));
      ReportOutcome outcome = reports.write(file, output, k);
      if (outcome instanceof ReportOutcome.Written w) {
        out.println(
            "已生成"
                + w.kind().label()
                + "（"
                + w.format().label()
                + "）："
                + w.file()
                + "（"
                + w.year().year().unit().name()
                + " "
                + w.year().year().year()
                + "年度）");
        return 0;
      }
      err.println(((ReportOutcome.NotWritten) outcome).reason());
      return JixiaoCommand.UNREADABLE_INPUT;
    } catch (UnreadableInputException e) {
      err.println(e.getMessage());
      return JixiaoCommand.UNREADABLE_INPUT;
    }
  }

  private static String ids() {
    return Arrays.stream(DocumentKind.values())
        .map(DocumentKind::id)
        .collect(Collectors.joining("、"));
  }
}
