package io.github.mapinit.errorprone.dataflow;

import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.mapinit.policy.rules.ConstantTests;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Tests of a variable that give the same answer each time until it is assigned: {@code
 * key.startsWith("a")} (policy data {@code pure-tests.txt}), {@code n < 0} (policy {@code
 * IntComparison}) and {@code mode == Mode.INDEXED} (policy {@link ConstantTests}). Each is a flag
 * of its own, one per variable and test, which an assignment of the variable forgets. A body keeps
 * those of its locals; the compilation unit keeps those of final fields, so that a promise a
 * constructor makes about one holds in every method of the class. A flag is a synthetic variable
 * beside the tested one, named so that no real field clashes with it in a promise.
 */
final class PureTestFlags {

  private final Map<VarSymbol, Map<String, VarSymbol>> byVariable = new LinkedHashMap<>();

  /** The flag of {@code test} on {@code variable}. */
  VarSymbol flagOf(VarSymbol variable, String test) {
    return byVariable
        .computeIfAbsent(variable, tested -> new LinkedHashMap<>())
        .computeIfAbsent(
            test,
            name ->
                new VarSymbol(
                    // A static state field's tests are static flags (policy StaticPromises),
                    // which speak of the class's state; a shared instance's (`this == EMPTY`)
                    // speak of the object, as an instance field's do.
                    Flags.SYNTHETIC
                        | (variable.isStatic() && (variable.flags() & Flags.FINAL) == 0
                            ? Flags.STATIC
                            : Flags.FINAL),
                    variable.name.table.fromString(
                        ConstantTests.flagName(variable.getSimpleName().toString(), name)),
                    variable.type,
                    variable.owner));
  }

  /** The variable and test whose flag {@code flag} is, or null for another flag. */
  Map.@Nullable Entry<VarSymbol, String> testOf(VarSymbol flag) {
    for (Map.Entry<VarSymbol, Map<String, VarSymbol>> tested : byVariable.entrySet()) {
      for (Map.Entry<String, VarSymbol> test : tested.getValue().entrySet()) {
        if (test.getValue() == flag) {
          return Map.entry(tested.getKey(), test.getKey());
        }
      }
    }
    return null;
  }

  /** The variables whose tests are among {@code flags}. */
  Set<VarSymbol> variablesTestedBy(Collection<? extends Symbol> flags) {
    Set<VarSymbol> tested = new LinkedHashSet<>();
    byVariable.forEach(
        (variable, tests) -> {
          if (tests.values().stream().anyMatch(flags::contains)) {
            tested.add(variable);
          }
        });
    return tested;
  }

  /** The flags of the tests of {@code variable} made so far, by test. */
  Map<String, VarSymbol> flagsOn(VarSymbol variable) {
    return byVariable.getOrDefault(variable, Map.of());
  }
}
