package io.github.mapinit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Both engines over the fast subset of the real-code corpus (their sources for Error Prone, their
 * binary jars for SpotBugs): no internal error of the check or the detector, no compile error of
 * the sources, every finding listed in {@code bench/findings.md} with a verdict, and nothing listed
 * there for these libraries that is no longer found. {@link CorpusCheck} does the same on the whole
 * corpus.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class RealCodeRobustnessTest {

  private static final Path FINDINGS_FILE =
      Path.of(System.getProperty("io.github.mapinit.bench.findings", "findings.md"));

  private List<Library> libraries;

  @BeforeAll
  void setUp() {
    // The check rethrows its internal errors instead of skipping the file.
    System.setProperty("io.github.mapinit.failOnInternalError", "true");
    libraries = Library.all();
    assertTrue(libraries.size() >= 4, "at least four libraries: " + libraries);
  }

  @Test
  void errorProneCheckRunsOverRealLibrariesAndEveryFindingIsListed() throws IOException {
    check(FindingsCheck.ERROR_PRONE, FindingsCheck::errorProne);
  }

  @Test
  void spotBugsDetectorRunsOverRealLibrariesAndEveryFindingIsListed() throws IOException {
    check(FindingsCheck.SPOTBUGS, FindingsCheck::spotBugs);
  }

  private void check(String engine, Function<Library, FindingsCheck.Run> run) throws IOException {
    Map<String, Finding> found = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (Library library : libraries) {
      FindingsCheck.Run result = run.apply(library);
      found.putAll(result.findings());
      problems.addAll(result.problems());
    }
    assertEquals(List.of(), problems);
    Set<String> names = libraries.stream().map(Library::name).collect(Collectors.toSet());
    String differences = FindingsCheck.compare(FINDINGS_FILE, engine, names, found);
    if (!differences.isEmpty()) {
      fail(differences);
    }
  }
}
