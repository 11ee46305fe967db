package app.myomap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The runtime jlink builds for the packaged app (packaging/runtime-modules.txt) holds every module
 * that jdeps finds MyoMap and the libraries it ships to need, so a new dependency cannot leave the
 * installed app without a module that {@code java -jar} on a full JDK happens to have.
 */
class RuntimeModulesTest {
  private static final Path MODULE_LIST = Path.of("packaging", "runtime-modules.txt");

  @Test
  void theRuntimeHoldsEveryModuleJdepsFinds() throws Exception {
    List<String> listed = listedModules();
    List<String> args = new ArrayList<>();
    args.addAll(
        List.of("--multi-release", "17", "--ignore-missing-deps", "--print-module-deps", "-q"));
    args.add(
        Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    args.addAll(runtimeLibraries());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();

    int status = jdeps.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));

    assertThat(status).as("jdeps failed: %s", err).isZero();
    List<String> needed =
        out.toString()
            .lines()
            .filter(line -> !line.isBlank() && !line.startsWith("Warning"))
            .reduce((first, last) -> last)
            .map(line -> Arrays.asList(line.strip().split(",")))
            .orElseThrow();
    assertThat(needed).as("jdeps' answer").contains("java.base", "java.desktop", "java.sql");
    assertThat(listed).as(MODULE_LIST + " against jdeps").containsAll(needed);
  }

  @Test
  void everyListedModuleExistsInTheJdk() throws Exception {
    ModuleFinder system = ModuleFinder.ofSystem();
    assertThat(listedModules())
        .contains("jdk.localedata")
        .allSatisfy(name -> assertThat(system.find(name)).as(name).isPresent());
  }

  private static List<String> listedModules() throws Exception {
    return Files.readAllLines(MODULE_LIST, StandardCharsets.UTF_8).stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }

  /** The jars the package ships beside MyoMap's own, as Maven resolved them for this build. */
  private static List<String> runtimeLibraries() throws Exception {
    Path file = Path.of(System.getProperty("myomap.runtimeClasspathFile"));
    String classpath = Files.readString(file, StandardCharsets.UTF_8).strip();
    List<String> jars = Arrays.asList(classpath.split(File.pathSeparator));
    assertThat(jars).as("runtime class path in " + file).anyMatch(j -> j.contains("batik-bridge"));
    return jars;
  }
}
