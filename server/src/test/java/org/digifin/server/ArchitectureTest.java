package org.digifin.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The layering of ../shared/ARCHITECTURE.md, enforced on everything on the server's classpath:
 * domain modules import no framework and no other domain module; only adapters see frameworks.
 */
class ArchitectureTest {

  /** Domain modules' root packages; a new module is added here when it arrives. */
  static final List<String> DOMAIN =
      List.of("basics", "crypto", "risk", "credit", "governance", "dataspace", "synth", "quant");

  static final String[] FRAMEWORKS = {
    "org.springframework..",
    "org.apache.flink..",
    "org.apache.kafka..",
    "com.fasterxml.jackson..",
    "tools.jackson..",
    "java.sql..",
    "javax.sql..",
    "org.postgresql..",
    "jakarta.."
  };

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.digifin");

  @Test
  void domainModulesAreFrameworkFree() {
    for (String module : DOMAIN) {
      noClasses()
          .that()
          .resideInAPackage("org.digifin." + module + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(FRAMEWORKS)
          .allowEmptyShould(true)
          .because("domain modules are plain Java (ARCHITECTURE.md)")
          .check(classes);
    }
  }

  @Test
  void domainModulesDoNotDependOnEachOther() {
    for (String module : DOMAIN) {
      String[] others =
          DOMAIN.stream()
              .filter(m -> !m.equals(module) && !m.equals("basics") && !m.equals("crypto"))
              .map(m -> "org.digifin." + m + "..")
              .toArray(String[]::new);
      noClasses()
          .that()
          .resideInAPackage("org.digifin." + module + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(others)
          .allowEmptyShould(true)
          .because("domain modules depend on basics (and crypto) only")
          .check(classes);
    }
  }

  @Test
  void nothingBelowTheServerDependsOnIt() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "org.digifin.server..", "org.digifin.bench..", "org.digifin.stream..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.digifin.server..", "org.digifin.stream..", "org.digifin.bench..")
        .check(classes);
  }
}
