package io.github.mapinit.errorprone.dataflow;

import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.mapinit.policy.NullCause;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * A class's static initialisation as javac compiles it: its static initialisers run once, in
 * textual order, from all-null static fields (spec section 4, "class initialisation").
 */
final class StaticInitialisation {

  /** Where the run leaves the fields, and the uses it reached with the initialiser that did. */
  private record Run(PlaceStore store, List<Map.Entry<Body, Use>> uses) {}

  private final Function<Body, BodySummary> summaries;
  private final ToIntFunction<VarSymbol> declarationLine;
  private final Map<ClassIndex.ClassInfo, Run> runs = new LinkedHashMap<>();

  StaticInitialisation(
      Function<Body, BodySummary> summaries, ToIntFunction<VarSymbol> declarationLine) {
    this.summaries = summaries;
    this.declarationLine = declarationLine;
  }

  /** What {@code field} holds once the static initialisation of {@code owner} has run. */
  Nullness exitValue(ClassIndex.ClassInfo owner, VarSymbol field) {
    return run(owner).store().get(Place.staticField(field));
  }

  /** The uses the run reaches before an assignment, each with the initialiser that reached it. */
  void uses(ClassIndex.ClassInfo owner, BiConsumer<Body, Use> uses) {
    run(owner).uses().forEach(reached -> uses.accept(reached.getKey(), reached.getValue()));
  }

  /**
   * The first static initialiser after {@code creator} that assigns {@code field} non-null: the
   * field's own initialiser, or a static block.
   */
  Optional<Body> laterAssignment(ClassIndex.ClassInfo owner, Body creator, VarSymbol field) {
    List<Body> initializers = owner.staticInitializers;
    for (Body later :
        initializers.subList(initializers.indexOf(creator) + 1, initializers.size())) {
      if (summaries.apply(later).assignsNonNull(field)) {
        return Optional.of(later);
      }
    }
    return Optional.empty();
  }

  private Run run(ClassIndex.ClassInfo owner) {
    Run run = runs.get(owner);
    if (run == null) {
      run = runFromScratch(owner);
      runs.put(owner, run);
    }
    return run;
  }

  private Run runFromScratch(ClassIndex.ClassInfo owner) {
    PlaceStore store = new PlaceStore(place -> Nullness.NON_NULL);
    for (VarSymbol field : owner.trackedFields.keySet()) {
      if (field.isStatic()) {
        NullCause cause =
            new NullCause.StaticInitLeavesUnassigned(
                declarationLine.applyAsInt(field), owner.symbol.getSimpleName().toString());
        store = store.assign(Place.staticField(field), Nullness.nullBecause(cause));
      }
    }
    List<Map.Entry<Body, Use>> uses = new ArrayList<>();
    for (Body initializer : owner.staticInitializers) {
      store =
          Summaries.apply(
              store,
              summaries.apply(initializer),
              Optional.empty(),
              use -> uses.add(Map.entry(initializer, use)));
    }
    return new Run(store, uses);
  }
}
