package org.jixiao.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** 命令行入口 — the {@code jixiao} command and its sub-commands. */
@Command(
    name = "jixiao",
    mixinStandardHelpOptions = true,
    version = "Jixiao 绩效 0.1.0",
    description = "预算绩效评价：读取、计算、评分、审核。",
    subcommands = {
      ScoreCommand.class,
      AuditCommand.class,
      ParseCommand.class,
      ValidateCommand.class,
      FrameworksCommand.class,
      ReportCommand.class,
      CommandLine.HelpCommand.class
    })
public class JixiaoCommand implements Runnable {

  /** Exit code for an input that cannot be read. */
  public static final int UNREADABLE_INPUT = 2;

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  public static int run(String... args) {
    return run(
        new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8),
        args);
  }

  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new JixiaoCommand());
    cli.setOut(out);
    cli.setErr(err);
    return cli.execute(args);
  }
}
