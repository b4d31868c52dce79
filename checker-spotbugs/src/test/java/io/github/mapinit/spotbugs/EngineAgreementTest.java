package io.github.mapinit.spotbugs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import io.github.mapinit.errorprone.ErrorProneCompilation;
import io.github.mapinit.fixtures.Expectation;
import io.github.mapinit.fixtures.Fixture;
import io.github.mapinit.fixtures.FixtureCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Both engines over the shared corpus (spec section 7): for every fixture, the lines each engine
 * reports, written to {@code target/engine-agreement.txt}; they must be the same, except on lines
 * that the fixture marks for one engine only and explains with an {@code engine-difference}
 * comment.
 */
final class EngineAgreementTest {

  /** Both engines' every finding: Error Prone's option; the SpotBugs runner's threshold is Low. */
  private static final String ALL_CONFIDENCES = "-XepOpt:UninitializedMapWrite:Confidence=LOW";

  @Test
  void bothEnginesReportTheSameLinesUnlessTheFixtureDeclaresTheDifference() throws IOException {
    Map<String, Set<Integer>> spotBugsLines = spotBugsLinesByFile();
    List<String> table = new ArrayList<>();
    List<String> disagreements = new ArrayList<>();
    table.add(
        String.format(
            "%-40s %-24s %-24s %s", "fixture", "Error Prone", "SpotBugs", "declared difference"));
    for (Fixture fixture : FixtureCorpus.load()) {
      Set<Integer> errorProne = errorProneLines(fixture);
      Set<Integer> spotBugs = spotBugsLines.getOrDefault(fixture.fileName(), Set.of());
      Set<Integer> declared =
          fixture.expectations().stream()
              .filter(e -> e.onlyEngine().isPresent())
              .map(Expectation::line)
              .collect(Collectors.toCollection(TreeSet::new));
      table.add(
          String.format(
              "%-40s %-24s %-24s %s",
              fixture.fileName(), errorProne, spotBugs, fixture.engineDifference()));
      Set<Integer> differing = new TreeSet<>(errorProne);
      differing.addAll(spotBugs);
      differing.removeIf(line -> errorProne.contains(line) && spotBugs.contains(line));
      differing.removeAll(fixture.engineDifference().isEmpty() ? Set.of() : declared);
      if (!differing.isEmpty()) {
        disagreements.add(fixture.fileName() + " lines " + differing);
      }
    }
    Path report = Path.of("target", "engine-agreement.txt");
    Files.createDirectories(report.getParent());
    Files.write(report, table);
    assertTrue(table.size() > 60, "the corpus is loaded");
    assertEquals(
        List.of(), disagreements, "undeclared differences; see " + report.toAbsolutePath());
  }

  /**
   * Where both engines report a line, they say the same thing: the same trace (place, use, start,
   * cause and advice) in the same words, but for the fixtures listed with a reason below.
   */
  @Test
  void whereBothReportALineTheyNameTheSameThings() {
    Map<String, Map<Integer, Set<String>>> spotBugs = new TreeMap<>();
    for (BugInstance bug : FixtureCorpusTest.result().ours()) {
      SourceLineAnnotation line = bug.getPrimarySourceLineAnnotation();
      if ("fixtures".equals(line.getPackageName())) {
        spotBugs
            .computeIfAbsent(line.getSourceFile(), f -> new TreeMap<>())
            .put(line.getStartLine(), comparableTrace(bug.getMessageWithoutPrefix()));
      }
    }
    List<String> differences = new ArrayList<>();
    for (Fixture fixture : FixtureCorpus.load()) {
      Map<Integer, Set<String>> theirs = spotBugs.getOrDefault(fixture.fileName(), Map.of());
      ErrorProneCompilation.Result result =
          ErrorProneCompilation.compile(List.of(fixture.path()), ALL_CONFIDENCES);
      result
          .findings()
          .forEach(
              finding -> {
                Set<String> ours = comparableTrace(finding.getMessage(java.util.Locale.ROOT));
                Set<String> spotBugsNames = theirs.get((int) finding.getLineNumber());
                if (spotBugsNames != null && !spotBugsNames.equals(ours)) {
                  differences.add(
                      fixture.fileName()
                          + ":"
                          + finding.getLineNumber()
                          + " "
                          + ours
                          + " vs "
                          + spotBugsNames);
                }
              });
    }
    differences.removeIf(
        d -> KNOWN_WORDING_DIFFERENCES.containsKey(d.substring(0, d.indexOf(':'))));
    assertEquals(List.of(), differences);
  }

  /** Fixtures where both engines report the same lines but word the trace differently, and why. */
  private static final Map<String, String> KNOWN_WORDING_DIFFERENCES =
      Map.of(
          "B2NestedTernaryStore.java",
          "bytecode gives a multi-line assignment the line of its last branch, javac the line of the"
              + " assignment",
          "OrderStaticBlockLater.java",
          "a static block has no line of its own in bytecode: SpotBugs names the later initialiser"
              + " by the line of the assignment in it, javac by the block's",
          "ConverterRegistry.java",
          "bytecode has no block boundaries: SpotBugs cannot tell a static block above the map's"
              + " declaration (an ordering trap) from a call before the assignment in the same block,"
              + " and says the class initialisation does not assign it",
          "EagerLabelLookup.java",
          "an anonymous class that a private helper makes for several callers: Error Prone follows"
              + " each caller into the helper and names the call, SpotBugs starts the class from"
              + " the helper and names none");

  /** The message without what only one engine prints: the fix and link, the method. */
  private static Set<String> comparableTrace(String message) {
    return Set.of(
        message
            .replaceFirst("^\\[UninitializedMapWrite\\] ", "")
            // Error Prone's fix and documentation link follow on lines of their own.
            .replaceFirst("(?s)\n.*$", "")
            .replaceFirst(" In (new )?[\\w.$]+\\(.*\\)$", ""));
  }

  private static Set<Integer> errorProneLines(Fixture fixture) {
    ErrorProneCompilation.Result result =
        ErrorProneCompilation.compile(List.of(fixture.path()), ALL_CONFIDENCES);
    assertEquals(List.of(), result.otherErrors(), fixture.fileName());
    return result.findings().stream()
        .map(d -> (int) d.getLineNumber())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Map<String, Set<Integer>> spotBugsLinesByFile() {
    Map<String, Set<Integer>> lines = new TreeMap<>();
    for (BugInstance bug : FixtureCorpusTest.result().ours()) {
      SourceLineAnnotation line = bug.getPrimarySourceLineAnnotation();
      if ("fixtures".equals(line.getPackageName())) {
        lines.computeIfAbsent(line.getSourceFile(), f -> new TreeSet<>()).add(line.getStartLine());
      }
    }
    return lines;
  }
}
