package io.github.mapinit.bench.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The runtime oracle in CI (issue 11): for each seed, each engine at its lowest threshold reports
 * at least 97 % of the sites that threw without an earlier failure, and at most 6 % of its findings
 * sit on executed lines that never threw. Recall always holds; precision unless {@code
 * -Doracle.enforce=false} (the numbers are printed either way); the generator, the driver and the
 * engines must never fail outright.
 */
final class RuntimeOracleTest {

  private static final long[] SEEDS = {1, 2};
  private static final int CLASSES_PER_SEED = 120;
  private static final int SEQUENCES_PER_CLASS = 200;
  private static final double MIN_RECALL = 0.97;
  private static final double MAX_IMPRECISION = 0.06;

  @Test
  void eachEngineReportsWhatThrowsAndLittleThatDoesNot() {
    Path out = Path.of(System.getProperty("io.github.mapinit.bench.oracleDir", "target/oracle"));
    List<Oracle.Result> results = new ArrayList<>();
    for (long seed : SEEDS) {
      results.add(Oracle.run(seed, CLASSES_PER_SEED, SEQUENCES_PER_CLASS, out));
    }
    System.out.println(Oracle.table(results));
    results.forEach(r -> System.out.println(Oracle.details(r, Path.of(""))));
    List<String> problems = new ArrayList<>();
    results.forEach(r -> problems.addAll(r.problems()));
    assertEquals(List.of(), problems, "generator, driver or engine failures");
    // Recall is held always; precision once the correlated-state rules land (BENCHMARKS.md).
    boolean enforcePrecision = Boolean.parseBoolean(System.getProperty("oracle.enforce", "true"));
    StringBuilder below = new StringBuilder();
    for (Oracle.Result r : results) {
      for (Oracle.Score s : r.scores()) {
        if (s.recall() < MIN_RECALL || (enforcePrecision && s.imprecision() > MAX_IMPRECISION)) {
          below.append(
              String.format(
                  "%s, seed %d: recall %.1f%% (at least %.0f%%), imprecision %.1f%% (at most %.0f%%)%n",
                  s.engine(),
                  r.seed(),
                  100 * s.recall(),
                  100 * MIN_RECALL,
                  100 * s.imprecision(),
                  100 * MAX_IMPRECISION));
        }
      }
    }
    if (below.length() > 0) {
      fail(
          below
              + "(the misses and false findings are printed above; -Doracle.enforce=false only"
              + " prints)");
    }
  }
}
