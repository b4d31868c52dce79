package io.github.mapinit.errorprone;

import com.google.errorprone.VisitorState;
import com.sun.tools.javac.processing.JavacProcessingEnvironment;
import com.sun.tools.javac.util.Log;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Diagnostics that are not findings: a bad option must fail the build, whatever the severity; a
 * file the check could not analyse must be said.
 */
final class CompilationErrors {

  private CompilationErrors() {}

  static void report(VisitorState state, String message) {
    print(state, Diagnostic.Kind.ERROR, message);
  }

  static void warn(VisitorState state, String message) {
    print(state, Diagnostic.Kind.WARNING, message);
  }

  static void note(VisitorState state, String message) {
    print(state, Diagnostic.Kind.NOTE, message);
  }

  private static void print(VisitorState state, Diagnostic.Kind kind, String message) {
    // Not about the file being checked: javac would otherwise put that file's name in front.
    Log log = Log.instance(state.context);
    JavaFileObject current = log.useSource(null);
    try {
      JavacProcessingEnvironment.instance(state.context).getMessager().printMessage(kind, message);
    } finally {
      log.useSource(current);
    }
  }
}
