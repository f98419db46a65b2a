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
    ApplicationModules.of(JixiaoApplication.class).verify();
  }
}
