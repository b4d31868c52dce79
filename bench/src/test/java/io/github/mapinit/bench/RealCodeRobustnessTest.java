package io.github.mapinit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.Priorities;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Both engines over the same real libraries (their sources for Error Prone, their binary jars for
 * SpotBugs): no internal error of the check or the detector, no compile error of the sources, and
 * every finding listed in {@code bench/findings.md} with a verdict, and nothing listed there that
 * is no longer found.
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
    Map<String, Finding> found = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (Library library : libraries) {
      Compilation.Result result =
          Compilation.compile(
              Compilation.Config.EP_CHECK,
              library.sources(),
              library.classpath(),
              "ERROR",
              "-XepOpt:UninitializedMapWrite:Confidence=LOW");
      // What the default view shows: the same findings less the low-confidence ones.
      Set<String> shownByDefault =
          Compilation.compile(
                  Compilation.Config.EP_CHECK, library.sources(), library.classpath(), "ERROR")
              .findings()
              .stream()
              .map(
                  d ->
                      d.getSource().toUri()
                          + ":"
                          + d.getLineNumber()
                          + ":"
                          + d.getMessage(Locale.ROOT))
              .collect(Collectors.toSet());
      if (!result.otherErrors().isEmpty()) {
        problems.add(
            library.name()
                + ": "
                + result.otherErrors().size()
                + " error(s) that are not findings (an"
                + " internal error of the check, or a compile error of the sources):\n  "
                + result.otherErrors().stream().limit(10).collect(Collectors.joining("\n  ")));
      }
      for (Diagnostic<? extends JavaFileObject> d : result.findings()) {
        Path file = Path.of(d.getSource().toUri());
        String relative =
            library
                .sourceRoot()
                .toAbsolutePath()
                .relativize(file.toAbsolutePath())
                .toString()
                .replace('\\', '/');
        String message =
            firstLine(d.getMessage(Locale.ROOT)).substring("[UninitializedMapWrite] ".length());
        String view =
            shownByDefault.contains(
                    d.getSource().toUri()
                        + ":"
                        + d.getLineNumber()
                        + ":"
                        + d.getMessage(Locale.ROOT))
                ? Finding.DEFAULT_VIEW
                : Finding.LOW_VIEW;
        Finding finding =
            new Finding(
                library.name(), relative + ":" + d.getLineNumber(), "errorprone", view, message);
        found.put(finding.key(), finding);
      }
    }
    assertEquals(List.of(), problems);
    compareWithFindingsFile("errorprone", found);
  }

  @Test
  void spotBugsDetectorRunsOverRealLibrariesAndEveryFindingIsListed() throws IOException {
    Map<String, Finding> found = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (Library library : libraries) {
      SpotBugsRun.Result result =
          SpotBugsRun.run(
              SpotBugsRun.Config.PLUGIN_ONLY, List.of(library.jar()), library.classpath());
      if (result.failure() != null) {
        problems.add(library.name() + ": SpotBugs failed: " + result.failure());
      }
      if (!result.pluginErrors().isEmpty()) {
        problems.add(
            library.name()
                + ": internal errors of the detector:\n  "
                + String.join("\n  ", result.pluginErrors()));
      }
      for (BugInstance bug : result.ours()) {
        String message = firstLine(bug.getMessageWithoutPrefix());
        String view =
            bug.getPriority() <= Priorities.NORMAL_PRIORITY
                ? Finding.DEFAULT_VIEW
                : Finding.LOW_VIEW;
        Finding finding =
            new Finding(library.name(), SpotBugsRun.location(bug), "spotbugs", view, message);
        found.put(finding.key(), finding);
      }
    }
    assertEquals(List.of(), problems);
    compareWithFindingsFile("spotbugs", found);
  }

  private static void compareWithFindingsFile(String engine, Map<String, Finding> found)
      throws IOException {
    Map<String, Finding> listed = new TreeMap<>();
    for (Finding finding : FindingsFile.read(FINDINGS_FILE)) {
      if (finding.engine().equals(engine)) {
        listed.put(finding.key(), finding);
      }
    }
    Set<String> unlisted = new TreeSet<>(found.keySet());
    unlisted.removeAll(listed.keySet());
    Set<String> stale = new TreeSet<>(listed.keySet());
    stale.removeAll(found.keySet());
    List<String> noVerdict =
        listed.values().stream()
            .filter(f -> f.verdict().isBlank() || f.verdict().startsWith("TODO"))
            .map(Finding::key)
            .collect(Collectors.toList());
    StringBuilder message = new StringBuilder();
    if (!unlisted.isEmpty()) {
      message
          .append(unlisted.size())
          .append(" finding(s) of ")
          .append(engine)
          .append(" not listed in ")
          .append(FINDINGS_FILE.toAbsolutePath())
          .append(": read the code, judge each, and add these rows with a verdict:\n");
      unlisted.forEach(k -> message.append(FindingsFile.row(found.get(k))).append('\n'));
    }
    if (!stale.isEmpty()) {
      message
          .append(stale.size())
          .append(" row(s) of ")
          .append(engine)
          .append(" in ")
          .append(FINDINGS_FILE)
          .append(" that are no longer found (a fixed false alarm? remove the row):\n");
      stale.forEach(k -> message.append(FindingsFile.row(listed.get(k))).append('\n'));
    }
    if (!noVerdict.isEmpty()) {
      message.append("rows without a verdict: ").append(noVerdict).append('\n');
    }
    if (message.length() > 0) {
      fail(message.toString());
    }
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
