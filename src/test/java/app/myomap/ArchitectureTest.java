package app.myomap;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The layering of STYLE.md, stated so it cannot rot silently. */
class ArchitectureTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          // Test classes are left out by folder, whatever the build directory is called.
          .withImportOption(location -> !location.contains("/test-classes/"))
          .importPackages("app.myomap");

  @Test
  void modelUsesTheJdkOnly() {
    noClasses()
        .that()
        .resideInAPackage("app.myomap.model..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("app.myomap.model..", "java..")
        .check(MAIN);
  }

  @Test
  void onlyUiAndAppUseSwingOrFlatLaf() {
    noClasses()
        .that()
        .resideOutsideOfPackages("app.myomap.ui..", "app.myomap.app..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javax.swing..", "com.formdev..")
        .check(MAIN);
  }

  /**
   * The SVG toolkit stays behind the atlas (which loads the outlines and paints them through {@code
   * AtlasView.paintOutline}); an exporter may use its SVG generator.
   */
  /** Plots are drawn on screen only: JFreeChart stays in the user interface. */
  @Test
  void onlyUiUsesJFreeChart() {
    noClasses()
        .that()
        .resideOutsideOfPackage("app.myomap.ui..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.jfree..")
        .check(MAIN);
  }

  @Test
  void onlyAtlasAndExportUseBatik() {
    noClasses()
        .that()
        .resideOutsideOfPackages("app.myomap.atlas..", "app.myomap.export..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.batik..")
        .check(MAIN);
  }

  /**
   * The model and the editor hold data and input in outline coordinates: geometry from {@code
   * java.awt.geom} is fine, windows, components, events and the toolkit are not.
   */
  @Test
  void modelAndEditUseNoAwtUserInterface() {
    noClasses()
        .that()
        .resideInAnyPackage("app.myomap.model..", "app.myomap.edit..")
        .should()
        .dependOnClassesThat(
            assignableTo(java.awt.Component.class)
                .or(assignableTo(java.awt.MenuComponent.class))
                .or(assignableTo(java.awt.Toolkit.class))
                .or(assignableTo(java.awt.Robot.class))
                .or(assignableTo(java.awt.Desktop.class))
                .or(
                    resideInAnyPackage(
                        "java.awt.event..",
                        "java.awt.dnd..",
                        "java.awt.datatransfer..",
                        "java.awt.im..",
                        "java.awt.print..",
                        "javax.swing..")))
        .check(MAIN);
  }

  /**
   * The export layer exists before its exporters do, so the layering rule below checks a real
   * package (its {@code package-info} is compiled, see the compiler's {@code -Xpkginfo:always}).
   */
  @Test
  void exportPackageExistsAndIsChecked() {
    assertThat(MAIN.containPackage("app.myomap.export")).isTrue();
    assertThat(MAIN.getPackage("app.myomap.export").getClasses())
        .extracting(c -> c.getSimpleName())
        .contains("package-info");
  }

  /**
   * The comparison metrics are pure: no Swing, no SQL (checked above), no chart, store, edit or
   * session.
   */
  @Test
  void comparePackageExistsAndIsChecked() {
    assertThat(MAIN.containPackage("app.myomap.compare")).isTrue();
    assertThat(MAIN.getPackage("app.myomap.compare").getClasses())
        .extracting(c -> c.getSimpleName())
        .contains("package-info", "PainExtent", "VisitComparer");
  }

  @Test
  void onlyStoreUsesSql() {
    noClasses()
        .that()
        .resideOutsideOfPackage("app.myomap.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "org.sqlite..")
        .check(MAIN);
  }

  /**
   * Every connection to a database comes from {@code Database}, which sets the exclusive lock,
   * write-ahead logging and full sync that {@code DatabaseTest.pragmasAreInForce} checks; a
   * connection made anywhere else would escape both.
   */
  @Test
  void onlyTheDatabaseOpensConnections() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("app.myomap.store.Database")
        .should()
        .callMethod(java.sql.DriverManager.class, "getConnection", String.class)
        .orShould()
        .callMethod(
            java.sql.DriverManager.class, "getConnection", String.class, java.util.Properties.class)
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("org.sqlite.SQLiteConfig")
        .check(MAIN);
  }

  @Test
  void layersPointDownOnly() {
    layer("model").shouldOnlyUse().check(MAIN);
    layer("atlas").shouldOnlyUse("model").check(MAIN);
    // The difference map of two visits is drawn by chart's one picture routine from compare's
    // results, so the comparison's metrics lie below the drawing.
    layer("chart").shouldOnlyUse("model", "atlas", "compare").check(MAIN);
    layer("edit").shouldOnlyUse("model", "atlas", "chart").check(MAIN);
    layer("store").shouldOnlyUse("model").check(MAIN);
    layer("compare").shouldOnlyUse("model", "atlas").check(MAIN);
    layer("session")
        .shouldOnlyUse("model", "atlas", "chart", "edit", "store", "compare")
        .check(MAIN);
    layer("export").shouldOnlyUse("model", "atlas", "chart", "session", "compare").check(MAIN);
    layer("ui")
        .shouldOnlyUse("model", "atlas", "chart", "edit", "store", "session", "export", "compare")
        .check(MAIN);
  }

  @Test
  void noCyclesBetweenPackages() {
    slices().matching("app.myomap.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  private static LayerRule layer(String name) {
    return new LayerRule(name);
  }

  /** "Classes of one layer depend on no app.myomap package but their own and the ones named." */
  private record LayerRule(String name) {
    com.tngtech.archunit.lang.ArchRule shouldOnlyUse(String... allowed) {
      String[] packages = new String[allowed.length + 1];
      packages[0] = "app.myomap." + name + "..";
      for (int i = 0; i < allowed.length; i++) {
        packages[i + 1] = "app.myomap." + allowed[i] + "..";
      }
      return noClasses()
          .that()
          .resideInAPackage("app.myomap." + name + "..")
          .should()
          .dependOnClassesThat(
              com.tngtech.archunit.base.DescribedPredicate.describe(
                  "another MyoMap layer than " + String.join(", ", packages),
                  c ->
                      c.getPackageName().startsWith("app.myomap")
                          && java.util.Arrays.stream(packages)
                              .noneMatch(p -> c.getPackageName().startsWith(p.replace("..", "")))))
          .allowEmptyShould(true);
    }
  }
}
