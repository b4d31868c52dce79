package io.github.mapinit.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs one configuration repeatedly, for a profiler: {@code ProfileTarget
 * <lib-name|scale:N|dir:PATH> <EP_NONE|EP_CHECK|DEFAULT|DEFAULT_WITH_PLUGIN|PLUGIN_ONLY> <repeat>}.
 * For example, under JFR: {@code java -XX:StartFlightRecording=filename=check.jfr,settings=profile
 * ... ProfileTarget scale:1000 EP_CHECK 3}, then {@code jfr print --events jdk.ExecutionSample
 * check.jfr}.
 */
public final class ProfileTarget {

  private ProfileTarget() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("io.github.mapinit.failOnInternalError", "true");
    String target = args[0];
    String config = args[1];
    int repeat = Integer.parseInt(args[2]);
    List<Path> sources;
    List<Path> classpath;
    List<Path> binaries;
    if (target.startsWith("scale:")) {
      int n = Integer.parseInt(target.substring("scale:".length()));
      Path root = Files.createTempDirectory("mapinit-profile");
      sources = List.of(ScaleCorpus.write(root.resolve("src"), n));
      Path classes = Files.createDirectories(root.resolve("classes"));
      if (javax.tools.ToolProvider.getSystemJavaCompiler()
              .run(null, null, null, "-d", classes.toString(), "-g", sources.get(0).toString())
          != 0) {
        throw new IllegalStateException("cannot compile " + sources);
      }
      classpath = List.of();
      binaries = List.of(classes);
    } else if (target.startsWith("dir:")) {
      Path root = Files.createTempDirectory("mapinit-profile");
      sources = Library.javaFiles(Path.of(target.substring("dir:".length())));
      Path classes = Files.createDirectories(root.resolve("classes"));
      List<String> args2 = new java.util.ArrayList<>(List.of("-d", classes.toString(), "-g"));
      sources.forEach(p -> args2.add(p.toString()));
      if (javax.tools.ToolProvider.getSystemJavaCompiler()
              .run(null, null, null, args2.toArray(new String[0]))
          != 0) {
        throw new IllegalStateException("cannot compile " + sources);
      }
      classpath = List.of();
      binaries = List.of(classes);
    } else {
      Library library =
          Library.benchmarked().stream()
              .filter(l -> l.name().equals(target))
              .findFirst()
              .orElseThrow();
      sources = library.sources();
      classpath = library.classpath();
      binaries = List.of(library.jar());
    }
    for (int i = 0; i < repeat; i++) {
      if (config.startsWith("EP") || config.equals("JAVAC")) {
        Compilation.Result r =
            Compilation.compile(Compilation.Config.valueOf(config), sources, classpath, "WARN");
        System.err.printf(
            "%s %s: wall %s cpu %s check %s findings %d%n",
            target,
            config,
            Stats.seconds(r.wallNanos()),
            Stats.seconds(r.cpuNanos()),
            Stats.seconds(r.checkNanos()),
            r.findings().size());
        r.findings().forEach(d -> System.err.println("  " + Compilation.describe(d)));
      } else {
        SpotBugsRun.Result r =
            SpotBugsRun.run(SpotBugsRun.Config.valueOf(config), binaries, classpath);
        System.err.printf(
            "%s %s: wall %s cpu %s UMW findings %d errors %s%n",
            target,
            config,
            Stats.seconds(r.wallNanos()),
            Stats.seconds(r.cpuNanos()),
            r.ours().size(),
            r.pluginErrors());
        r.ours()
            .forEach(
                b ->
                    System.err.println(
                        "  " + SpotBugsRun.location(b) + " " + b.getMessageWithoutPrefix()));
        System.err.println(
            "  bug types: "
                + r.bugs().stream()
                    .collect(
                        java.util.stream.Collectors.groupingBy(
                            b -> b.getType(),
                            java.util.TreeMap::new,
                            java.util.stream.Collectors.counting())));
      }
    }
  }
}
