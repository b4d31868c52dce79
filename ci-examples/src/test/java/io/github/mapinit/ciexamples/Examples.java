package io.github.mapinit.ciexamples;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The example projects and a way to run them as a user would: a fresh copy in target/it, the
 * Makefile's targets or Maven, with this reactor's artifacts from target/it-repo (a throwaway local
 * repository that invoker:install fills) and everything else from the regular local repository or
 * Maven Central.
 */
final class Examples {

  /** How long one make or Maven run of an example may take before the test fails. */
  private static final long TIMEOUT_SECONDS = 300;

  static final Path DIR = Path.of(required("ci.examples.dir"));
  private static final Path WORK = Path.of(required("ci.examples.work"));

  /** The throwaway local repository that holds this reactor's artifacts. */
  static final Path IT_REPO = Path.of(required("ci.examples.itRepo"));

  private static final Path MAVEN_HOME = Path.of(required("ci.examples.mavenHome"));

  /** This reactor's version: the examples use it, whatever version their pom.xml names. */
  static final String MAPINIT_VERSION = required("ci.examples.mapinitVersion");

  private Examples() {}

  /** The result of one command: its exit status and everything it printed. */
  record Run(int exitCode, String output) {}

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isEmpty()) {
      throw new IllegalStateException(property + " is not set: run these tests through Maven");
    }
    return value;
  }

  /** A fresh copy of an example (hidden files included, its target/ left out) under target/it. */
  static Path copy(String example, String as) {
    Path from = DIR.resolve(example);
    Path to = WORK.resolve(as);
    try {
      deleteRecursively(to);
      try (Stream<Path> files = Files.walk(from)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          Path relative = from.relativize(file);
          if (relative.startsWith("target")) {
            continue;
          }
          Path target = to.resolve(relative.toString());
          if (Files.isDirectory(file)) {
            Files.createDirectories(target);
          } else {
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return to;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(file);
      }
    }
  }

  /** The Maven flags that point a build at the throwaway repository and this build's mapinit. */
  static List<String> mavenArgs() {
    return List.of(
        "-B",
        "-s",
        settings().toString(),
        "-Dmaven.repo.local=" + IT_REPO,
        "-Dmapinit.version=" + MAPINIT_VERSION);
  }

  static Path mvn() {
    return MAVEN_HOME.resolve("bin/mvn");
  }

  /** The settings of the examples' builds: target/test-classes/it-settings.xml, filtered. */
  private static Path settings() {
    try {
      Path settings = Path.of(Examples.class.getResource("/it-settings.xml").toURI());
      if (Files.readString(settings).contains("@outerRepoUrl@")) {
        throw new IllegalStateException(
            settings + " is not filtered: run these tests through Maven");
      }
      return settings;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs a target of the example's Makefile, with this build's Maven and JDK. */
  static Run make(Path project, String target) {
    List<String> command = new ArrayList<>(List.of("make", "--no-print-directory", target));
    command.add("MVN=" + mvn());
    command.add("MVN_ARGS=" + String.join(" ", mavenArgs()));
    return run(project, command, project.getFileName() + "-make-" + target);
  }

  /** Runs Maven on the example with the throwaway repository, as the README's demo does. */
  static Run maven(Path project, String... args) {
    List<String> command = new ArrayList<>();
    command.add(mvn().toString());
    command.addAll(mavenArgs());
    command.addAll(Arrays.asList(args));
    return run(project, command, project.getFileName() + "-mvn");
  }

  private static Run run(Path dir, List<String> command, String logName) {
    Path log = WORK.resolve(logName + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    // The JDK that runs this build runs the example's builds too.
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("MAVEN_OPTS");
    try {
      Process process = builder.start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        fail(command + " in " + dir + " took longer than " + TIMEOUT_SECONDS + " s; see " + log);
      }
      return new Run(process.exitValue(), Files.readString(log));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The 1-based number of the only line of a file that contains the text. */
  static int lineOf(Path file, String text) {
    List<String> lines = lines(file);
    int found = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        if (found != -1) {
          throw new IllegalStateException(text + " is on more than one line of " + file);
        }
        found = i + 1;
      }
    }
    if (found == -1) {
      throw new IllegalStateException(text + " is not in " + file);
    }
    return found;
  }
}
