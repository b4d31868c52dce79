package io.github.mapinit.spotbugs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.umd.cs.findbugs.BugInstance;
import io.github.mapinit.fixtures.Engine;
import io.github.mapinit.fixtures.Expectation;
import io.github.mapinit.fixtures.Fixture;
import io.github.mapinit.fixtures.FixtureCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spec 7, what only bytecode can decide: a map field assigned from another top-level class in
 * another file counts as initialised. The corpus's CrossClassWiredCache and its wiring class
 * (fixtures/crossclass) are compiled here; the cache is analysed once with its wiring class and
 * once without it.
 */
final class WholeApplicationTest {

  private static final Path SOURCES = FixtureCorpus.sourceRoot();
  private static final List<String> FILES =
      List.of(
          "fixtures/CrossClassWiredCache.java", "fixtures/crossclass/CrossClassCacheWiring.java");

  @Test
  void anAssignmentFromAnotherClassCountsAsInitialisation(@TempDir Path classes)
      throws IOException {
    compile(classes);
    SpotBugsRunner.Result result = SpotBugsRunner.run(List.of(classes), Map.of());
    Fixture cache = FixtureCorpus.read(SOURCES.resolve("fixtures/CrossClassWiredCache.java"));
    assertEquals(List.of(), cache.expectationsFor(Engine.SPOTBUGS));
    assertEquals(List.of(), linesIn(result, cache));
    assertTrue(!cache.engineDifference().isEmpty(), "the fixture explains the engine difference");
  }

  @Test
  void withoutTheOtherClassTheUsesAreReportedAsErrorProneReportsThem(@TempDir Path classes)
      throws IOException {
    compile(classes);
    Files.delete(classes.resolve("fixtures/crossclass/CrossClassCacheWiring.class"));
    SpotBugsRunner.Result result = SpotBugsRunner.run(List.of(classes), Map.of());
    Fixture cache = FixtureCorpus.read(SOURCES.resolve("fixtures/CrossClassWiredCache.java"));
    List<Integer> errorProneLines =
        cache.expectationsFor(Engine.ERRORPRONE).stream()
            .map(Expectation::line)
            .collect(Collectors.toList());
    assertEquals(errorProneLines, linesIn(result, cache));
  }

  private static List<Integer> linesIn(SpotBugsRunner.Result result, Fixture fixture) {
    return result.ours().stream()
        .map(BugInstance::getPrimarySourceLineAnnotation)
        .filter(line -> fixture.fileName().equals(line.getSourceFile()))
        .map(line -> line.getStartLine())
        .sorted()
        .collect(Collectors.toList());
  }

  private static void compile(Path classes) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> arguments =
        Stream.concat(
                Stream.of("-g", "-d", classes.toString(), "--release", "17"),
                FILES.stream().map(file -> SOURCES.resolve(file).toString()))
            .collect(Collectors.toList());
    assertEquals(
        0, javac.run(null, null, null, arguments.toArray(new String[0])), "the fixtures compile");
  }
}
