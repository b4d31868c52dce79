package io.github.mapinit.bench.oracle;

import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import io.github.mapinit.bench.Compilation;
import io.github.mapinit.bench.SpotBugsRun;
import io.github.mapinit.bench.oracle.ClassGenerator.GeneratedClass;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;

/**
 * The runtime oracle: generates classes for a seed ({@link ClassGenerator}), runs them ({@link
 * Driver}), and scores each engine at its lowest threshold against what ran. Recall: sites that
 * threw without an earlier failure and that the engine reports, over all such sites. Imprecision:
 * findings on lines that ran and never threw, over all findings. Findings on lines that never ran
 * are counted apart (unknown).
 */
public final class Oracle {

  /** The package of the generated classes. */
  static final String PACKAGE = "gen";

  /** One engine's findings against the observations, lines keyed {@code File.java:line}. */
  public record Score(
      String engine,
      Set<String> findings,
      Set<String> found,
      Set<String> missed,
      Set<String> falseFindings,
      Set<String> unknown) {

    static Score of(String engine, Set<String> findings, Driver.Observations seen) {
      Set<String> found = new TreeSet<>();
      Set<String> missed = new TreeSet<>();
      for (String site : seen.threw().keySet()) {
        (findings.contains(site) ? found : missed).add(site);
      }
      Set<String> falseFindings = new TreeSet<>();
      Set<String> unknown = new TreeSet<>();
      for (String finding : findings) {
        if (!seen.threw().containsKey(finding)) {
          (seen.executed().contains(finding) ? falseFindings : unknown).add(finding);
        }
      }
      return new Score(engine, findings, found, missed, falseFindings, unknown);
    }

    /** Reported sites over sites that threw; 1 where nothing threw. */
    public double recall() {
      int sites = found.size() + missed.size();
      return sites == 0 ? 1 : (double) found.size() / sites;
    }

    /** Findings on executed lines that never threw, over all findings; 0 where nothing is found. */
    public double imprecision() {
      return findings.isEmpty() ? 0 : (double) falseFindings.size() / findings.size();
    }
  }

  /** One seed's run. */
  public record Result(
      long seed,
      int classes,
      Path sourceRoot,
      Driver.Observations observations,
      List<Score> scores,
      Map<String, String> notes,
      Map<String, String> lineText,
      List<String> problems) {}

  private Oracle() {}

  /**
   * Generates {@code classes} classes for {@code seed} under {@code outRoot/seed-N}, compiles and
   * drives them with {@code sequences} call sequences each, and runs both engines on them.
   */
  public static Result run(long seed, int classes, int sequences, Path outRoot) {
    Path dir = outRoot.resolve("seed-" + seed);
    if (Files.exists(dir)) {
      Compilation.deleteTree(dir);
    }
    Path src = dir.resolve("src");
    Path bin = dir.resolve("classes");
    List<Path> files = new ArrayList<>();
    List<String> topLevel = new ArrayList<>();
    Map<String, String> notes = new HashMap<>();
    Map<String, String> lineText = new HashMap<>();
    try {
      Files.createDirectories(src.resolve(PACKAGE));
      Files.createDirectories(bin);
      for (int i = 0; i < classes; i++) {
        GeneratedClass c =
            ClassGenerator.generate(seed * 1_000_003L + i, PACKAGE, String.format("C%04d", i));
        Path file = src.resolve(PACKAGE).resolve(c.fileName());
        Files.writeString(file, c.source(), StandardCharsets.UTF_8);
        files.add(file);
        topLevel.add(c.binaryName());
        c.notes().forEach((line, note) -> notes.put(c.fileName() + ":" + line, note));
        String[] lines = c.source().split("\n", -1);
        for (int l = 0; l < lines.length; l++) {
          lineText.put(c.fileName() + ":" + (l + 1), lines[l].trim());
        }
      }
      javac(files, bin);
      Map<String, byte[]> classFiles = classFiles(bin);
      List<String> problems = new ArrayList<>();
      long t0 = System.nanoTime();
      Set<String> errorProne = errorProneFindings(files, problems);
      long t1 = System.nanoTime();
      Set<String> spotBugs = spotBugsFindings(bin, problems);
      long t2 = System.nanoTime();
      Driver.Observations seen = Driver.run(topLevel, classFiles, seed, sequences);
      long t3 = System.nanoTime();
      System.err.printf(
          "[oracle] seed %d: Error Prone %.1f s, SpotBugs %.1f s, driver %.1f s%n",
          seed, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
      problems.addAll(seen.problems());
      List<Score> scores =
          List.of(Score.of("Error Prone", errorProne, seen), Score.of("SpotBugs", spotBugs, seen));
      return new Result(seed, classes, src, seen, scores, notes, lineText, problems);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void javac(List<Path> files, Path bin) {
    List<String> args = new ArrayList<>(List.of("-g", "-proc:none", "-d", bin.toString()));
    files.forEach(f -> args.add(f.toString()));
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status =
        ToolProvider.getSystemJavaCompiler().run(null, null, errors, args.toArray(String[]::new));
    if (status != 0) {
      throw new IllegalStateException(
          "the generated classes do not compile:\n" + errors.toString(StandardCharsets.UTF_8));
    }
  }

  private static Map<String, byte[]> classFiles(Path bin) throws IOException {
    Map<String, byte[]> classFiles = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(bin)) {
      for (Path p : (Iterable<Path>) walk.filter(f -> f.toString().endsWith(".class"))::iterator) {
        String name = bin.relativize(p).toString().replace('\\', '/').replace('/', '.');
        classFiles.put(name.substring(0, name.length() - ".class".length()), Files.readAllBytes(p));
      }
    }
    return classFiles;
  }

  private static Set<String> errorProneFindings(List<Path> files, List<String> problems) {
    Compilation.Result result =
        Compilation.compile(
            Compilation.Config.EP_CHECK,
            files,
            List.of(),
            "WARN",
            "-XepOpt:UninitializedMapWrite:Confidence=LOW");
    problems.addAll(result.otherErrors());
    Set<String> findings = new TreeSet<>();
    for (Diagnostic<? extends JavaFileObject> d : result.findings()) {
      findings.add(Path.of(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber());
    }
    return findings;
  }

  private static Set<String> spotBugsFindings(Path bin, List<String> problems) {
    SpotBugsRun.Result result =
        SpotBugsRun.run(SpotBugsRun.Config.PLUGIN_ONLY, List.of(bin), List.of());
    if (result.failure() != null) {
      problems.add("SpotBugs failed: " + result.failure());
    }
    problems.addAll(result.pluginErrors());
    Set<String> findings = new TreeSet<>();
    for (BugInstance bug : result.ours()) {
      SourceLineAnnotation line = bug.getPrimarySourceLineAnnotation();
      findings.add(line.getSourceFile() + ":" + line.getStartLine());
    }
    return findings;
  }

  // ---------------------------------------------------------------- reports

  /** A Markdown table per engine, a row per result. */
  public static String table(List<Result> results) {
    StringBuilder text = new StringBuilder();
    Map<String, List<Score>> byEngine = new LinkedHashMap<>();
    for (Result r : results) {
      for (Score s : r.scores()) {
        byEngine.computeIfAbsent(s.engine(), k -> new ArrayList<>()).add(s);
      }
    }
    for (Map.Entry<String, List<Score>> e : byEngine.entrySet()) {
      text.append("\n")
          .append(e.getKey())
          .append(" (lowest threshold)\n\n")
          .append("| seed | classes | sequences | sites that threw | reported | recall |")
          .append(" findings | on executed lines that never threw | imprecision |")
          .append(" on lines never run |\n")
          .append("|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
      for (int i = 0; i < results.size(); i++) {
        Result r = results.get(i);
        Score s = e.getValue().get(i);
        text.append(
            String.format(
                "| %d | %d | %d | %d | %d | %.1f%% | %d | %d | %.1f%% | %d |%n",
                r.seed(),
                r.classes(),
                r.observations().sequences(),
                s.found().size() + s.missed().size(),
                s.found().size(),
                100 * s.recall(),
                s.findings().size(),
                s.falseFindings().size(),
                100 * s.imprecision(),
                s.unknown().size()));
      }
    }
    return text.toString();
  }

  /** Every miss and every false finding of {@code r}, with its file, line, code and construct. */
  public static String details(Result r, Path base) {
    StringBuilder text = new StringBuilder();
    for (Score s : r.scores()) {
      text.append("\n").append(s.engine()).append(", seed ").append(r.seed()).append(": ");
      text.append(s.missed().size()).append(" missed site(s)\n");
      appendByCategory(text, r, s, s.missed(), true, base);
      text.append(s.engine()).append(", seed ").append(r.seed()).append(": ");
      text.append(s.falseFindings().size())
          .append(" finding(s) on executed lines that never threw\n");
      appendByCategory(text, r, s, s.falseFindings(), false, base);
    }
    if (!r.problems().isEmpty()) {
      text.append("\nproblems (generator or engine errors):\n");
      r.problems().forEach(p -> text.append("  ").append(p).append('\n'));
    }
    return text.toString();
  }

  private static void appendByCategory(
      StringBuilder text, Result r, Score s, Set<String> sites, boolean missed, Path base) {
    Map<String, List<String>> byCategory = new TreeMap<>();
    for (String site : sites) {
      byCategory.computeIfAbsent(category(r, s, site, missed), k -> new ArrayList<>()).add(site);
    }
    byCategory.forEach(
        (category, list) -> {
          text.append("  ").append(category).append(": ").append(list.size()).append('\n');
          list.forEach(site -> text.append(describe(r, site, base)));
        });
  }

  /**
   * A first guess, from the generator's notes, at why a site was missed or a line reported: a
   * heading to read the examples under, not a verdict.
   */
  static String category(Result r, Score s, String site, boolean missed) {
    String note = r.notes().getOrDefault(site, "");
    String field = note.contains(" (") ? note.substring(0, note.indexOf(" (")) : "?";
    String member = member(note);
    String file = site.substring(0, site.lastIndexOf(':'));
    if (missed) {
      for (String finding : s.findings()) {
        String other = r.notes().getOrDefault(finding, "");
        if (finding.startsWith(file + ":")
            && other.startsWith(field + " (")
            && member(other).equals(member)) {
          return "another null use of the field in the same member is reported, this one is not";
        }
      }
      if (note.contains("lambda stored")) {
        return "in a lambda stored and run later";
      }
      if (note.contains("run at once")) {
        return "in a lambda run at once";
      }
      if (note.contains("exceptional_reload")) {
        return "the field is left null by a method that threw (reload)";
      }
      return "other";
    }
    int line = Integer.parseInt(site.substring(site.lastIndexOf(':') + 1));
    for (String threw : r.observations().threw().keySet()) {
      String other = r.notes().getOrDefault(threw, "");
      if (threw.startsWith(file + ":")
          && other.startsWith(field + " (")
          && member(other).equals(member)
          && Integer.parseInt(threw.substring(threw.lastIndexOf(':') + 1)) < line) {
        return "after a use of the field earlier in the same member that threw: the path around"
            + " that use never ran (an empty loop or Optional, a counter, or a catch that cannot"
            + " catch NullPointerException)";
      }
    }
    if (note.contains("lambda")) {
      return "in a lambda";
    }
    for (String threw : r.observations().threw().keySet()) {
      String other = r.notes().getOrDefault(threw, "");
      if (threw.startsWith(file + ":")
          && other.startsWith(field + " (")
          && member(other).startsWith("constructor")) {
        return "a constructor's use of the field throws on its null path first";
      }
    }
    if (note.contains("ternary on") || note.contains(" > if (") || note.contains("else of")) {
      return "under a condition on the parameters or the counter";
    }
    return "other";
  }

  private static String member(String note) {
    int bar = note.indexOf(" | ");
    int next = note.indexOf(" > ", bar + 3);
    return bar < 0 || next < 0 ? "" : note.substring(bar + 3, next);
  }

  private static String describe(Result r, String site, Path base) {
    int colon = site.lastIndexOf(':');
    Path file = r.sourceRoot().resolve(PACKAGE).resolve(site.substring(0, colon));
    Path shown = base == null ? file : base.toAbsolutePath().relativize(file.toAbsolutePath());
    return "  "
        + shown
        + site.substring(colon)
        + ": "
        + r.lineText().getOrDefault(site, "?")
        + "    // "
        + r.notes().getOrDefault(site, "(no map use noted on this line)")
        + "\n";
  }
}
