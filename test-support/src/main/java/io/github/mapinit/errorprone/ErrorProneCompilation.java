package io.github.mapinit.errorprone;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import com.google.errorprone.BaseErrorProneJavaCompiler;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.scanner.ScannerSupplier;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;

/**
 * Compiles sources with only the check {@code UninitializedMapWrite} enabled and collects every
 * diagnostic: the corpus tests compare the reported lines with the markers exactly. The check is
 * loaded by name from the caller's class path (mapinit-errorprone's classes in its own tests, its
 * jar in the engine agreement test).
 */
public final class ErrorProneCompilation {

  private static final String CHECK = "io.github.mapinit.errorprone.UninitializedMapWrite";

  /** What one compilation said. */
  public record Result(
      boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, String output) {

    /** The check's own reports, in line order. */
    public List<Diagnostic<? extends JavaFileObject>> findings() {
      return diagnostics.stream()
          .filter(d -> d.getMessage(Locale.ROOT).startsWith("[UninitializedMapWrite]"))
          .collect(Collectors.toList());
    }

    /** Everything that is an error but not a finding: a crash, a bad option, a compile error. */
    public List<String> otherErrors() {
      return diagnostics.stream()
          .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
          .map(d -> d.getMessage(Locale.ROOT))
          .filter(m -> !m.startsWith("[UninitializedMapWrite]"))
          .collect(Collectors.toList());
    }
  }

  private ErrorProneCompilation() {}

  private static Class<? extends BugChecker> check() {
    try {
      return Class.forName(CHECK).asSubclass(BugChecker.class);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(CHECK + " is not on the class path", e);
    }
  }

  public static Result compile(List<Path> sources, String... extraArgs) {
    BaseErrorProneJavaCompiler compiler =
        new BaseErrorProneJavaCompiler(ScannerSupplier.fromBugCheckerClasses(check()));
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    Path classes;
    try {
      // javac needs somewhere to write class files; nothing reads them, so they go when it ends.
      classes = Files.createTempDirectory("mapinit-ep");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> args =
          new ArrayList<>(
              List.of(
                  "-d",
                  classes.toString(),
                  "-classpath",
                  System.getProperty("java.class.path"),
                  "-proc:none",
                  "-Xep:UninitializedMapWrite:ERROR"));
      args.addAll(List.of(extraArgs));
      boolean success =
          compiler
              .getTask(
                  output,
                  files,
                  diagnostics,
                  args,
                  null,
                  files.getJavaFileObjectsFromPaths(sources))
              .call();
      return new Result(success, diagnostics.getDiagnostics(), output.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(classes);
    }
  }

  private static void deleteQuietly(Path directory) {
    try {
      MoreFiles.deleteRecursively(directory, RecursiveDeleteOption.ALLOW_INSECURE);
    } catch (IOException e) {
      // A leftover temporary directory must not fail the test that compiled into it.
    }
  }
}
