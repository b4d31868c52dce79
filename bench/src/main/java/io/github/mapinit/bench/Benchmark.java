package io.github.mapinit.bench;

import io.github.mapinit.bench.Compilation.Config;
import io.github.mapinit.bench.oracle.Oracle;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The benchmark: prints Markdown tables of what both engines cost on real libraries and on
 * generated classes of growing size. Run it with {@code mvn -B -pl bench exec:exec@benchmark} after
 * {@code mvn -B -q install -DskipTests} (see BENCHMARKS.md).
 *
 * <p>Options: {@code --rounds N} (measured rounds per configuration, default 5), {@code --warmup N}
 * (unmeasured rounds first, default 1), {@code --spotbugs-rounds N} (default 3), {@code --scale
 * 10,100,1000,10000}, {@code --scale-rounds N} (default 3), {@code --skip javac,spotbugs,scale}
 * (parts to leave out), {@code --out FILE} (also write the tables there). {@code --oracle N} adds
 * the runtime oracle with N generated classes per seed ({@code --oracle-seeds 1,2,3}, {@code
 * --oracle-sequences 500} call sequences per class; sources and the list of misses and false
 * findings under {@code --oracle-out}, default {@code target/oracle}). {@code --cold N} first runs
 * N rounds of the cold whole-process mode (see {@link ColdRun}; {@code --skip cold-javac} or {@code
 * cold-spotbugs} leaves one engine out of it); {@code --libs a,b} keeps only the libraries named.
 */
public final class Benchmark {

  private final Map<String, String> options;
  private final PrintStream out = System.out;
  private final StringBuilder report = new StringBuilder();

  private Benchmark(Map<String, String> options) {
    this.options = options;
  }

  public static void main(String[] args) throws IOException {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --option value, got " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    // The check rethrows its internal errors instead of skipping the file: a crash shows.
    System.setProperty("io.github.mapinit.failOnInternalError", "true");
    new Benchmark(options).run();
  }

  private int option(String name, int defaultValue) {
    return options.containsKey(name) ? Integer.parseInt(options.get(name)) : defaultValue;
  }

  private boolean skipped(String part) {
    return Arrays.asList(options.getOrDefault("skip", "").split(",")).contains(part);
  }

  private void run() throws IOException {
    List<Library> libraries = Library.benchmarked();
    if (options.containsKey("libs")) {
      List<String> wanted = Arrays.asList(options.get("libs").split(","));
      libraries =
          libraries.stream().filter(l -> wanted.contains(l.name())).collect(Collectors.toList());
    }
    line("# mapinit benchmark");
    line("");
    line(
        "Run "
            + ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME)
            + " on "
            + Runtime.getRuntime().availableProcessors()
            + " cores, Java "
            + System.getProperty("java.version")
            + " ("
            + System.getProperty("java.vm.name")
            + "), max heap "
            + Stats.mib(Runtime.getRuntime().maxMemory())
            + ", JVM flags "
            + ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("--add-"))
                .collect(Collectors.joining(" "))
            + ".");
    line("Load average at start: " + loadAverage() + ".");
    line("");
    if (options.containsKey("cold")) {
      cold(libraries);
    }
    if (!skipped("javac")) {
      realCodeErrorProne(libraries);
    }
    if (!skipped("spotbugs")) {
      realCodeSpotBugs(libraries);
    }
    if (!skipped("scale")) {
      scale();
    }
    if (options.containsKey("oracle")) {
      oracle();
    }
    line("Load average at end: " + loadAverage() + ".");
    if (options.containsKey("out")) {
      Path file = Path.of(options.get("out"));
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, report.toString(), StandardCharsets.UTF_8);
      progress("tables written to " + file.toAbsolutePath());
    }
  }

  // ---------------------------------------------------------------- cold, whole processes

  /**
   * Each library in fresh processes: javac with Error Prone, all checks off, against the same with
   * the check; SpotBugs against SpotBugs with the plugin. In each round every library runs all four
   * processes, each pair back to back, the order within a pair alternating from round to round.
   */
  private void cold(List<Library> libraries) throws IOException {
    ColdRun.requireGnuTime();
    int rounds = option("cold", 5);
    boolean javac = !skipped("cold-javac");
    boolean spotBugs = !skipped("cold-spotbugs");
    Path work = Files.createTempDirectory("mapinit-bench-cold");
    Map<String, Map<ColdRun.Config, List<ColdRun.Result>>> results = new LinkedHashMap<>();
    List<Double> loads = new ArrayList<>();
    ColdRun.Config[][] pairs = {
      {ColdRun.Config.EP_NONE, ColdRun.Config.EP_CHECK},
      {ColdRun.Config.SB_DEFAULT, ColdRun.Config.SB_PLUGIN}
    };
    for (int round = 0; round < rounds; round++) {
      for (Library library : libraries) {
        Map<ColdRun.Config, List<ColdRun.Result>> byConfig =
            results.computeIfAbsent(library.name(), k -> new EnumMap<>(ColdRun.Config.class));
        for (ColdRun.Config[] pair : pairs) {
          if (pair[0] == ColdRun.Config.EP_NONE ? !javac : !spotBugs) {
            continue;
          }
          for (int c = 0; c < 2; c++) {
            ColdRun.Config config = pair[(c + round) % 2];
            loads.add(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            ColdRun.Result result = ColdRun.run(config, library, work);
            byConfig.computeIfAbsent(config, k -> new ArrayList<>()).add(result);
            progress(
                String.format(
                    "cold %s round %d %-20s wall %s cpu %s rss %s findings %d",
                    library.name(),
                    round,
                    config.label,
                    Stats.seconds(result.wallNanos()),
                    Stats.seconds(result.cpuNanos()),
                    Stats.mib(result.maxRssKib() * 1024),
                    result.findings()));
          }
        }
      }
    }
    Compilation.deleteTree(work);
    line("## Cold: each library in fresh processes, as a build pays for it");
    line("");
    line(
        rounds
            + " rounds; in each, every library runs the two processes of each engine back to back,"
            + " in an order that alternates from round to round. CPU: user + system time of the whole"
            + " process (all its threads: compiler, JIT, GC, class loading), from GNU time (wait4's"
            + " rusage of the child); wall: elapsed time. Each cell: median wall (median CPU). `added"
            + " CPU` is the median over the rounds of the paired ratio CPU(with) / CPU(without), minus"
            + " one; in brackets the smallest and largest paired ratio. Error Prone: `javac` with"
            + " Error Prone 2.42.0 as a `-Xplugin` (`-XepDisableAllChecks`), mapinit's jar on the"
            + " processor path only in the second, with `-Xep:UninitializedMapWrite:WARN`. SpotBugs "
            + spotBugsVersion()
            + ": its command line (`FindBugs2`, default detectors and effort, `-low`), with and"
            + " without `-pluginList` mapinit's jar. Load average during the runs: "
            + String.format(
                "%.2f to %.2f (median %.2f).",
                loads.stream().mapToDouble(d -> d).min().orElse(0),
                loads.stream().mapToDouble(d -> d).max().orElse(0),
                medianDouble(loads)));
    line("");
    line(
        "| library | files | EP, all off | EP + check | added CPU | findings | SpotBugs default | + mapinit | added CPU | UMW findings |");
    line("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
    for (Library library : libraries) {
      Map<ColdRun.Config, List<ColdRun.Result>> byConfig = results.get(library.name());
      line(
          String.format(
              "| %s | %d | %s | %s | %s | %s | %s | %s | %s | %s |",
              library.name(),
              library.sources().size(),
              coldCell(byConfig.get(ColdRun.Config.EP_NONE)),
              coldCell(byConfig.get(ColdRun.Config.EP_CHECK)),
              added(byConfig.get(ColdRun.Config.EP_NONE), byConfig.get(ColdRun.Config.EP_CHECK)),
              findingsOf(byConfig.get(ColdRun.Config.EP_CHECK)),
              coldCell(byConfig.get(ColdRun.Config.SB_DEFAULT)),
              coldCell(byConfig.get(ColdRun.Config.SB_PLUGIN)),
              added(
                  byConfig.get(ColdRun.Config.SB_DEFAULT), byConfig.get(ColdRun.Config.SB_PLUGIN)),
              findingsOf(byConfig.get(ColdRun.Config.SB_PLUGIN))));
    }
    line("");
    line("Target: added CPU at most 3% for each engine, on every library.");
    line("");
  }

  private static String coldCell(List<ColdRun.Result> results) {
    if (results == null) {
      return "-";
    }
    return cell(
        medianOf(results, ColdRun.Result::wallNanos), medianOf(results, ColdRun.Result::cpuNanos));
  }

  /** The median of the paired ratios, as a percentage added, with their range. */
  private static String added(List<ColdRun.Result> without, List<ColdRun.Result> with) {
    if (without == null || with == null) {
      return "-";
    }
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < Math.min(without.size(), with.size()); i++) {
      ratios.add((double) with.get(i).cpuNanos() / without.get(i).cpuNanos());
    }
    return String.format(
        "%+.1f%% (%+.1f, %+.1f)",
        100 * (medianDouble(ratios) - 1),
        100 * (ratios.stream().mapToDouble(d -> d).min().getAsDouble() - 1),
        100 * (ratios.stream().mapToDouble(d -> d).max().getAsDouble() - 1));
  }

  private static String findingsOf(List<ColdRun.Result> results) {
    return results == null ? "-" : String.valueOf(results.get(0).findings());
  }

  private static double medianDouble(List<Double> values) {
    if (values.isEmpty()) {
      return 0;
    }
    List<Double> sorted = new ArrayList<>(values);
    java.util.Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  // ---------------------------------------------------------------- real code, Error Prone

  private void realCodeErrorProne(List<Library> libraries) {
    int warmup = option("warmup", 1);
    int rounds = option("rounds", 5);
    Map<String, Map<Config, List<Compilation.Result>>> results = new LinkedHashMap<>();
    for (Library library : libraries) {
      results.put(library.name(), new EnumMap<>(Config.class));
    }
    Config[] configs = Config.values();
    for (int round = 0; round < warmup + rounds; round++) {
      boolean measured = round >= warmup;
      for (Library library : libraries) {
        // Alternate the configurations, and rotate their order from round to round.
        for (int c = 0; c < configs.length; c++) {
          Config config = configs[(c + round) % configs.length];
          Compilation.Result result =
              Compilation.compile(config, library.sources(), library.classpath(), "WARN");
          List<String> errors = result.otherErrors();
          if (!errors.isEmpty()) {
            throw new IllegalStateException(library.name() + " " + config + ": " + errors.get(0));
          }
          progress(
              String.format(
                  "%s round %d%s %-10s wall %s cpu %s check %s",
                  library.name(),
                  round,
                  measured ? "" : " (warm-up)",
                  config,
                  Stats.seconds(result.wallNanos()),
                  Stats.seconds(result.cpuNanos()),
                  Stats.seconds(result.checkNanos())));
          if (measured) {
            results.get(library.name()).computeIfAbsent(config, k -> new ArrayList<>()).add(result);
          }
        }
      }
    }
    line("## Real code: compiling each library's sources in-process (javax.tools)");
    line("");
    line(
        "Median of "
            + rounds
            + " rounds after "
            + warmup
            + " warm-up round(s); configurations alternate within"
            + " each round. Each cell: wall-clock time, and in brackets the compiling thread's CPU time"
            + " (less disturbed by other processes on the machine). (1) javac alone; (2) Error Prone with"
            + " every check disabled (`-XepDisableAllChecks`); (3) only UninitializedMapWrite enabled."
            + " `check` is the time Error Prone's own timer attributes to the check in (3).");
    line("");
    line(
        "| library | files | lines | (1) javac | (2) EP, all off | (3) EP + check | (3)/(2) | (3)/(1) | check | check/(2) | findings |");
    line("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
    long[] sum = new long[8];
    int findings = 0;
    for (Library library : libraries) {
      Map<Config, List<Compilation.Result>> byConfig = results.get(library.name());
      long w1 = medianOf(byConfig.get(Config.JAVAC), Compilation.Result::wallNanos);
      long w2 = medianOf(byConfig.get(Config.EP_NONE), Compilation.Result::wallNanos);
      long w3 = medianOf(byConfig.get(Config.EP_CHECK), Compilation.Result::wallNanos);
      long c1 = medianOf(byConfig.get(Config.JAVAC), Compilation.Result::cpuNanos);
      long c2 = medianOf(byConfig.get(Config.EP_NONE), Compilation.Result::cpuNanos);
      long c3 = medianOf(byConfig.get(Config.EP_CHECK), Compilation.Result::cpuNanos);
      long check = medianOf(byConfig.get(Config.EP_CHECK), Compilation.Result::checkNanos);
      int found = byConfig.get(Config.EP_CHECK).get(0).findings().size();
      findings += found;
      long[] row = {w1, w2, w3, c1, c2, c3, check};
      for (int i = 0; i < row.length; i++) {
        sum[i] += row[i];
      }
      line(
          String.format(
              "| %s | %d | %,d | %s | %s | %s | %s | %s | %s | %s | %d |",
              library.name(),
              library.sources().size(),
              library.lines(),
              cell(w1, c1),
              cell(w2, c2),
              cell(w3, c3),
              pair(Stats.ratio(w3, w2), Stats.ratio(c3, c2)),
              pair(Stats.ratio(w3, w1), Stats.ratio(c3, c1)),
              Stats.seconds(check),
              Stats.percent(check, w2),
              found));
    }
    line(
        String.format(
            "| **all** | | | %s | %s | %s | **%s** | %s | %s | **%s** | %d |",
            cell(sum[0], sum[3]),
            cell(sum[1], sum[4]),
            cell(sum[2], sum[5]),
            pair(Stats.ratio(sum[2], sum[1]), Stats.ratio(sum[5], sum[4])),
            pair(Stats.ratio(sum[2], sum[0]), Stats.ratio(sum[5], sum[3])),
            Stats.seconds(sum[6]),
            Stats.percent(sum[6], sum[1]),
            findings));
    line("");
    line("Target: the check adds at most 3% to (2), that is (3)/(2) <= 1.03 and check/(2) <= 3%.");
    line("");
  }

  // ---------------------------------------------------------------- real code, SpotBugs

  private void realCodeSpotBugs(List<Library> libraries) {
    int warmup = option("warmup", 1);
    int rounds = option("spotbugs-rounds", 3);
    SpotBugsRun.Config[] configs = {
      SpotBugsRun.Config.DEFAULT, SpotBugsRun.Config.DEFAULT_WITH_PLUGIN
    };
    Map<String, Map<SpotBugsRun.Config, List<SpotBugsRun.Result>>> results = new LinkedHashMap<>();
    for (Library library : libraries) {
      results.put(library.name(), new EnumMap<>(SpotBugsRun.Config.class));
    }
    for (int round = 0; round < warmup + rounds; round++) {
      boolean measured = round >= warmup;
      for (Library library : libraries) {
        for (int c = 0; c < configs.length; c++) {
          SpotBugsRun.Config config = configs[(c + round) % configs.length];
          SpotBugsRun.Result result =
              SpotBugsRun.run(config, List.of(library.jar()), library.classpath());
          if (result.failure() != null || !result.pluginErrors().isEmpty()) {
            throw new IllegalStateException(
                library.name()
                    + " "
                    + config
                    + ": "
                    + (result.failure() != null ? result.failure() : result.pluginErrors().get(0)),
                result.failure());
          }
          progress(
              String.format(
                  "%s round %d%s %-20s wall %s cpu %s",
                  library.name(),
                  round,
                  measured ? "" : " (warm-up)",
                  config,
                  Stats.seconds(result.wallNanos()),
                  Stats.seconds(result.cpuNanos())));
          if (measured) {
            results.get(library.name()).computeIfAbsent(config, k -> new ArrayList<>()).add(result);
          }
        }
      }
    }
    line("## Real code: SpotBugs on each library's binary jar");
    line("");
    line(
        "Median of "
            + rounds
            + " rounds after "
            + warmup
            + " warm-up round(s), alternating. SpotBugs "
            + spotBugsVersion()
            + " in-process (FindBugs2), default detectors and effort, with and without the mapinit plugin"
            + " (the shaded jar). Each cell: wall-clock time (analysing thread's CPU time). `added` is"
            + " the difference of the CPU-time medians: what the plugin's two detectors (the first-pass"
            + " collector and the reporting detector) cost, with the analyses they request from"
            + " SpotBugs' cache. SpotBugs' own profiler cannot tell: it files old-style detectors under"
            + " one adapter and the analyses they request elsewhere.");
    line("");
    line(
        "| library | classes | default | default + mapinit | ratio | added | added/default | UMW findings |");
    line("|---|--:|--:|--:|--:|--:|--:|--:|");
    long[] sum = new long[5];
    int findings = 0;
    for (Library library : libraries) {
      Map<SpotBugsRun.Config, List<SpotBugsRun.Result>> byConfig = results.get(library.name());
      long w1 = medianOf(byConfig.get(SpotBugsRun.Config.DEFAULT), SpotBugsRun.Result::wallNanos);
      long w2 =
          medianOf(
              byConfig.get(SpotBugsRun.Config.DEFAULT_WITH_PLUGIN), SpotBugsRun.Result::wallNanos);
      long c1 = medianOf(byConfig.get(SpotBugsRun.Config.DEFAULT), SpotBugsRun.Result::cpuNanos);
      long c2 =
          medianOf(
              byConfig.get(SpotBugsRun.Config.DEFAULT_WITH_PLUGIN), SpotBugsRun.Result::cpuNanos);
      long detector = c2 - c1;
      int found = byConfig.get(SpotBugsRun.Config.DEFAULT_WITH_PLUGIN).get(0).ours().size();
      findings += found;
      long[] row = {w1, w2, c1, c2, detector};
      for (int i = 0; i < row.length; i++) {
        sum[i] += row[i];
      }
      line(
          String.format(
              "| %s | %d | %s | %s | %s | %s | %s | %d |",
              library.name(),
              classCount(library.jar()),
              cell(w1, c1),
              cell(w2, c2),
              pair(Stats.ratio(w2, w1), Stats.ratio(c2, c1)),
              Stats.seconds(detector),
              Stats.percent(detector, c1),
              found));
    }
    line(
        String.format(
            "| **all** | | %s | %s | **%s** | %s | **%s** | %d |",
            cell(sum[0], sum[2]),
            cell(sum[1], sum[3]),
            pair(Stats.ratio(sum[1], sum[0]), Stats.ratio(sum[3], sum[2])),
            Stats.seconds(sum[4]),
            Stats.percent(sum[4], sum[2]),
            findings));
    line("");
    line("Target: the detector adds at most 5% to a default SpotBugs run (ratio <= 1.05).");
    line("");
  }

  // ---------------------------------------------------------------- scale

  /**
   * The largest ratio of one size's time per method to the previous size's: above 1 where the time
   * per method grows with the class.
   */
  private static double largestGrowth(List<Double> perMethod) {
    double largest = 0;
    for (int i = 1; i < perMethod.size(); i++) {
      largest = Math.max(largest, perMethod.get(i) / perMethod.get(i - 1));
    }
    return largest;
  }

  private void scale() throws IOException {
    int[] sizes =
        Arrays.stream(options.getOrDefault("scale", "10,100,1000,10000").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    int rounds = option("scale-rounds", 3);
    Path root = Files.createTempDirectory("mapinit-bench-scale");
    line("## Scale: one generated class of N methods");
    line("");
    line(
        "Each class has N public methods and N private helpers over N/10 map fields (at least 2),"
            + " with branches, a loop, a switch, a local alias, null guards, a call to the helper, a reset"
            + " to null every 50 methods and an unguarded write every 100 (see ScaleCorpus). Median of "
            + rounds
            + " runs (1 where a run takes over a minute), after one unmeasured run at the first size. Error Prone: (2) and (3) as above,"
            + " `check` from Error Prone's timer. SpotBugs: default run on the compiled class, with and"
            + " without the plugin, `added CPU` the difference of their CPU-time medians. Per method: divided by N.");
    line("");
    line(
        "| N | fields | EP (2) | EP (3) | check | check per method | findings | SpotBugs default | + mapinit | added CPU | added per method | added per method, split | UMW findings |");
    line("|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
    List<double[]> perMethod = new ArrayList<>();
    List<Double> spotBugsPerMethod = new ArrayList<>();
    List<Integer> skippedSizes = new ArrayList<>();
    Map<String, String> heap = new LinkedHashMap<>();
    for (int n : sizes) {
      Path src = root.resolve("src" + n);
      Path file = ScaleCorpus.write(src, n);
      Path classes = root.resolve("classes" + n);
      Files.createDirectories(classes);
      compileClasses(file, classes);
      Map<Config, List<Compilation.Result>> ep = new EnumMap<>(Config.class);
      Map<SpotBugsRun.Config, List<SpotBugsRun.Result>> sb =
          new EnumMap<>(SpotBugsRun.Config.class);
      Config[] epConfigs = {Config.EP_NONE, Config.EP_CHECK};
      SpotBugsRun.Config[] sbConfigs = {
        SpotBugsRun.Config.DEFAULT, SpotBugsRun.Config.DEFAULT_WITH_PLUGIN
      };
      boolean largest = n == Arrays.stream(sizes).max().getAsInt();
      // One unmeasured round at the first size warms the JIT up for all; a size whose runs take
      // over a minute gets one measured round, so that a non-linear case still finishes.
      int firstRound = n == sizes[0] ? 0 : 1;
      int lastRound = rounds;
      for (int round = firstRound; round <= lastRound; round++) {
        for (int c = 0; c < 2; c++) {
          Config config = epConfigs[(c + round) % 2];
          Compilation.Result result;
          HeapWatch.Peak peak = null;
          try (HeapWatch watch = new HeapWatch()) {
            result = Compilation.compile(config, List.of(file), List.of(), "WARN");
            peak = watch.peak();
          }
          if (!result.otherErrors().isEmpty()) {
            throw new IllegalStateException("Scale" + n + ": " + result.otherErrors().get(0));
          }
          progressRun(
              "Scale" + n,
              round,
              config,
              result.wallNanos(),
              result.cpuNanos(),
              "check " + Stats.seconds(result.checkNanos()));
          if (round > 0) {
            ep.computeIfAbsent(config, k -> new ArrayList<>()).add(result);
            if (largest) {
              heap.put(
                  config.label,
                  config.label + ": peak heap used " + Stats.mib(peak.used()) + afterGc(peak));
            }
          }
          SpotBugsRun.Config sbConfig = sbConfigs[(c + round) % 2];
          SpotBugsRun.Result sbResult;
          try (HeapWatch watch = new HeapWatch()) {
            sbResult = SpotBugsRun.run(sbConfig, List.of(classes), List.of());
            peak = watch.peak();
          }
          if (sbResult.failure() != null || !sbResult.pluginErrors().isEmpty()) {
            throw new IllegalStateException(
                "Scale"
                    + n
                    + " "
                    + sbConfig
                    + ": "
                    + (sbResult.failure() != null
                        ? sbResult.failure()
                        : sbResult.pluginErrors().get(0)),
                sbResult.failure());
          }
          progress(
              String.format(
                  "Scale%d round %d %-20s wall %s cpu %s",
                  n,
                  round,
                  sbConfig,
                  Stats.seconds(sbResult.wallNanos()),
                  Stats.seconds(sbResult.cpuNanos())));
          if (round > 0) {
            sb.computeIfAbsent(sbConfig, k -> new ArrayList<>()).add(sbResult);
            if (result.wallNanos() + sbResult.wallNanos() > 60_000_000_000L && lastRound > 1) {
              lastRound = round;
            }
            if (largest) {
              heap.put(
                  sbConfig.label,
                  sbConfig.label + ": peak heap used " + Stats.mib(peak.used()) + afterGc(peak));
            }
          }
        }
      }
      boolean skipped =
          sb.get(SpotBugsRun.Config.DEFAULT).get(0).bugs().stream()
              .anyMatch(b -> b.getType().equals("SKIPPED_CLASS_TOO_BIG"));
      String split = "-";
      if (skipped) {
        // SpotBugs did not analyse the class: measure the plugin on the same methods split into
        // classes it does analyse.
        long splitAdded = spotBugsSplit(root, n, lastRound);
        split = Stats.micros((double) splitAdded / n);
        spotBugsPerMethod.add((double) splitAdded / n);
      }
      long e2 = medianOf(ep.get(Config.EP_NONE), Compilation.Result::wallNanos);
      long e3 = medianOf(ep.get(Config.EP_CHECK), Compilation.Result::wallNanos);
      long check = medianOf(ep.get(Config.EP_CHECK), Compilation.Result::checkNanos);
      long s1 = medianOf(sb.get(SpotBugsRun.Config.DEFAULT), SpotBugsRun.Result::wallNanos);
      long s2 =
          medianOf(sb.get(SpotBugsRun.Config.DEFAULT_WITH_PLUGIN), SpotBugsRun.Result::wallNanos);
      long detector =
          medianOf(sb.get(SpotBugsRun.Config.DEFAULT_WITH_PLUGIN), SpotBugsRun.Result::cpuNanos)
              - medianOf(sb.get(SpotBugsRun.Config.DEFAULT), SpotBugsRun.Result::cpuNanos);
      if (skipped) {
        skippedSizes.add(n);
      } else {
        spotBugsPerMethod.add((double) detector / n);
      }
      perMethod.add(new double[] {(double) check / n, (double) detector / n});
      line(
          String.format(
              "| %,d | %,d | %s | %s | %s | %s | %d | %s | %s | %s | %s | %s | %d |",
              n,
              ScaleCorpus.fields(n),
              Stats.seconds(e2),
              Stats.seconds(e3),
              Stats.seconds(check),
              Stats.micros((double) check / n),
              ep.get(Config.EP_CHECK).get(0).findings().size(),
              Stats.seconds(s1),
              Stats.seconds(s2),
              Stats.seconds(detector),
              Stats.micros((double) detector / n) + (skipped ? " (class skipped)" : ""),
              split,
              sb.get(SpotBugsRun.Config.DEFAULT_WITH_PLUGIN).get(0).ours().size()));
    }
    Compilation.deleteTree(root);
    line("");
    if (perMethod.size() > 1) {
      double[] first = perMethod.get(0);
      double[] last = perMethod.get(perMethod.size() - 1);
      double epMin = perMethod.stream().mapToDouble(p -> p[0]).min().getAsDouble();
      double epMax = perMethod.stream().mapToDouble(p -> p[0]).max().getAsDouble();
      line(
          String.format(
              "Time per method, largest / smallest N: Error Prone check %.2fx; max / min over all N: %.2fx;"
                  + " largest growth from one size to the next: %.2fx. Target: within 1.5x (at small N"
                  + " the check's fixed cost, spread over few methods, raises the figure; growth with N is"
                  + " what a quadratic cost would show).",
              last[0] / first[0],
              epMax / epMin,
              largestGrowth(perMethod.stream().map(p -> p[0]).toList())));
      if (spotBugsPerMethod.size() > 1) {
        line(
            String.format(
                "SpotBugs plugin, over the sizes SpotBugs analysed: largest / smallest %.2fx, max / min %.2fx,"
                    + " largest growth from one size to the next %.2fx.",
                spotBugsPerMethod.get(spotBugsPerMethod.size() - 1) / spotBugsPerMethod.get(0),
                spotBugsPerMethod.stream().mapToDouble(d -> d).max().getAsDouble()
                    / spotBugsPerMethod.stream().mapToDouble(d -> d).min().getAsDouble(),
                largestGrowth(spotBugsPerMethod)));
      }
      if (!skippedSizes.isEmpty()) {
        line(
            "SpotBugs skipped the generated class at N = "
                + skippedSizes
                + " (SKIPPED_CLASS_TOO_BIG: SpotBugs"
                + " does not analyse very large classes, and so neither does the plugin), so its figures"
                + " there measure only class loading and the first pass; `added per method, split` is the"
                + " plugin on the same methods split into classes of "
                + ScaleCorpus.SPLIT_METHODS
                + " methods, which SpotBugs analyses (the SpotBugs per-method ratios above use it there).");
      }
      line("");
    }
    line(
        "Memory, largest case (N = "
            + Arrays.stream(sizes).max().getAsInt()
            + "), last measured run of each:");
    line("");
    heap.values().forEach(h -> line("- " + h));
    line("");
  }

  /**
   * The plugin's added CPU (median with minus median without) on {@code n} methods split into
   * classes of {@link ScaleCorpus#SPLIT_METHODS}, over {@code rounds} paired, alternating rounds.
   */
  private static long spotBugsSplit(Path root, int n, int rounds) throws IOException {
    List<Path> files = ScaleCorpus.writeSplit(root.resolve("split-src" + n), n);
    Path classes = Files.createDirectories(root.resolve("split-classes" + n));
    compileClasses(files, classes);
    SpotBugsRun.Config[] configs = {
      SpotBugsRun.Config.DEFAULT, SpotBugsRun.Config.DEFAULT_WITH_PLUGIN
    };
    Map<SpotBugsRun.Config, List<Long>> cpu = new EnumMap<>(SpotBugsRun.Config.class);
    for (int round = 0; round < Math.max(1, rounds); round++) {
      for (int c = 0; c < 2; c++) {
        SpotBugsRun.Config config = configs[(c + round) % 2];
        SpotBugsRun.Result result = SpotBugsRun.run(config, List.of(classes), List.of());
        if (result.failure() != null || !result.pluginErrors().isEmpty()) {
          throw new IllegalStateException("Scale" + n + " split " + config, result.failure());
        }
        if (result.bugs().stream().anyMatch(b -> b.getType().equals("SKIPPED_CLASS_TOO_BIG"))) {
          throw new IllegalStateException("Scale" + n + " split: SpotBugs still skips a class");
        }
        progressRun(
            "Scale" + n + " split",
            round,
            config,
            result.wallNanos(),
            result.cpuNanos(),
            "UMW findings " + result.ours().size());
        cpu.computeIfAbsent(config, k -> new ArrayList<>()).add(result.cpuNanos());
      }
    }
    return Stats.median(cpu.get(SpotBugsRun.Config.DEFAULT_WITH_PLUGIN))
        - Stats.median(cpu.get(SpotBugsRun.Config.DEFAULT));
  }

  private static void compileClasses(Path file, Path classes) {
    compileClasses(List.of(file), classes);
  }

  private static void compileClasses(List<Path> files, Path classes) {
    javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-g", "-proc:none"));
    files.forEach(f -> args.add(f.toString()));
    int status = javac.run(null, null, null, args.toArray(new String[0]));
    if (status != 0) {
      throw new IllegalStateException("cannot compile " + files);
    }
  }

  // ---------------------------------------------------------------- runtime oracle

  private void oracle() throws IOException {
    int classes = option("oracle", 2000);
    int sequences = option("oracle-sequences", 500);
    Path out = Path.of(options.getOrDefault("oracle-out", "target/oracle"));
    List<Oracle.Result> results = new ArrayList<>();
    StringBuilder details = new StringBuilder();
    for (String seed : options.getOrDefault("oracle-seeds", "1,2,3").split(",")) {
      progress(
          "oracle seed " + seed + ": " + classes + " classes, " + sequences + " sequences each");
      Oracle.Result result = Oracle.run(Long.parseLong(seed.trim()), classes, sequences, out);
      results.add(result);
      details.append(Oracle.details(result, null));
    }
    Path detailsFile = out.resolve("details.txt");
    Files.writeString(detailsFile, details.toString(), StandardCharsets.UTF_8);
    line("## Runtime oracle");
    line("");
    line(
        "Generated classes driven by random call sequences (see BENCHMARKS.md); each engine at its"
            + " lowest threshold against the sites that threw. Misses and false findings, by"
            + " category, in "
            + detailsFile.toAbsolutePath()
            + ".");
    line(Oracle.table(results));
    List<String> problems = new ArrayList<>();
    results.forEach(r -> problems.addAll(r.problems()));
    if (!problems.isEmpty()) {
      line("Problems: " + problems);
    }
    line("");
  }

  // ---------------------------------------------------------------- helpers

  private static <T> long medianOf(List<T> results, Function<T, Long> value) {
    return Stats.median(results.stream().map(value).collect(Collectors.toList()));
  }

  private static String cell(long wall, long cpu) {
    return Stats.seconds(wall) + " (" + String.format("%.2f", cpu / 1e9) + ")";
  }

  private static String pair(String wall, String cpu) {
    return wall + " (" + cpu + ")";
  }

  private static int classCount(Path jar) {
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
      return (int)
          zip.stream()
              .filter(e -> e.getName().endsWith(".class") && !e.getName().startsWith("META-INF/"))
              .count();
    } catch (IOException e) {
      return -1;
    }
  }

  private static String afterGc(HeapWatch.Peak peak) {
    return peak.liveAfterGc() == 0
        ? ", no collection during the run"
        : ", largest heap after a GC " + Stats.mib(peak.liveAfterGc());
  }

  private static String spotBugsVersion() {
    return edu.umd.cs.findbugs.Version.VERSION_STRING;
  }

  private static String loadAverage() {
    return String.format(
        "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private void line(String text) {
    out.println(text);
    report.append(text).append('\n');
  }

  private static void progressRun(
      String what, int round, Object config, long wall, long cpu, String more) {
    progress(
        String.format(
            "%s round %d %-20s wall %s cpu %s %s",
            what, round, config, Stats.seconds(wall), Stats.seconds(cpu), more));
  }

  private static void progress(String text) {
    System.err.println("[bench] " + text);
  }
}
