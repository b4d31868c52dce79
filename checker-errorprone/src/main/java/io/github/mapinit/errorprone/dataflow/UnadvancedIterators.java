package io.github.mapinit.errorprone.dataflow;

import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Policy {@code NonEmptyCollections} in one body's dataflow: the iterator that a loop takes from a
 * collection made with an element has a next element until something advances it. Each such
 * iterator variable gets a flag of its own, true from {@code iterator()} to the first {@code
 * next()}, so that where {@code hasNext()} is false the flag is too: the path that skips the loop's
 * body on its first test does not exist, and the flag's false value keeps what the body left.
 */
final class UnadvancedIterators {

  private final Map<VarSymbol, VarSymbol> flags = new LinkedHashMap<>();

  /** The flag of {@code iterator}, made the first time it holds such an iterator. */
  VarSymbol flagOf(VarSymbol iterator) {
    // A symbol of its own, not the variable's: a reference variable is already a flag, true where
    // it holds an object.
    return flags.computeIfAbsent(
        iterator,
        variable -> new VarSymbol(Flags.SYNTHETIC, variable.name, variable.type, variable.owner));
  }

  /** The flag of {@code variable}, if it has ever held such an iterator. */
  @Nullable VarSymbol existingFlagOf(VarSymbol variable) {
    return flags.get(variable);
  }
}
