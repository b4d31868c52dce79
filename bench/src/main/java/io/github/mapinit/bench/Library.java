package io.github.mapinit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One real library as the build laid it out under {@code target/libs/<name>} (or {@code
 * target/corpus/<name>}): {@code src/} its unpacked {@code -sources} jar, {@code bin/} its binary
 * jar, {@code cp/} the jars its sources need to compile.
 */
record Library(String name, List<Path> sources, Path jar, List<Path> classpath) {

  /** The system property naming the folder that the build unpacks the fast subset into. */
  static final String LIBS_DIR_PROPERTY = "io.github.mapinit.bench.libs";

  /** The system property naming the folder of the rest of the corpus ({@code -Pcorpus}). */
  static final String CORPUS_DIR_PROPERTY = "io.github.mapinit.bench.corpus";

  /**
   * Libraries whose sources the corpus run does not compile with the Error Prone check, and why;
   * SpotBugs still analyses their jars.
   */
  private static final Map<String, String> NOT_COMPILED =
      Map.of(
          "hibernate-core",
          "its sources need about twenty optional dependencies (Oracle and PostgreSQL drivers, CDI,"
              + " Bean Validation, Jackson XML, Ant, checker-qual, JBoss Logging's annotations) and"
              + " are 680,000 lines, as much as the rest of the corpus");

  /** The fast subset, in name order, from {@code -Dio.github.mapinit.bench.libs}. */
  static List<Library> all() {
    return all(Path.of(property(LIBS_DIR_PROPERTY)));
  }

  /** The whole corpus: the fast subset and the libraries under {@code -Dio...bench.corpus}. */
  static List<Library> corpus() {
    List<Library> libraries = new ArrayList<>(all());
    libraries.addAll(all(Path.of(property(CORPUS_DIR_PROPERTY))));
    libraries.sort(Comparator.comparing(Library::name));
    return libraries;
  }

  private static String property(String name) {
    String dir = System.getProperty(name);
    if (dir == null) {
      throw new IllegalStateException(
          "-D" + name + " is not set: run through Maven (see BENCHMARKS.md)");
    }
    return dir;
  }

  /** Why the Error Prone check does not compile this library's sources, or empty if it does. */
  Optional<String> notCompiledBecause() {
    return Optional.ofNullable(NOT_COMPILED.get(name));
  }

  /** The version, from the binary jar's name ({@code <name>-<version>.jar}). */
  String version() {
    String file = jar.getFileName().toString();
    return file.startsWith(name + "-") && file.endsWith(".jar")
        ? file.substring(name.length() + 1, file.length() - ".jar".length())
        : file;
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
    return countLines(line -> true);
  }

  /** Lines of Java source that are not blank: the corpus's size. */
  long nonBlankLines() {
    return countLines(line -> !line.isBlank());
  }

  private long countLines(Predicate<String> counted) {
    long total = 0;
    for (Path file : sources) {
      try (Stream<String> lines = Files.lines(file, StandardCharsets.ISO_8859_1)) {
        total += lines.filter(counted).count();
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
