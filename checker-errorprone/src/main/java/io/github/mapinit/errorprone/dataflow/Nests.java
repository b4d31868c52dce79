package io.github.mapinit.errorprone.dataflow;

import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import org.jspecify.annotations.Nullable;

/**
 * The outermost class around a symbol, read without {@link Symbol#outermostClass()}: javac's own
 * walk casts every owner to a class and fails on a symbol that no class owns, such as the {@code
 * clone()} of an array, whose owner javac makes up.
 */
final class Nests {

  private Nests() {}

  /** The outermost class that encloses {@code symbol} (itself if it is one), or null if none. */
  static @Nullable ClassSymbol outermostClass(@Nullable Symbol symbol) {
    ClassSymbol outermost = null;
    for (Symbol current = symbol; current != null; current = current.owner) {
      if (current instanceof ClassSymbol type) {
        outermost = type;
      }
      if (current.owner == current) {
        break;
      }
    }
    return outermost;
  }

  /** Whether both symbols lie in the same outermost class. */
  static boolean sameNest(@Nullable Symbol one, @Nullable Symbol other) {
    ClassSymbol outermost = outermostClass(one);
    return outermost != null && outermost == outermostClass(other);
  }
}
