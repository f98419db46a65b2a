package org.jixiao.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jixiao.importing.YearFileException;
import org.jixiao.importing.YearFileReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** 校验数据文件 — checks that year files follow the format, naming every error's field. */
@Command(name = "validate", description = "校验年度数据文件（YAML/JSON）是否符合格式。")
class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "年度数据文件")
  List<Path> files;

  @Override
  public Integer call() {
    YearFileReader reader = new YearFileReader();
    int exit = 0;
    for (Path file : files) {
      try {
        var year = reader.read(file);
        spec.commandLine()
            .getOut()
            .println(file + "：格式正确（" + year.unit().name() + " " + year.year() + "年）");
      } catch (YearFileException e) {
        spec.commandLine().getErr().println(e.getMessage());
        exit = JixiaoCommand.UNREADABLE_INPUT;
      }
    }
    return exit;
  }
}
