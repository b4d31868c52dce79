package io.github.mapinit.bench;

import io.github.mapinit.bench.FindingsCheck.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The whole real-code corpus through both engines: every finding compared with {@code
 * bench/findings.md} as {@code RealCodeRobustnessTest} does for the fast subset, then a Markdown
 * report (libraries with versions, non-blank lines and times; findings; precision by engine and
 * view, from the verdicts). Exits with 1 when a finding is unlisted, a row is stale, or an engine
 * fails. Run with {@code mvn -B -Pcorpus -pl bench generate-resources exec:exec@corpus} (see
 * BENCHMARKS.md).
 *
 * <p>Options: {@code --only a,b} (these libraries only; rows of the others are not compared),
 * {@code --skip errorprone,spotbugs}, {@code --out FILE} (also write the report there).
 */
public final class CorpusCheck {

  private static final Path FINDINGS_FILE =
      Path.of(System.getProperty("io.github.mapinit.bench.findings", "findings.md"));

  private CorpusCheck() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    System.setProperty("io.github.mapinit.failOnInternalError", "true");
    List<String> only = list(options.get("only"));
    List<String> skip = list(options.get("skip"));
    List<Library> libraries =
        Library.corpus().stream()
            .filter(l -> only.isEmpty() || only.contains(l.name()))
            .collect(Collectors.toList());
    long start = System.nanoTime();
    StringBuilder report = new StringBuilder();
    List<String> problems = new ArrayList<>();
    Map<String, Map<String, Finding>> found = new TreeMap<>();
    report.append(
        "| library | version | files | non-blank lines | Error Prone (2 compilations) | SpotBugs"
            + " | EP default | EP low | SB default | SB low |\n");
    report.append("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|\n");
    long totalLines = 0;
    for (Library library : libraries) {
      long lines = library.nonBlankLines();
      totalLines += lines;
      String epTime = "not run";
      String[] counts = {"", "", "", ""};
      if (!skip.contains(FindingsCheck.ERROR_PRONE)) {
        if (library.notCompiledBecause().isPresent()) {
          epTime = "not run (see Library)";
        } else {
          progress(library.name() + ": Error Prone");
          FindingsCheck.Run run = FindingsCheck.errorProne(library);
          epTime = seconds(run.wallNanos());
          problems.addAll(run.problems());
          found
              .computeIfAbsent(FindingsCheck.ERROR_PRONE, e -> new TreeMap<>())
              .putAll(run.findings());
          counts[0] = count(run, Finding.DEFAULT_VIEW);
          counts[1] = count(run, Finding.LOW_VIEW);
        }
      }
      String sbTime = "not run";
      if (!skip.contains(FindingsCheck.SPOTBUGS)) {
        progress(library.name() + ": SpotBugs");
        FindingsCheck.Run run = FindingsCheck.spotBugs(library);
        sbTime = seconds(run.wallNanos());
        problems.addAll(run.problems());
        found.computeIfAbsent(FindingsCheck.SPOTBUGS, e -> new TreeMap<>()).putAll(run.findings());
        counts[2] = count(run, Finding.DEFAULT_VIEW);
        counts[3] = count(run, Finding.LOW_VIEW);
      }
      report.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %,d | %,d | %s | %s | %s | %s | %s | %s |%n",
              library.name(),
              library.version(),
              library.sources().size(),
              lines,
              epTime,
              sbTime,
              counts[0],
              counts[1],
              counts[2],
              counts[3]));
    }
    report.append(
        String.format(
            Locale.ROOT,
            "%n%d libraries, %,d non-blank lines of Java; both engines took %s.%n%n",
            libraries.size(),
            totalLines,
            seconds(System.nanoTime() - start)));
    report.append(precision(found));
    Set<String> names = libraries.stream().map(Library::name).collect(Collectors.toSet());
    StringBuilder differences = new StringBuilder();
    for (Map.Entry<String, Map<String, Finding>> engine : found.entrySet()) {
      differences.append(
          FindingsCheck.compare(FINDINGS_FILE, engine.getKey(), names, engine.getValue()));
    }
    System.out.println(report);
    if (options.containsKey("out")) {
      Files.writeString(Path.of(options.get("out")), report, StandardCharsets.UTF_8);
    }
    if (!problems.isEmpty() || differences.length() > 0) {
      problems.forEach(System.out::println);
      System.out.println(differences);
      System.exit(1);
    }
  }

  /** Precision by engine and view, from the verdicts of the rows that match the findings. */
  private static String precision(Map<String, Map<String, Finding>> found) throws IOException {
    Map<String, String> verdicts = new TreeMap<>();
    for (Finding row : FindingsFile.read(FINDINGS_FILE)) {
      verdicts.put(row.key(), row.verdict());
    }
    StringBuilder table = new StringBuilder();
    table.append("| engine | view | findings | real | debatable | false alarm | not judged |\n");
    table.append("|---|---|--:|--:|--:|--:|--:|\n");
    for (Map.Entry<String, Map<String, Finding>> engine : found.entrySet()) {
      for (String view : List.of(Finding.DEFAULT_VIEW, Finding.LOW_VIEW)) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        int total = 0;
        for (Finding finding : engine.getValue().values()) {
          if (finding.view().equals(view)) {
            total++;
            counts.merge(Verdict.of(verdicts.getOrDefault(finding.key(), "")), 1, Integer::sum);
          }
        }
        table.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %d | %d | %d | %d | %d |%n",
                engine.getKey(),
                view,
                total,
                counts.getOrDefault(Verdict.REAL, 0),
                counts.getOrDefault(Verdict.DEBATABLE, 0),
                counts.getOrDefault(Verdict.FALSE, 0),
                counts.getOrDefault(Verdict.NONE, 0)));
      }
    }
    return table.toString();
  }

  private static String count(FindingsCheck.Run run, String view) {
    return Long.toString(
        run.findings().values().stream().filter(f -> f.view().equals(view)).count());
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
  }

  private static List<String> list(String value) {
    return value == null || value.isBlank() ? List.of() : Arrays.asList(value.split(","));
  }

  private static void progress(String what) {
    System.err.println("[corpus] " + what);
  }
}
