package io.github.mapinit.spotbugs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import io.github.mapinit.fixtures.Engine;
import io.github.mapinit.fixtures.Expectation;
import io.github.mapinit.fixtures.Fixture;
import io.github.mapinit.fixtures.FixtureCorpus;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the plugin once over the compiled fixture corpus; each fixture must be reported at exactly
 * the lines its SpotBugs expectations name, and nowhere else.
 */
final class FixtureCorpusTest {

  private static SpotBugsRunner.Result result;

  /** The one SpotBugs run over the compiled corpus, shared by the corpus tests. */
  static synchronized SpotBugsRunner.Result result() {
    if (result == null) {
      // With the source path, as IDE plugins and the command line's -sourcepath give it: the
      // SOURCE-retention @Generated annotations are only in the source.
      result =
          SpotBugsRunner.run(
              List.of(SpotBugsRunner.locationOf(Fixture.class)),
              List.of(FixtureCorpus.sourceRoot()),
              Map.of());
    }
    return result;
  }

  @TestFactory
  Stream<DynamicTest> everyFixtureIsReportedAtExactlyItsExpectedLines() {
    return FixtureCorpus.load().stream()
        .map(fixture -> DynamicTest.dynamicTest(fixture.fileName(), () -> check(fixture)));
  }

  @TestFactory
  Stream<DynamicTest> theRunHasNoAnalysisError() {
    return Stream.of(
        DynamicTest.dynamicTest("no failure", () -> assertNull(result().failure())),
        DynamicTest.dynamicTest("no error", () -> assertEquals(List.of(), messages(result()))));
  }

  private static List<String> messages(SpotBugsRunner.Result result) {
    return result.errors().stream()
        .map(e -> e.getMessage() + (e.getCause() == null ? "" : ": " + e.getCause()))
        .collect(Collectors.toList());
  }

  private static void check(Fixture fixture) {
    Set<Integer> expected =
        fixture.expectationsFor(Engine.SPOTBUGS).stream()
            .map(Expectation::line)
            .collect(Collectors.toCollection(TreeSet::new));
    Map<Integer, String> reported = new TreeMap<>();
    for (BugInstance bug : result().ours()) {
      SourceLineAnnotation line = bug.getPrimarySourceLineAnnotation();
      if (fixture.fileName().equals(line.getSourceFile())
          && "fixtures".equals(line.getPackageName())) {
        reported.merge(line.getStartLine(), bug.getMessageWithoutPrefix(), (a, b) -> a + " | " + b);
      }
    }
    assertEquals(expected, reported.keySet(), () -> fixture.fileName() + " reports: " + reported);
    // Spec 8: low-confidence findings are priority Low, hidden by SpotBugs' default threshold.
    Set<Integer> expectedLow =
        fixture.expectationsFor(Engine.SPOTBUGS).stream()
            .filter(Expectation::lowConfidence)
            .map(Expectation::line)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<Integer> reportedLow = new TreeSet<>();
    for (BugInstance bug : result().ours()) {
      SourceLineAnnotation line = bug.getPrimarySourceLineAnnotation();
      if (fixture.fileName().equals(line.getSourceFile())
          && "fixtures".equals(line.getPackageName())
          && bug.getPriority() == Priorities.LOW_PRIORITY) {
        reportedLow.add(line.getStartLine());
      }
    }
    assertEquals(
        expectedLow,
        reportedLow,
        () -> fixture.fileName() + " low-priority lines; reports: " + reported);
  }
}
