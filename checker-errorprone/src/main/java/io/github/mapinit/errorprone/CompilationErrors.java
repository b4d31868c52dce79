package io.github.mapinit.errorprone;

import com.google.errorprone.VisitorState;
import com.sun.tools.javac.processing.JavacProcessingEnvironment;
import javax.tools.Diagnostic;

/** Errors that are not findings: a bad option must fail the build, whatever the severity. */
final class CompilationErrors {

  private CompilationErrors() {}

  static void report(VisitorState state, String message) {
    JavacProcessingEnvironment.instance(state.context)
        .getMessager()
        .printMessage(Diagnostic.Kind.ERROR, message);
  }
}
