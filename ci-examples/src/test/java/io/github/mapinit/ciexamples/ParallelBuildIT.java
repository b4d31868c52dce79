package io.github.mapinit.ciexamples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mapinit.ciexamples.Examples.Run;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A multi-module consumer (multi-module/) built with {@code mvn -T 4} reports exactly what a serial
 * build reports, with both engines. Its three modules do not depend on each other, so the parallel
 * build compiles them at the same time, several javac tasks with Error Prone in one JVM, and runs
 * SpotBugs on them at the same time. The check runs as a warning and SpotBugs' check does not fail,
 * so that every module is built and every finding is printed.
 */
class ParallelBuildIT {

  private static final List<String> MODULES = List.of("inventory", "billing", "notifications");

  /** Both engines' findings, as printed, sorted: the same finding twice shows twice. */
  private record Findings(List<String> errorProne, List<String> spotbugs) {}

  private static Findings build(String as, String... extra) {
    Path project = Examples.copy("multi-module", as);
    List<String> args = new ArrayList<>(Arrays.asList(extra));
    args.addAll(List.of("verify", "-Derrorprone.umw=WARN", "-Dspotbugs.failOnError=false"));
    Run run = Examples.maven(project, args.toArray(new String[0]));
    assertEquals(0, run.exitCode(), run.output());
    if (args.contains("-T")) {
      assertTrue(
          run.output()
              .contains(
                  "MultiThreadedBuilder implementation with a thread count of "
                      + args.get(args.indexOf("-T") + 1)),
          run.output());
    }
    List<String> errorProne = new ArrayList<>();
    List<String> spotbugs = new ArrayList<>();
    for (String line : run.output().split("\n")) {
      if (line.startsWith("[WARNING] ") && line.contains(" [UninitializedMapWrite] ")) {
        errorProne.add(line.replace(project + "/", ""));
      } else if (line.matches("\\[ERROR\\] (High|Medium|Low): .* UMW_\\w+")) {
        spotbugs.add(line);
      }
    }
    errorProne.sort(null);
    spotbugs.sort(null);
    return new Findings(errorProne, spotbugs);
  }

  @Test
  void parallelBuildReportsExactlyWhatASerialBuildReports() {
    Findings serial = build("serial");
    for (String module : MODULES) {
      assertTrue(
          serial.errorProne().stream().anyMatch(f -> f.startsWith("[WARNING] " + module + "/")),
          "no Error Prone finding in " + module + ": " + serial);
      assertTrue(
          serial.spotbugs().stream().anyMatch(f -> f.contains("com.example." + module + ".")),
          "no SpotBugs finding in " + module + ": " + serial);
    }

    Findings parallel = build("parallel", "-T", "4");
    assertEquals(serial.errorProne(), parallel.errorProne());
    assertEquals(serial.spotbugs(), parallel.spotbugs());
  }
}
