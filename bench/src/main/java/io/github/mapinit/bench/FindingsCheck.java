package io.github.mapinit.bench;

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

/**
 * Both engines over one real library, every finding with its view, and the comparison of what they
 * found with {@code bench/findings.md}: what {@code RealCodeRobustnessTest} (the fast subset) and
 * {@link CorpusCheck} (the whole corpus) share.
 */
final class FindingsCheck {

  static final String ERROR_PRONE = "errorprone";
  static final String SPOTBUGS = "spotbugs";

  /**
   * What one engine found in one library: findings by {@link Finding#key()}, and problems (an
   * internal error, a compile error of the sources, a failed run).
   */
  record Run(Map<String, Finding> findings, List<String> problems, long wallNanos) {}

  private FindingsCheck() {}

  /**
   * Compiles the library's sources with the check at ERROR twice, with {@code Confidence=LOW} and
   * without, to tell the views apart.
   */
  static Run errorProne(Library library) {
    long start = System.nanoTime();
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
            .map(FindingsCheck::identity)
            .collect(Collectors.toSet());
    List<String> problems = new ArrayList<>();
    if (!result.otherErrors().isEmpty()) {
      problems.add(
          library.name()
              + ": "
              + result.otherErrors().size()
              + " error(s) that are not findings (an"
              + " internal error of the check, or a compile error of the sources):\n  "
              + result.otherErrors().stream().limit(10).collect(Collectors.joining("\n  ")));
    }
    Map<String, Finding> found = new TreeMap<>();
    Path root = library.sourceRoot().toAbsolutePath();
    for (Diagnostic<? extends JavaFileObject> d : result.findings()) {
      String relative =
          root.relativize(Path.of(d.getSource().toUri()).toAbsolutePath())
              .toString()
              .replace('\\', '/');
      String message =
          firstLine(d.getMessage(Locale.ROOT)).substring("[UninitializedMapWrite] ".length());
      String view = shownByDefault.contains(identity(d)) ? Finding.DEFAULT_VIEW : Finding.LOW_VIEW;
      Finding finding =
          new Finding(
              library.name(), relative + ":" + d.getLineNumber(), ERROR_PRONE, view, message);
      found.put(finding.key(), finding);
    }
    return new Run(found, problems, System.nanoTime() - start);
  }

  /** Runs the plugin over the library's jar; priority High and Medium are the default view. */
  static Run spotBugs(Library library) {
    long start = System.nanoTime();
    SpotBugsRun.Result result =
        SpotBugsRun.run(
            SpotBugsRun.Config.PLUGIN_ONLY, List.of(library.jar()), library.classpath());
    List<String> problems = new ArrayList<>();
    if (result.failure() != null) {
      problems.add(library.name() + ": SpotBugs failed: " + causes(result.failure()));
    }
    if (!result.pluginErrors().isEmpty()) {
      problems.add(
          library.name()
              + ": internal errors of the detector:\n  "
              + String.join("\n  ", result.pluginErrors()));
    }
    Map<String, Finding> found = new TreeMap<>();
    for (BugInstance bug : result.ours()) {
      String message = firstLine(bug.getMessageWithoutPrefix());
      String view =
          bug.getPriority() <= Priorities.NORMAL_PRIORITY ? Finding.DEFAULT_VIEW : Finding.LOW_VIEW;
      Finding finding =
          new Finding(library.name(), SpotBugsRun.location(bug), SPOTBUGS, view, message);
      found.put(finding.key(), finding);
    }
    return new Run(found, problems, System.nanoTime() - start);
  }

  /**
   * What differs between {@code found} (one engine's findings in {@code libraries}) and the rows of
   * the findings file for that engine and those libraries: empty when they agree, otherwise a
   * message that lists the rows to add (with {@code TODO} as the verdict) and the rows to remove.
   */
  static String compare(
      Path findingsFile, String engine, Set<String> libraries, Map<String, Finding> found)
      throws IOException {
    Map<String, Finding> listed = new TreeMap<>();
    for (Finding finding : FindingsFile.read(findingsFile)) {
      if (finding.engine().equals(engine) && libraries.contains(finding.library())) {
        listed.put(finding.key(), finding);
      }
    }
    Set<String> unlisted = new TreeSet<>(found.keySet());
    unlisted.removeAll(listed.keySet());
    Set<String> stale = new TreeSet<>(listed.keySet());
    stale.removeAll(found.keySet());
    List<String> noVerdict =
        listed.values().stream()
            .filter(f -> Verdict.of(f.verdict()) == Verdict.NONE)
            .map(Finding::key)
            .collect(Collectors.toList());
    StringBuilder message = new StringBuilder();
    if (!unlisted.isEmpty()) {
      message
          .append(unlisted.size())
          .append(" finding(s) of ")
          .append(engine)
          .append(" not listed in ")
          .append(findingsFile.toAbsolutePath())
          .append(": read the code, judge each, and add these rows with a verdict:\n");
      unlisted.forEach(k -> message.append(FindingsFile.row(found.get(k))).append('\n'));
    }
    if (!stale.isEmpty()) {
      message
          .append(stale.size())
          .append(" row(s) of ")
          .append(engine)
          .append(" in ")
          .append(findingsFile)
          .append(" that are no longer found (a fixed false alarm? remove the row):\n");
      stale.forEach(k -> message.append(FindingsFile.row(listed.get(k))).append('\n'));
    }
    if (!noVerdict.isEmpty()) {
      message
          .append("rows without a verdict (it starts with Real, Debatable or False): ")
          .append(noVerdict)
          .append('\n');
    }
    return message.toString();
  }

  /** The kind of a verdict, from its first word. */
  enum Verdict {
    REAL,
    DEBATABLE,
    FALSE,
    NONE;

    static Verdict of(String verdict) {
      String text = verdict.strip().toLowerCase(Locale.ROOT);
      if (text.startsWith("real")) {
        return REAL;
      }
      if (text.startsWith("debatable")) {
        return DEBATABLE;
      }
      if (text.startsWith("false")) {
        return FALSE;
      }
      return NONE;
    }
  }

  private static String identity(Diagnostic<? extends JavaFileObject> d) {
    return d.getSource().toUri() + ":" + d.getLineNumber() + ":" + d.getMessage(Locale.ROOT);
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }

  /** The exception with its chain of causes, which SpotBugs' own wrapper hides. */
  private static String causes(Throwable failure) {
    StringBuilder text = new StringBuilder(String.valueOf(failure));
    for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
      text.append(" <- ").append(cause);
      StackTraceElement[] frames = cause.getStackTrace();
      if (frames.length > 0) {
        text.append(" at ").append(frames[0]);
      }
    }
    return text.toString();
  }
}
