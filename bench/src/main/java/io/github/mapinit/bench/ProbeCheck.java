package io.github.mapinit.bench;

import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;

/**
 * Programs that helpers wrote without seeing either engine's output, kept as a regression corpus in
 * {@code bench/probes} (BENCHMARKS.md, session 21): rounds of safe programs ({@code safe-*}), none
 * of which should get a finding at the default view, and rounds of buggy ones ({@code buggy-*}),
 * whose {@code bug.lines} lists the lines proven to throw NullPointerException, which the low view
 * should find. Prints a Markdown table per kind of round, both engines. A measurement, not a gate:
 * it exits 0 unless an engine fails. Run with {@code mvn -B -pl bench generate-resources
 * exec:exec@probes} (after {@code mvn -B -q install -DskipTests}).
 */
public final class ProbeCheck {

  private static final String LOW = "-XepOpt:UninitializedMapWrite:Confidence=LOW";

  private ProbeCheck() {}

  /** What one engine said of a round: file:line of every finding, by view. */
  private record Seen(Set<String> atDefault, Set<String> atLow) {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(System.getProperty("io.github.mapinit.bench.probes", "probes"));
    List<Path> rounds;
    try (Stream<Path> children = Files.list(root)) {
      rounds = children.filter(Files::isDirectory).sorted().collect(Collectors.toList());
    }
    List<String> problems = new ArrayList<>();
    StringBuilder safe = new StringBuilder();
    StringBuilder buggy = new StringBuilder();
    for (Path round : rounds) {
      List<Path> sources;
      try (Stream<Path> walk = Files.walk(round)) {
        sources = walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
      }
      Seen errorProne = errorProne(sources, problems);
      Seen spotBugs = spotBugs(sources, problems);
      String name = round.getFileName().toString();
      Path bugLines = round.resolve("bug.lines");
      if (Files.exists(bugLines)) {
        Set<String> proven = new TreeSet<>(Files.readAllLines(bugLines));
        proven.removeIf(String::isBlank);
        Set<String> epUnmarked = unmarked(proven, errorProne.atDefault());
        Set<String> sbUnmarked = unmarked(proven, spotBugs.atDefault());
        Set<String> unmarked = new TreeSet<>(epUnmarked);
        unmarked.addAll(sbUnmarked);
        buggy.append(
            String.format(
                "| %s | %d | %d | %d | %s | %d | %d | %s |%n",
                name,
                proven.size(),
                found(proven, errorProne.atLow()),
                found(proven, spotBugs.atLow()),
                missed(proven, errorProne.atLow(), spotBugs.atLow()),
                epUnmarked.size(),
                sbUnmarked.size(),
                String.join(", ", unmarked)));
      } else {
        Set<String> epPrograms = programs(errorProne.atDefault());
        Set<String> sbPrograms = programs(spotBugs.atDefault());
        Set<String> all = new TreeSet<>(epPrograms);
        all.addAll(sbPrograms);
        safe.append(
            String.format(
                "| %s | %d | %d | %d | %s |%n",
                name,
                sources.size(),
                epPrograms.size(),
                sbPrograms.size(),
                String.join(", ", all)));
      }
    }
    System.out.println("## Probe rounds (bench/probes)\n");
    System.out.println(
        "| safe round | programs | with a default-view finding, Error Prone | SpotBugs | which |");
    System.out.println("|---|--:|--:|--:|---|");
    System.out.print(safe);
    System.out.println();
    // A line reported that its program does not mark is a look-alike that the round's writer
    // judged safe, or a bug the writer did not mark: each needs reading, as a corpus finding does.
    System.out.println(
        "| buggy round | proven lines | found at low, Error Prone | SpotBugs | missed (by either)"
            + " | unmarked lines reported at the default view, Error Prone | SpotBugs | which |");
    System.out.println("|---|--:|--:|--:|---|--:|--:|---|");
    System.out.print(buggy);
    if (!problems.isEmpty()) {
      System.err.println("engine problems:\n  " + String.join("\n  ", problems));
      System.exit(1);
    }
  }

  private static Seen errorProne(List<Path> sources, List<String> problems) {
    return new Seen(
        errorProneLines(
            Compilation.compile(Compilation.Config.EP_CHECK, sources, List.of(), "WARN"), problems),
        errorProneLines(
            Compilation.compile(Compilation.Config.EP_CHECK, sources, List.of(), "WARN", LOW),
            problems));
  }

  private static Set<String> errorProneLines(Compilation.Result result, List<String> problems) {
    problems.addAll(result.otherErrors());
    Set<String> lines = new TreeSet<>();
    for (Diagnostic<? extends JavaFileObject> d : result.findings()) {
      lines.add(Path.of(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber());
    }
    return lines;
  }

  private static Seen spotBugs(List<Path> sources, List<String> problems) throws IOException {
    Path classes = Files.createTempDirectory("mapinit-probes");
    try {
      List<String> args = new ArrayList<>(List.of("-g", "-proc:none", "-d", classes.toString()));
      sources.forEach(f -> args.add(f.toString()));
      ByteArrayOutputStream errors = new ByteArrayOutputStream();
      if (ToolProvider.getSystemJavaCompiler().run(null, null, errors, args.toArray(String[]::new))
          != 0) {
        problems.add("a round does not compile:\n" + errors.toString(StandardCharsets.UTF_8));
        return new Seen(Set.of(), Set.of());
      }
      SpotBugsRun.Result result =
          SpotBugsRun.run(SpotBugsRun.Config.PLUGIN_ONLY, List.of(classes), List.of());
      if (result.failure() != null) {
        problems.add("SpotBugs failed: " + result.failure());
      }
      problems.addAll(result.pluginErrors());
      Set<String> atDefault = new TreeSet<>();
      Set<String> atLow = new TreeSet<>();
      for (BugInstance bug : result.ours()) {
        SourceLineAnnotation line = bug.getPrimarySourceLineAnnotation();
        String where = line.getSourceFile() + ":" + line.getStartLine();
        atLow.add(where);
        if (bug.getPriority() <= Priorities.NORMAL_PRIORITY) {
          atDefault.add(where);
        }
      }
      return new Seen(atDefault, atLow);
    } finally {
      Compilation.deleteTree(classes);
    }
  }

  private static long found(Set<String> proven, Set<String> reported) {
    return proven.stream().filter(reported::contains).count();
  }

  /** The reported lines that the round does not list as proven. */
  private static Set<String> unmarked(Set<String> proven, Set<String> reported) {
    Set<String> lines = new TreeSet<>(reported);
    lines.removeAll(proven);
    return lines;
  }

  private static String missed(Set<String> proven, Set<String> ep, Set<String> sb) {
    return proven.stream()
        .filter(line -> !ep.contains(line) || !sb.contains(line))
        .collect(Collectors.joining(", "));
  }

  /** The files that hold a finding. */
  private static Set<String> programs(Set<String> lines) {
    Set<String> files = new TreeSet<>();
    lines.forEach(line -> files.add(line.substring(0, line.indexOf(':'))));
    return files;
  }
}
