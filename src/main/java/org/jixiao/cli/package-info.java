/**
 * 命令行：基于评价用例的 picocli 命令。
 *
 * <p>Command line: picocli commands over the evaluation use cases.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "evaluation",
      "importing",
      "document",
      "quantity",
      "framework",
      "budget",
      "scoring",
      "audit"
    })
package org.jixiao.cli;
