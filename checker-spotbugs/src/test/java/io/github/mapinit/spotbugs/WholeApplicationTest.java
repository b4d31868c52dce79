package io.github.mapinit.spotbugs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.umd.cs.findbugs.BugInstance;
import io.github.mapinit.fixtures.Engine;
import io.github.mapinit.fixtures.Expectation;
import io.github.mapinit.fixtures.Fixture;
import io.github.mapinit.fixtures.FixtureCorpus;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
 * another file counts as initialised. The CrossClass fixtures (src/test/resources/crossclass, in
 * the corpus's marker format, proposed for the shared corpus) are compiled here; the cache is
 * analysed once with its wiring class and once without it.
 */
final class WholeApplicationTest {

  private static final Path SOURCES = resources("crossclass");

  @Test
  void anAssignmentFromAnotherClassCountsAsInitialisation(@TempDir Path classes) throws IOException {
    compile(classes);
    SpotBugsRunner.Result result = SpotBugsRunner.run(List.of(classes), Map.of());
    Fixture cache = FixtureCorpus.read(SOURCES.resolve("fixtures/CrossClassWiredCache.java"));
    assertEquals(List.of(), cache.expectationsFor(Engine.SPOTBUGS));
    assertEquals(List.of(), linesIn(result, cache));
    assertTrue(!cache.engineDifference().isEmpty(), "the fixture explains the engine difference");
  }

  @Test
  void withoutTheOtherClassTheUsesAreReportedAsErrorProneReportsThem(@TempDir Path classes) throws IOException {
    compile(classes);
    Files.delete(classes.resolve("fixtures/crossclass/CrossClassCacheWiring.class"));
    SpotBugsRunner.Result result = SpotBugsRunner.run(List.of(classes), Map.of());
    Fixture cache = FixtureCorpus.read(SOURCES.resolve("fixtures/CrossClassWiredCache.java"));
    List<Integer> errorProneLines =
        cache.expectationsFor(Engine.ERRORPRONE).stream().map(Expectation::line).collect(Collectors.toList());
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

  private static void compile(Path classes) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> files;
    try (Stream<Path> walk = Files.walk(SOURCES)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).collect(Collectors.toList());
    }
    List<String> arguments =
        Stream.concat(Stream.of("-g", "-d", classes.toString(), "--release", "17"), files.stream())
            .collect(Collectors.toList());
    assertEquals(0, javac.run(null, null, null, arguments.toArray(new String[0])), "the fixtures compile");
  }

  private static Path resources(String name) {
    try {
      return Paths.get(WholeApplicationTest.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
