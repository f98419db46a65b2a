package org.jixiao.cli;

import java.nio.file.Path;
import org.jixiao.evaluation.Evaluations;
import org.jixiao.importing.FrameworkFileReader;
import org.jixiao.importing.YearFileReader;
import picocli.CommandLine.Option;

/** Options every command shares, and the wiring of the use case with its adapters. */
class CliContext {
  @Option(names = "--frameworks", paramLabel = "DIR", description = "额外的指标体系目录（YAML），与内置体系同名时以此为准")
  Path frameworksDir;

  Evaluations evaluations() {
    return new Evaluations(new YearFileReader(), new FrameworkFileReader().load(frameworksDir));
  }
}
