package io.github.mapinit.ciexamples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mapinit.ciexamples.Examples.Run;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The top-level README's commands, run as written on copies of the broken example: the commands and
 * the quoted finding are read from the README itself, so that this test and the text cannot drift
 * apart. When the check's wording changes, update the quoted finding in the README's "Try it"
 * section; this test then passes again.
 */
class ReadmeIT {

  private static final String README = Examples.read(Examples.DIR.resolve("../README.md"));
  private static final String EXAMPLE_POM = "mvn -B -f ci-examples/order-service/pom.xml ";
  private static final String SRC = "src/main/java/com/example/orders/";

  /** The arguments of the README's command on the example that contains {@code marker}. */
  private static String[] exampleCommand(String marker) {
    for (String line : README.split("\n")) {
      int at = line.indexOf(EXAMPLE_POM);
      if (at >= 0 && line.contains(marker)) {
        return line.substring(at + EXAMPLE_POM.length()).strip().split(" +");
      }
    }
    throw new AssertionError("README has no command `" + EXAMPLE_POM + "...` with " + marker);
  }

  /** The README's code block that follows {@code lead}, without its fences. */
  private static String blockAfter(String lead) {
    Matcher m =
        Pattern.compile(Pattern.quote(lead) + "\\s*```\\w*\\n(.*?)\\n```", Pattern.DOTALL)
            .matcher(README);
    assertTrue(m.find(), "README has no code block after \"" + lead + "\"");
    return m.group(1);
  }

  private static String words(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  @Test
  void firstCommandPrintsTheQuotedFindingFirst() {
    Path project = Examples.copy("order-service", "readme-first");
    Run demo = Examples.maven(project, exampleCommand("-Dmaven.compiler.failOnError=false"));
    assertEquals(0, demo.exitCode(), demo.output());

    // The first finding: its [ERROR] line and the indented lines under it (the suggested fix).
    List<String> first = new ArrayList<>();
    for (String line : demo.output().split("\n")) {
      if (first.isEmpty() && line.contains("[UninitializedMapWrite]")) {
        first.add(line.replaceFirst("^\\[ERROR\\] \\S*/(\\w+\\.java:)", "[ERROR] .../$1"));
      } else if (!first.isEmpty() && line.startsWith("  ")) {
        first.add(line);
      } else if (!first.isEmpty()) {
        break;
      }
    }
    assertEquals(
        words(blockAfter("The first one:")),
        words(String.join("\n", first)),
        "the README's first finding is not the first one printed; output:\n" + demo.output());
  }

  @Test
  void spotbugsCommandShowsTheFindingsOfBothEngines() {
    Path project = Examples.copy("order-service", "readme-spotbugs");
    Run run = Examples.maven(project, exampleCommand("-Derrorprone.umw=OFF"));
    assertEquals(0, run.exitCode(), run.output());
    long all =
        run.output().lines().filter(l -> l.matches("\\[ERROR\\] (High|Medium|Low): .*")).count();
    long ours =
        run.output()
            .lines()
            .filter(l -> l.matches("\\[ERROR\\] (High|Medium|Low): .* UMW_UNINITIALIZED_MAP_WRITE"))
            .count();
    assertTrue(
        README.contains("It prints SpotBugs' ten findings, mapinit's six"), "README changed");
    assertEquals(10, all, run.output());
    assertEquals(6, ours, run.output());
  }

  @Test
  void patchInstructionWorksOnAnUpToDateBuild() {
    Matcher instruction =
        Pattern.compile(
                "add\\s+`(-XepPatchChecks:\\S+ -XepPatchLocation:IN_PLACE)` to the `-Xplugin:ErrorProne`\\s+"
                    + "argument and run `mvn ([^`]+)` once")
            .matcher(README);
    assertTrue(instruction.find(), "README's patch instruction changed");
    String[] goals = instruction.group(2).split(" ");
    // The example's errorprone.extraArgs property is appended to its -Xplugin:ErrorProne argument.
    String flags = "-Derrorprone.extraArgs=" + instruction.group(1);

    // An up-to-date build: compiled once (with the check off, so that it compiles).
    Path project = Examples.copy("order-service", "readme-patch");
    Run compiled = Examples.maven(project, "compile", "-Derrorprone.umw=OFF");
    assertEquals(0, compiled.exitCode(), compiled.output());
    assertTrue(
        project.resolve("target/classes/com/example/orders/OrderService.class").toFile().isFile());

    // Why the README says clean: without it, javac does not run and nothing is patched.
    Run stale = Examples.maven(project, "compile", flags);
    assertEquals(0, stale.exitCode(), stale.output());
    assertTrue(stale.output().contains("Nothing to compile"), stale.output());
    assertEquals(
        Examples.read(Examples.DIR.resolve("order-service/" + SRC + "OrderService.java")),
        Examples.read(project.resolve(SRC + "OrderService.java")));

    // The README's instruction, as written.
    List<String> args = new ArrayList<>(Arrays.asList(goals));
    args.add(flags);
    Run patch = Examples.maven(project, args.toArray(new String[0]));
    assertEquals(0, patch.exitCode(), patch.output());
    for (String fixed :
        List.of(
            "OrderService.java:  private Map<String, Order> orderCache = new HashMap<>();",
            "OrderRegistry.java:  private static ConcurrentMap<String, OrderService> servicesByRegion"
                + " = new ConcurrentHashMap<>();",
            "OrderEvents.java:  private Map<String, List<Listener>> listenersByTopic = new HashMap<>();")) {
      String file = fixed.substring(0, fixed.indexOf(':'));
      assertTrue(
          Examples.lines(project.resolve(SRC + file)).contains(fixed.substring(file.length() + 1)),
          file + " was not patched:\n" + Examples.read(project.resolve(SRC + file)));
    }
  }
}
