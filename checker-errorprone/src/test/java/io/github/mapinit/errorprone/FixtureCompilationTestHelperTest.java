package io.github.mapinit.errorprone;

import com.google.errorprone.CompilationTestHelper;
import io.github.mapinit.fixtures.Engine;
import io.github.mapinit.fixtures.Expectation;
import io.github.mapinit.fixtures.Fixture;
import io.github.mapinit.fixtures.FixtureCorpus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The corpus through Error Prone's own {@link CompilationTestHelper}: each fixture marker becomes a
 * {@code // BUG: Diagnostic matches:} line above the marked line, and every diagnostic must be
 * matched. (Inserting those lines shifts line numbers; {@link FixtureCorpusTest} checks the
 * fixtures' own line numbers.)
 */
final class FixtureCompilationTestHelperTest {

  @TestFactory
  Stream<DynamicTest> everyFixture() {
    return FixtureCorpus.load().stream()
        .map(fixture -> DynamicTest.dynamicTest(fixture.fileName(), () -> check(fixture)));
  }

  private static void check(Fixture fixture) {
    CompilationTestHelper helper =
        CompilationTestHelper.newInstance(
            UninitializedMapWrite.class, FixtureCompilationTestHelperTest.class);
    // Error Prone's default view: low-confidence reports only come with Confidence=LOW.
    List<Expectation> expectations = fixture.defaultExpectationsFor(Engine.ERRORPRONE);
    List<String> lines = new ArrayList<>();
    String[] source = fixture.source().split("\r?\n", -1);
    int next = 0;
    for (int i = 0; i < source.length; i++) {
      if (next < expectations.size() && expectations.get(next).line() == i + 1) {
        Expectation expectation = expectations.get(next);
        String key = "expectation" + next++;
        lines.add("// BUG: Diagnostic matches: " + key);
        helper.expectErrorMessage(
            key,
            message ->
                (message.contains("`" + expectation.place() + "` may be null")
                        || message.contains("." + expectation.place() + "` may be null"))
                    && message.contains(
                        "the " + expectation.kind().name().toLowerCase(Locale.ROOT) + " `"));
      }
      lines.add(source[i]);
    }
    // The corpus uses deprecated APIs on purpose (old frameworks); their notes are not findings.
    helper.setArgs("-XDsuppressNotes");
    helper.addSourceLines("fixtures/" + fixture.fileName(), lines.toArray(String[]::new));
    if (expectations.isEmpty()) {
      helper.expectNoDiagnostics();
    } else {
      helper.matchAllDiagnostics();
    }
    helper.doTest();
  }
}
