/**
 * 评价用例：网页和命令行调用的唯一入口，并定义由适配器实现的端口。
 *
 * <p>Evaluation use cases: the one entry point the web and the command line call; defines ports.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"quantity", "framework", "budget", "scoring", "audit"})
package org.jixiao.evaluation;
