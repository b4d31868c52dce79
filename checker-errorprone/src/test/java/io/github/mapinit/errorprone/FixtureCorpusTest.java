package io.github.mapinit.errorprone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mapinit.fixtures.Engine;
import io.github.mapinit.fixtures.Expectation;
import io.github.mapinit.fixtures.Fixture;
import io.github.mapinit.fixtures.FixtureCorpus;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the check over every file of the shared corpus, each compiled on its own: the lines it
 * reports must be exactly the lines marked {@code // expect: ...} for Error Prone, and each report
 * must name the marked place and say whether the use writes or reads.
 */
final class FixtureCorpusTest {

  @TestFactory
  Stream<DynamicTest> everyFixture() {
    return FixtureCorpus.load().stream()
        .map(fixture -> DynamicTest.dynamicTest(fixture.fileName(), () -> check(fixture)));
  }

  private static void check(Fixture fixture) {
    check(
        fixture,
        fixture.expectationsFor(Engine.ERRORPRONE),
        "-XepOpt:UninitializedMapWrite:Confidence=LOW");
    check(fixture, fixture.defaultExpectationsFor(Engine.ERRORPRONE));
  }

  private static void check(Fixture fixture, List<Expectation> expected, String... options) {
    ErrorProneCompilation.Result result =
        ErrorProneCompilation.compile(List.of(fixture.path()), options);
    assertTrue(result.otherErrors().isEmpty(), fixture + ": " + result.otherErrors());

    Map<Long, String> reported = new TreeMap<>();
    for (Diagnostic<? extends JavaFileObject> finding : result.findings()) {
      reported.merge(
          finding.getLineNumber(), finding.getMessage(Locale.ROOT), (a, b) -> a + "\n" + b);
    }
    assertEquals(
        expected.stream().map(e -> (long) e.line()).collect(Collectors.toList()),
        List.copyOf(reported.keySet()),
        fixture
            + " "
            + List.of(options)
            + ": reported lines differ from the markers; reports:\n"
            + String.join("\n", reported.values()));
    for (Expectation expectation : expected) {
      String message = reported.get((long) expectation.line());
      assertTrue(
          message.contains("`" + expectation.place() + "` may be null")
              || message.contains("." + expectation.place() + "` may be null"),
          fixture + ":" + expectation.line() + " names another place: " + message);
      assertTrue(
          message.contains("the " + expectation.kind().name().toLowerCase(Locale.ROOT) + " `"),
          fixture + ":" + expectation.line() + " is not a " + expectation.kind() + ": " + message);
    }
  }
}
