package org.jixiao.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jixiao.framework.Framework;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** 指标体系列表 — lists the frameworks available, built-in and the user's. */
@Command(name = "frameworks", description = "列出可用的指标体系（内置及 --frameworks 目录中的）。")
class FrameworksCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CliContext context;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (Framework f : context.evaluations().frameworks().all()) {
      out.println(
          f.id()
              + "\t"
              + f.name()
              + "\t（"
              + f.leaves().size()
              + " 个末级指标，等级表 "
              + f.grades().id()
              + "）");
    }
    return 0;
  }
}
