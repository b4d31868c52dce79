package io.github.mapinit.bench;

import com.google.errorprone.BaseErrorProneJavaCompiler;
import com.google.errorprone.ErrorProneTimings;
import com.google.errorprone.scanner.BuiltInCheckerSuppliers;
import com.google.errorprone.scanner.ScannerSupplier;
import com.sun.tools.javac.api.BasicJavacTask;
import io.github.mapinit.errorprone.UninitializedMapWrite;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaCompiler.CompilationTask;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** One in-process compilation with javax.tools, in one of the three configurations compared. */
public final class Compilation {

  /** The configurations of the table. */
  public enum Config {
    /** (1) javac alone, as a build without Error Prone runs it. */
    JAVAC("javac"),
    /** (2) Error Prone with every check disabled: the baseline the check is added to. */
    EP_NONE("EP, all checks off"),
    /**
     * (3) Error Prone with only UninitializedMapWrite. At WARNING for timing, so that a finding
     * does not stop code generation for the rest of the sources (an ERROR would, and would make (3)
     * look cheaper than it is); the analysis is the same at any severity.
     */
    EP_CHECK("EP + UninitializedMapWrite");

    final String label;

    Config(String label) {
      this.label = label;
    }
  }

  /** What one compilation took and said. */
  public record Result(
      Config config,
      long wallNanos,
      long cpuNanos,
      long checkNanos,
      List<Diagnostic<? extends JavaFileObject>> diagnostics,
      String output) {

    /** The check's reports. */
    public List<Diagnostic<? extends JavaFileObject>> findings() {
      return diagnostics.stream().filter(Compilation::isFinding).collect(Collectors.toList());
    }

    /** Every error that is not a finding: a compile error of the sources, or a crash. */
    public List<String> otherErrors() {
      List<String> errors =
          diagnostics.stream()
              .filter(d -> d.getKind() == Diagnostic.Kind.ERROR && !isFinding(d))
              .map(Compilation::describe)
              .collect(Collectors.toList());
      if (errors.isEmpty() && output.contains("Exception")) {
        errors.add(output);
      }
      return errors;
    }
  }

  /** Error Prone's built-in checks plus this project's: what a user's processor path holds. */
  private static final ScannerSupplier ALL_CHECKS =
      BuiltInCheckerSuppliers.allChecks()
          .plus(ScannerSupplier.fromBugCheckerClasses(UninitializedMapWrite.class));

  private static final String CHECK_PREFIX = "[" + "UninitializedMapWrite" + "]";

  private Compilation() {}

  static boolean isFinding(Diagnostic<? extends JavaFileObject> d) {
    return d.getMessage(Locale.ROOT).startsWith(CHECK_PREFIX);
  }

  static String describe(Diagnostic<? extends JavaFileObject> d) {
    String file = d.getSource() == null ? "?" : d.getSource().getName();
    return file + ":" + d.getLineNumber() + ": " + d.getKind() + ": " + d.getMessage(Locale.ROOT);
  }

  /**
   * Compiles {@code sources} against {@code classpath} into a fresh folder, deleted afterwards.
   * {@code checkSeverity} is the severity of UninitializedMapWrite in {@link Config#EP_CHECK}.
   */
  public static Result compile(
      Config config,
      List<Path> sources,
      List<Path> classpath,
      String checkSeverity,
      String... checkOptions) {
    JavaCompiler compiler =
        config == Config.JAVAC
            ? ToolProvider.getSystemJavaCompiler()
            : new BaseErrorProneJavaCompiler(ALL_CHECKS);
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    Path classes = null;
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      classes = Files.createTempDirectory("mapinit-bench-classes");
      List<String> args =
          new ArrayList<>(
              List.of(
                  "-d",
                  classes.toString(),
                  "-classpath",
                  classpath.stream()
                      .map(Path::toString)
                      .collect(Collectors.joining(File.pathSeparator)),
                  "-encoding",
                  "UTF-8",
                  "-proc:none",
                  "-implicit:none",
                  "-Xmaxerrs",
                  "100000",
                  "-Xmaxwarns",
                  "100000"));
      if (config != Config.JAVAC) {
        // What Error Prone's installation instructions require.
        args.addAll(
            List.of(
                "-XDcompilePolicy=simple", "--should-stop=ifError=FLOW", "-XepDisableAllChecks"));
      }
      if (config == Config.EP_CHECK) {
        args.add("-Xep:UninitializedMapWrite:" + checkSeverity);
        args.addAll(List.of(checkOptions));
      }
      CompilationTask task =
          compiler.getTask(
              output, files, diagnostics, args, null, files.getJavaFileObjectsFromPaths(sources));
      // javac drops the task's context when the task ends: take Error Prone's timings first.
      ErrorProneTimings timings =
          config == Config.JAVAC
              ? null
              : ErrorProneTimings.instance(((BasicJavacTask) task).getContext());
      long cpu0 = Threads.cpuNanos();
      long start = System.nanoTime();
      task.call();
      long wall = System.nanoTime() - start;
      long cpu = Threads.cpuNanos() - cpu0;
      long check = 0;
      if (timings != null) {
        Duration own = timings.timings().get("UninitializedMapWrite");
        check = own == null ? 0 : own.toNanos();
      }
      return new Result(config, wall, cpu, check, diagnostics.getDiagnostics(), output.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (classes != null) {
        deleteTree(classes);
      }
    }
  }

  public static void deleteTree(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
