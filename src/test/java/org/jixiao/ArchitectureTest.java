package org.jixiao;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 架构规则：核心模块是纯 Java 17，适配器之间只按约定互相依赖。
 *
 * <p>The layering of {@code org.jixiao} (see docs/STYLE.md): CORE modules use only {@code java.*}
 * and the core modules their {@code package-info.java} allows; nothing in CORE holds a {@code
 * double} or {@code float}; CORE never reaches up to the use case or an adapter; adapters use each
 * other only as listed in {@link #ADAPTERS}. {@link ModularityTest} checks the module graph itself.
 *
 * <p>Every rule sets {@code allowEmptyShould(false)}, so a rule over a package that has no classes
 * would fail instead of passing without checking anything. A module whose package has no classes
 * yet (only its {@code package-info}, or nothing) is not failed but reported as <em>skipped</em>
 * through a JUnit assumption, naming the package: the rule stays, and starts checking with the
 * module's first class.
 */
class ArchitectureTest {

  private static final String BASE = "org.jixiao";

  /** CORE module → the other core modules it may use, as its package-info.java declares. */
  private static final Map<String, Set<String>> CORE =
      new TreeMap<>(
          Map.of(
              "quantity", Set.of(),
              "framework", Set.of("quantity"),
              "budget", Set.of("quantity"),
              "scoring", Set.of("framework", "budget", "quantity"),
              "audit", Set.of("scoring", "framework", "budget", "quantity")));

  /** The use case module: uses all of CORE, is used by the adapters. */
  private static final String USE_CASE = "evaluation";

  /** ADAPTER module → the other adapters it may use. Adapters may all use evaluation and CORE. */
  private static final Map<String, Set<String>> ADAPTERS =
      new TreeMap<>(
          Map.of(
              "importing", Set.of(),
              "document", Set.of(),
              "storage", Set.of(),
              "web", Set.of(),
              "cli", Set.of("importing", "document")));

  /** Frameworks and I/O that CORE must not touch (the whitelist rule already implies most). */
  private static final String[] FORBIDDEN_IN_CORE = {
    "org.springframework..",
    "tools.jackson..",
    "com.fasterxml.jackson..",
    "org.apache.poi..",
    "java.sql..",
    "javax.sql..",
    "java.nio.file.."
  };

  /** java.io's file-system types: File, FileInputStream, FileReader, …, RandomAccessFile. */
  private static final DescribedPredicate<JavaClass> JAVA_IO_FILES =
      resideInAPackage("java.io")
          .and(simpleNameStartingWith("File").or(simpleName("RandomAccessFile")))
          .as("are java.io file-system types (File, FileInputStream, FileReader, …)");

  /**
   * package-info carries {@code @ApplicationModule} (Spring Modulith) in every module, core
   * included; it is metadata for the module check, not code the core runs, so the "no Spring in
   * CORE" rules skip it.
   */
  private static final DescribedPredicate<JavaClass> PACKAGE_INFO =
      simpleName("package-info").as("package-info");

  private static JavaClasses imported;

  @BeforeAll
  static void importProductionClasses() {
    imported =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(BASE);
  }

  static Stream<Arguments> coreModules() {
    return CORE.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  static Stream<Arguments> adapterModules() {
    return ADAPTERS.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0} uses only java.* and core modules {1}")
  @MethodSource("coreModules")
  void coreModuleUsesOnlyJavaAndItsAllowedCoreModules(String module, Set<String> allowed) {
    assumeModuleHasClasses(module);
    var packages = new TreeSet<String>();
    packages.add("java..");
    packages.add(pkg(module));
    allowed.forEach(m -> packages.add(pkg(m)));

    classes()
        .that()
        .resideInAPackage(pkg(module))
        .and(not(PACKAGE_INFO))
        .should()
        .onlyDependOnClassesThat(resideInAnyPackage(packages.toArray(String[]::new)))
        .because("CORE is plain Java 17 and " + module + " may use only " + allowed)
        .allowEmptyShould(false)
        .check(imported);
  }

  @Test
  void coreUsesNoSpringJacksonPoiJdbcOrFileSystem() {
    assumeTrue(
        !imported.that(inCore().and(not(PACKAGE_INFO))).isEmpty(),
        "no CORE module has classes yet");

    noClasses()
        .that(inCore().and(not(PACKAGE_INFO)))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FORBIDDEN_IN_CORE)
        .orShould()
        .dependOnClassesThat(JAVA_IO_FILES)
        .because("CORE is plain Java 17: adapters do the frameworks, databases and files")
        .allowEmptyShould(false)
        .check(imported);
  }

  @Test
  void coreHasNoDoubleOrFloatFields() {
    // The rule's subject is fields: with none in CORE yet it would have nothing to check.
    assumeTrue(
        imported.that(inCore()).stream().anyMatch(c -> !c.getFields().isEmpty()),
        "no CORE class declares a field yet");

    noFields()
        .that()
        .areDeclaredInClassesThat(inCore())
        .should()
        .haveRawType(double.class)
        .orShould()
        .haveRawType(float.class)
        .orShould()
        .haveRawType(Double.class)
        .orShould()
        .haveRawType(Float.class)
        .orShould()
        .haveRawType(double[].class)
        .orShould()
        .haveRawType(float[].class)
        .because("money, rates and scores are BigDecimal: binary floating point rounds them wrong")
        .allowEmptyShould(false)
        .check(imported);
  }

  @Test
  void coreDoesNotDependOnTheUseCaseOrAnyAdapter() {
    assumeTrue(
        !imported.that(inCore().and(not(PACKAGE_INFO))).isEmpty(),
        "no CORE module has classes yet");
    var above = new TreeSet<String>();
    above.add(pkg(USE_CASE));
    ADAPTERS.keySet().forEach(m -> above.add(pkg(m)));

    noClasses()
        .that(inCore())
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(above.toArray(String[]::new))
        .because("dependencies point inwards: evaluation and the adapters use CORE, never back")
        .allowEmptyShould(false)
        .check(imported);
  }

  @Test
  void useCaseDoesNotDependOnAnyAdapter() {
    assumeModuleHasClasses(USE_CASE);

    noClasses()
        .that()
        .resideInAPackage(pkg(USE_CASE))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ADAPTERS.keySet().stream().map(m -> pkg(m)).toArray(String[]::new))
        .because("evaluation defines ports; adapters implement them")
        .allowEmptyShould(false)
        .check(imported);
  }

  @ParameterizedTest(name = "{0} uses no other adapter than {1}")
  @MethodSource("adapterModules")
  void adapterUsesOnlyItsListedAdapters(String module, Set<String> allowed) {
    assumeModuleHasClasses(module);
    var others =
        ADAPTERS.keySet().stream()
            .filter(m -> !m.equals(module) && !allowed.contains(m))
            .map(m -> pkg(m))
            .toArray(String[]::new);

    noClasses()
        .that()
        .resideInAPackage(pkg(module))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(others)
        .because("adapters meet in evaluation, not in each other")
        .allowEmptyShould(false)
        .check(imported);
  }

  /** A new sub-package must be placed in the layering here, or no rule above would cover it. */
  @Test
  void everySubPackageIsACoreUseCaseOrAdapterModule() {
    var known = new TreeSet<String>(CORE.keySet());
    known.add(USE_CASE);
    known.addAll(ADAPTERS.keySet());

    var found = new TreeSet<String>();
    imported.stream()
        .map(JavaClass::getPackageName)
        .filter(p -> p.startsWith(BASE + "."))
        .map(p -> p.substring(BASE.length() + 1).split("\\.")[0])
        .forEach(found::add);

    assertThat(found).as("modules under " + BASE).isSubsetOf(known);
  }

  private static DescribedPredicate<JavaClass> inCore() {
    return resideInAnyPackage(CORE.keySet().stream().map(m -> pkg(m)).toArray(String[]::new))
        .as("reside in CORE " + CORE.keySet());
  }

  private static void assumeModuleHasClasses(String module) {
    assumeTrue(
        !imported.that(resideInAPackage(pkg(module)).and(not(PACKAGE_INFO))).isEmpty(),
        () ->
            BASE + "." + module + " has no classes yet: this rule starts checking with its first");
  }

  private static String pkg(String module) {
    return BASE + "." + module + "..";
  }
}
