package io.github.mapinit.errorprone.dataflow;

import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tests of a local that give the same answer each time until the local is assigned, in one body's
 * dataflow: {@code key.startsWith("a")} (policy data {@code pure-tests.txt}) and {@code n < 0}
 * (policy {@code IntComparison}). Each is a flag of its own, one per local and test, which an
 * assignment of the local forgets.
 */
final class PureTestFlags {

  private final Map<VarSymbol, Map<String, VarSymbol>> byReceiver = new HashMap<>();

  /** The flag of {@code test} (a method and its constant arguments) on {@code receiver}. */
  VarSymbol flagOf(VarSymbol receiver, String test) {
    return byReceiver
        .computeIfAbsent(receiver, local -> new HashMap<>())
        .computeIfAbsent(
            test,
            call -> new VarSymbol(Flags.SYNTHETIC, receiver.name, receiver.type, receiver.owner));
  }

  /** The flags of the tests made on {@code receiver} so far. */
  Collection<VarSymbol> flagsOn(VarSymbol receiver) {
    Map<String, VarSymbol> tests = byReceiver.get(receiver);
    return tests == null ? List.of() : tests.values();
  }
}
