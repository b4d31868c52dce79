package io.github.mapinit.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One fresh process, as a user's build pays for it: {@code javac} with Error Prone on its processor
 * path, or SpotBugs' command line. The process runs under GNU time ({@code /usr/bin/time}), which
 * reads the child's resource usage from {@code wait4}: its CPU time is the user plus system time of
 * the whole process (every thread: the compiler, the JIT compilers, the garbage collector, class
 * loading), from its start to its exit.
 */
final class ColdRun {

  /** The four processes compared: two for each engine. */
  enum Config {
    /** javac with Error Prone 2.42.0 and every check off; mapinit is not on the processor path. */
    EP_NONE("javac + EP, all off"),
    /** The same with mapinit's jar on the processor path and only UninitializedMapWrite on. */
    EP_CHECK("javac + EP + check"),
    /** SpotBugs' command line, default detectors and effort. */
    SB_DEFAULT("SpotBugs default"),
    /** The same with the mapinit plugin ({@code -pluginList}). */
    SB_PLUGIN("SpotBugs + mapinit");

    final String label;

    Config(String label) {
      this.label = label;
    }
  }

  /** What one process took, and how many mapinit findings it printed. */
  record Result(Config config, long wallNanos, long cpuNanos, long maxRssKib, int findings) {}

  static final String ERRORPRONE_PATH_PROPERTY = "io.github.mapinit.bench.errorpronePath";
  static final String SPOTBUGS_PATH_PROPERTY = "io.github.mapinit.bench.spotbugsPath";
  static final String ERRORPRONE_PLUGIN_PROPERTY = "io.github.mapinit.bench.errorpronePlugin";
  static final String SPOTBUGS_PLUGIN_PROPERTY = "io.github.mapinit.bench.spotbugsPlugin";

  /** What Error Prone's installation instructions require of javac 17's launcher. */
  private static final List<String> JAVAC_EXPORTS =
      List.of(
          "-J--add-exports=jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED",
          "-J--add-exports=jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED",
          "-J--add-exports=jdk.compiler/com.sun.tools.javac.main=ALL-UNNAMED",
          "-J--add-exports=jdk.compiler/com.sun.tools.javac.model=ALL-UNNAMED",
          "-J--add-exports=jdk.compiler/com.sun.tools.javac.parser=ALL-UNNAMED",
          "-J--add-exports=jdk.compiler/com.sun.tools.javac.processing=ALL-UNNAMED",
          "-J--add-exports=jdk.compiler/com.sun.tools.javac.tree=ALL-UNNAMED",
          "-J--add-exports=jdk.compiler/com.sun.tools.javac.util=ALL-UNNAMED",
          "-J--add-opens=jdk.compiler/com.sun.tools.javac.code=ALL-UNNAMED",
          "-J--add-opens=jdk.compiler/com.sun.tools.javac.comp=ALL-UNNAMED");

  private static final Pattern TIME_LINE =
      Pattern.compile("mapinit-time ([0-9.]+) ([0-9.]+) ([0-9.]+) ([0-9]+)");

  /** javac's closing count of errors. */
  private static final Pattern COMPILE_ERRORS = Pattern.compile("(?m)^[0-9]+ errors?$");

  private ColdRun() {}

  /**
   * Runs {@code config} over {@code library} in a fresh process, in a scratch folder under {@code
   * work}.
   */
  static Result run(Config config, Library library, Path work) {
    try {
      Path dir = Files.createTempDirectory(work, config.name().toLowerCase(java.util.Locale.ROOT));
      try {
        List<String> command =
            config == Config.EP_NONE || config == Config.EP_CHECK
                ? javac(config, library, dir)
                : spotBugs(config, library, dir);
        return measure(config, command, dir);
      } finally {
        Compilation.deleteTree(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> javac(Config config, Library library, Path dir) throws IOException {
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path sources = dir.resolve("sources.txt");
    Files.write(
        sources,
        library.sources().stream().map(p -> quoted(p.toString())).collect(Collectors.toList()),
        StandardCharsets.UTF_8);
    String processorPath = readPath(ERRORPRONE_PATH_PROPERTY);
    String plugin = "-Xplugin:ErrorProne -XepDisableAllChecks";
    if (config == Config.EP_CHECK) {
      processorPath += File.pathSeparator + property(ERRORPRONE_PLUGIN_PROPERTY);
      // WARN, as in the warm mode: a finding must not stop code generation for the rest.
      plugin += " -Xep:UninitializedMapWrite:WARN";
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "javac").toString());
    command.addAll(JAVAC_EXPORTS);
    command.addAll(
        List.of(
            "-XDcompilePolicy=simple",
            "--should-stop=ifError=FLOW",
            "-processorpath",
            processorPath,
            plugin,
            "-d",
            classes.toString(),
            "-encoding",
            "UTF-8",
            "-proc:none",
            "-implicit:none",
            "-Xmaxerrs",
            "100000",
            "-Xmaxwarns",
            "100000"));
    if (!library.classpath().isEmpty()) {
      command.add("-classpath");
      command.add(joined(library.classpath()));
    }
    command.add("@" + sources);
    return command;
  }

  private static List<String> spotBugs(Config config, Library library, Path dir) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-classpath",
            readPath(SPOTBUGS_PATH_PROPERTY),
            "edu.umd.cs.findbugs.FindBugs2",
            "-effort:default",
            "-low",
            "-xml=" + dir.resolve("bugs.xml")));
    if (config == Config.SB_PLUGIN) {
      command.add("-pluginList");
      command.add(property(SPOTBUGS_PLUGIN_PROPERTY));
    }
    if (!library.classpath().isEmpty()) {
      command.add("-auxclasspath");
      command.add(joined(library.classpath()));
    }
    command.add(library.jar().toString());
    return command;
  }

  /** GNU time, which reports the child's CPU; the shell's builtin {@code time} cannot be used. */
  private static final Path GNU_TIME = Path.of("/usr/bin/time");

  /** Fails at once, with what to install, where GNU time is missing. */
  static void requireGnuTime() {
    if (!Files.isExecutable(GNU_TIME)) {
      throw new IllegalStateException(
          "the cold mode measures each process with GNU time, and "
              + GNU_TIME
              + " is missing: install it (Debian and Ubuntu: apt-get install time) or run"
              + " without --cold");
    }
  }

  private static Result measure(Config config, List<String> command, Path dir) throws IOException {
    Path times = dir.resolve("time.txt");
    Path output = dir.resolve("output.txt");
    List<String> timed = new ArrayList<>(List.of(GNU_TIME.toString(), "-o", times.toString()));
    timed.addAll(List.of("-f", "mapinit-time %e %U %S %M"));
    timed.addAll(command);
    Process process =
        new ProcessBuilder(timed)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    int status;
    try {
      status = process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IllegalStateException("interrupted", e);
    }
    String text = Files.readString(output, StandardCharsets.UTF_8);
    Matcher time = TIME_LINE.matcher(Files.readString(times, StandardCharsets.UTF_8));
    if (status != 0 || !time.find() || text.contains("Exception in thread")) {
      throw new IllegalStateException(
          config + " exited with " + status + ": " + String.join(" ", command) + "\n" + tail(text));
    }
    int findings;
    if (config == Config.SB_DEFAULT || config == Config.SB_PLUGIN) {
      String xml = Files.readString(dir.resolve("bugs.xml"), StandardCharsets.UTF_8);
      findings = count(xml, "type=\"UMW_");
      if (xml.contains("mapinit") && xml.contains("<AnalysisError")) {
        throw new IllegalStateException(config + ": the plugin failed:\n" + tail(xml));
      }
    } else {
      findings = count(text, "[UninitializedMapWrite]");
      if (COMPILE_ERRORS.matcher(text).find()) {
        throw new IllegalStateException(config + ": compile errors:\n" + tail(text));
      }
    }
    return new Result(
        config,
        seconds(time.group(1)),
        seconds(time.group(2)) + seconds(time.group(3)),
        Long.parseLong(time.group(4)),
        findings);
  }

  private static long seconds(String value) {
    return Math.round(Double.parseDouble(value) * 1e9);
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  private static String tail(String text) {
    return text.length() <= 4000 ? text : text.substring(text.length() - 4000);
  }

  private static String quoted(String path) {
    return "\"" + path.replace("\\", "\\\\") + "\"";
  }

  private static String joined(List<Path> paths) {
    return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException("-D" + name + " is not set: run through Maven");
    }
    return value;
  }

  private static String readPath(String property) {
    try {
      return Files.readString(Path.of(property(property)), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
