package org.reactivehss;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The package layers of docs/architecture.md, held against the compiled main classes (tests may
 * reach across layers). Each rule names the import that would break it.
 */
@AnalyzeClasses(packages = "org.reactivehss", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule packagesImportEachOtherInNoCycle =
      slices().assignedFrom(new TopLevelSlices()).should().beFreeOfCycles();

  @ArchTest
  static final ArchRule codecNeverImportsPeerOrTransport =
      noClasses()
          .that()
          .resideInAPackage("org.reactivehss.diameter.codec..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.reactivehss.diameter.peer..", "org.reactivehss.diameter.transport..");

  @ArchTest
  static final ArchRule transportNeverImportsPeer =
      noClasses()
          .that()
          .resideInAPackage("org.reactivehss.diameter.transport..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.reactivehss.diameter.peer..")
          .because(
              "the peer layer implements the transport's LinkHandler, not the other way round");

  @ArchTest
  static final ArchRule appsNeverImportTransport =
      noClasses()
          .that()
          .resideInAPackage("org.reactivehss.app..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.reactivehss.diameter.transport..");

  @ArchTest
  static final ArchRule storeNeverImportsAppsAuthOrApi =
      noClasses()
          .that()
          .resideInAPackage("org.reactivehss.store..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.reactivehss.app..",
              "org.reactivehss.auth..",
              "org.reactivehss.api..",
              "org.reactivehss.diameter..");

  @ArchTest
  static final ArchRule authNeverImportsAppsApiOrDiameter =
      noClasses()
          .that()
          .resideInAPackage("org.reactivehss.auth..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.reactivehss.app..", "org.reactivehss.api..", "org.reactivehss.diameter..");

  @ArchTest
  static final ArchRule apiNeverImportsDiameterOrApps =
      noClasses()
          .that()
          .resideInAPackage("org.reactivehss.api..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.reactivehss.diameter..", "org.reactivehss.app..");

  /** The command line is a client of the REST API: it never reaches into the HSS itself. */
  @ArchTest
  static final ArchRule cliImportsNothingOfTheHss =
      noClasses()
          .that()
          .resideInAPackage("org.reactivehss.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.reactivehss.store..",
              "org.reactivehss.api..",
              "org.reactivehss.auth..",
              "org.reactivehss.diameter..",
              "org.reactivehss.app..",
              "org.reactivehss.config..");

  @ArchTest
  static final ArchRule replicaRelayNeverImportsAppsApiOrTransport =
      noClasses()
          .that()
          .resideInAPackage("org.reactivehss.replica..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.reactivehss.app..",
              "org.reactivehss.api..",
              "org.reactivehss.diameter.transport..");

  @ArchTest
  static final ArchRule metricsImportsOnlyTheDictionary =
      noClasses()
          .that()
          .resideInAPackage("org.reactivehss.metrics..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.reactivehss.auth..",
              "org.reactivehss.store..",
              "org.reactivehss.app..",
              "org.reactivehss.api..",
              "org.reactivehss.config..",
              "org.reactivehss.diameter.codec..",
              "org.reactivehss.diameter.peer..",
              "org.reactivehss.diameter.transport..");

  @ArchTest
  static final ArchRule failureModelImportsNothingOfTheHss =
      noClasses()
          .that()
          .resideInAPackage("org.reactivehss.failure..")
          .should()
          .dependOnClassesThat()
          .resideOutsideOfPackages("org.reactivehss.failure..", "java..", "io.vertx..")
          .because(
              "storage, auth, the bus and every application share it: it must sit below all of them");

  @ArchTest
  static final ArchRule onlyStartupImportsConfig =
      noClasses()
          .that()
          .resideOutsideOfPackages("org.reactivehss", "org.reactivehss.config..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.reactivehss.config..")
          .because(
              "config reads conf/hss.yaml onto each package's own options; nothing below startup reads it");

  @ArchTest
  static final ArchRule applicationsNeverImportEachOther =
      slices().matching("org.reactivehss.app.(*)..").should().notDependOnEachOther();

  /**
   * One slice per top-level package, except that the Diameter layers (codec, dict, peer,
   * transport), the applications and the tools are each their own slice. The root package (startup)
   * is above all.
   */
  private static final class TopLevelSlices implements SliceAssignment {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      String[] parts = javaClass.getPackageName().split("\\.");
      if (parts.length < 3) {
        return SliceIdentifier.ignore();
      }
      boolean layered =
          parts[2].equals("diameter") || parts[2].equals("app") || parts[2].equals("tools");
      return layered && parts.length > 3
          ? SliceIdentifier.of(parts[2] + "." + parts[3])
          : SliceIdentifier.of(parts[2]);
    }

    @Override
    public String getDescription() {
      return "top-level packages, with diameter.*, app.* and tools.* apart";
    }
  }
}
