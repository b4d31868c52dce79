package io.github.mapinit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One real library as the build laid it out under {@code target/libs/<name>}: {@code src/} its
 * unpacked {@code -sources} jar, {@code bin/} its binary jar, {@code cp/} the jars its sources need
 * to compile.
 */
record Library(String name, List<Path> sources, Path jar, List<Path> classpath) {

  /** The system property naming the folder that the build unpacks the libraries into. */
  static final String LIBS_DIR_PROPERTY = "io.github.mapinit.bench.libs";

  /** The libraries, in name order, from {@code -Dmapinit.bench.libs}. */
  static List<Library> all() {
    String dir = System.getProperty(LIBS_DIR_PROPERTY);
    if (dir == null) {
      throw new IllegalStateException(
          "-D" + LIBS_DIR_PROPERTY + " is not set: run through Maven (see BENCHMARKS.md)");
    }
    return all(Path.of(dir));
  }

  /** The system property naming the folder of the libraries that only the benchmark uses. */
  static final String EXTRA_LIBS_DIR_PROPERTY = "io.github.mapinit.bench.extraLibs";

  /**
   * The benchmark's libraries: {@link #all()} and, when {@code -Dmapinit.bench.extraLibs} is set,
   * those under it (not part of the robustness test, whose findings list covers the first ones).
   */
  static List<Library> benchmarked() {
    List<Library> libraries = new ArrayList<>(all());
    String extra = System.getProperty(EXTRA_LIBS_DIR_PROPERTY);
    if (extra != null) {
      libraries.addAll(all(Path.of(extra)));
    }
    return libraries;
  }

  static List<Library> all(Path libsDir) {
    List<Library> libraries = new ArrayList<>();
    for (Path dir : list(libsDir)) {
      if (!Files.isDirectory(dir.resolve("src"))) {
        continue;
      }
      List<Path> jars = list(dir.resolve("bin"));
      if (jars.size() != 1) {
        throw new IllegalStateException(
            "expected one binary jar in " + dir.resolve("bin") + ": " + jars);
      }
      libraries.add(
          new Library(
              dir.getFileName().toString(),
              javaFiles(dir.resolve("src")),
              jars.get(0),
              list(dir.resolve("cp"))));
    }
    if (libraries.isEmpty()) {
      throw new IllegalStateException(
          "no library under " + libsDir + ": run the build's generate-resources phase first");
    }
    return libraries;
  }

  /** The folder that the source paths are relative to in reports. */
  Path sourceRoot() {
    Path first = sources.get(0);
    while (first.getParent() != null && !first.getFileName().toString().equals("src")) {
      first = first.getParent();
    }
    return first;
  }

  /** Lines of Java source, for the table. */
  long lines() {
    long total = 0;
    for (Path file : sources) {
      try (Stream<String> lines = Files.lines(file)) {
        total += lines.count();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return total;
  }

  private static List<Path> list(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> javaFiles(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(
              f ->
                  f.toString().endsWith(".java")
                      && !f.getFileName().toString().equals("module-info.java"))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
