package org.jixiao;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * 模块依赖检查：每个模块只使用其 package-info.java 中允许的模块。
 *
 * <p>Each direct sub-package of {@code org.jixiao} is a module; its {@code package-info.java} lists
 * the modules it may use. This fails on a dependency not listed there and on any cycle.
 */
class ModularityTest {

  @Test
  void modulesOnlyUseWhatTheirPackageInfoAllows() {
    // By package, not ApplicationModules.of(JixiaoApplication.class): that form needs the class to
    // carry @SpringBootApplication or @Modulithic, and the entry point is a plain picocli main.
    ApplicationModules.of(JixiaoApplication.class.getPackageName()).verify();
  }
}
