package org.jixiao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.evaluation.ScoredYear;
import org.jixiao.evaluation.UnreadableInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** 评分 — scores every table of each file and sets each figure beside the report's. */
@Command(name = "score", description = "计算每张评分表的各项得分、小计、总分与等级，并与报告所列数字对照。")
class ScoreCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin CliContext context;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "年度数据文件（YAML/JSON）")
  List<Path> files;

  @Option(names = "--json", description = "输出 JSON（每个文件一个对象）")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Evaluations evaluations = context.evaluations();
    List<ScoredYear> results = new ArrayList<>();
    int exit = 0;
    for (Path file : files) {
      try {
        results.add(evaluations.score(file));
      } catch (UnreadableInputException e) {
        err.println(e.getMessage());
        exit = JixiaoCommand.UNREADABLE_INPUT;
      }
    }
    if (json) {
      out.println(Json.write(results.stream().map(ScoreJson::toMap).toList()));
    } else {
      results.forEach(r -> ScoreText.print(r, out));
    }
    out.flush();
    return exit;
  }
}
