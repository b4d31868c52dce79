package io.github.mapinit.errorprone.dataflow;

import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Flags;
import io.github.mapinit.policy.NullCause;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The value each tracked field holds where a path starts (spec section 4): after construction,
 * after class initialisation, after an initializer method, or after another method's reset.
 */
final class EntryStates {

  private final ClassIndex index;
  private final Function<Body, BodySummary> summaries;
  private final Function<VarSymbol, Integer> declarationLine;
  private final JavacPolicy policy;
  private final Deserialisation deserialisation;
  private final Map<VarSymbol, Nullness> constructed = new HashMap<>();
  private final Map<ClassIndex.ClassInfo, StaticRun> staticRuns = new HashMap<>();
  private final Map<VarSymbol, List<Body>> initializerAssignments = new HashMap<>();
  private final Map<VarSymbol, Map<Body, Nullness>> resets = new HashMap<>();

  EntryStates(
      ClassIndex index,
      Function<Body, BodySummary> summaries,
      Function<VarSymbol, Integer> declarationLine,
      JavacPolicy policy) {
    this.index = index;
    this.summaries = summaries;
    this.declarationLine = declarationLine;
    this.policy = policy;
    this.deserialisation = new Deserialisation(summaries, policy);
  }

  /** What {@code field} holds when {@code root} starts, with the reason if it may be null. */
  Nullness atEntry(VarSymbol field, Body root) {
    ClassIndex.ClassInfo owner = index.classInfo(field.owner);
    if (owner == null) {
      return Nullness.NON_NULL;
    }
    Nullness base;
    if (assignedByInitializer(owner, field, root)) {
      base = Nullness.NON_NULL;
    } else if (field.isStatic()) {
      base =
          root.kind() == Body.Kind.METHOD
                  && root.method() != null
                  && !root.method().isStatic()
                  && root.owner() == owner.symbol
                  && allConstructorsAssign(owner, field)
              ? Nullness.NON_NULL
              : afterStaticInitialisation(owner, field);
    } else {
      base = afterConstruction(owner, field);
      if (root.kind() != Body.Kind.CONSTRUCTOR && deserialisation.leavesNull(owner, field)) {
        base =
            base.leastUpperBound(
                Nullness.nullBecause(
                    new NullCause.Deserialised(
                        declarationLine.apply(field), owner.symbol.getSimpleName().toString())));
      }
    }
    return base.leastUpperBound(resetsOutside(owner, field, root));
  }

  /**
   * Runs the static initialisers of {@code owner} in textual order from all-null static fields;
   * the uses they reach before an assignment go to {@code uses}, with the initialiser that
   * reached them.
   */
  void runStaticInitialisation(ClassIndex.ClassInfo owner, BiConsumer<Body, Use> uses) {
    staticRun(owner).uses().forEach(reached -> uses.accept(reached.getKey(), reached.getValue()));
  }

  /**
   * The first static initialiser after {@code creator} that assigns {@code field} non-null: the
   * field's own initialiser, or a static block.
   */
  Optional<Body> laterStaticAssignment(ClassIndex.ClassInfo owner, Body creator, VarSymbol field) {
    List<Body> initializers = owner.staticInitializers;
    for (Body later : initializers.subList(initializers.indexOf(creator) + 1, initializers.size())) {
      if (summaries.apply(later).assignsNonNull(field)) {
        return Optional.of(later);
      }
    }
    return Optional.empty();
  }

  private Nullness afterStaticInitialisation(ClassIndex.ClassInfo owner, VarSymbol field) {
    return concrete(staticRun(owner).store().get(Place.staticField(field)));
  }

  /** The class's static initialisation, run once: where it leaves the fields, what it reached. */
  private record StaticRun(PlaceStore store, List<Map.Entry<Body, Use>> uses) {}

  private StaticRun staticRun(ClassIndex.ClassInfo owner) {
    StaticRun run = staticRuns.get(owner);
    if (run == null) {
      run = runStatics(owner);
      staticRuns.put(owner, run);
    }
    return run;
  }

  private StaticRun runStatics(ClassIndex.ClassInfo owner) {
    PlaceStore store = new PlaceStore(place -> Nullness.NON_NULL);
    for (VarSymbol field : owner.trackedFields.keySet()) {
      if (field.isStatic()) {
        NullCause cause =
            new NullCause.StaticInitLeavesUnassigned(
                declarationLine.apply(field), owner.symbol.getSimpleName().toString());
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
    return new StaticRun(store, uses);
  }

  /** What {@code field} holds once any constructor of its class has returned. */
  private Nullness afterConstruction(ClassIndex.ClassInfo owner, VarSymbol field) {
    Nullness value = constructed.get(field);
    if (value == null) {
      value = Nullness.BOTTOM;
      for (Body constructor : owner.constructors) {
        Nullness exit = summaries.apply(constructor).exitValues().get(field);
        if (exit != null) {
          value = value.leastUpperBound(concrete(exit).mapCauses(EntryStates::returnedWithout));
        }
      }
      if (value.isBottom()) {
        value = Nullness.NON_NULL;
      }
      constructed.put(field, value);
    }
    return value;
  }

  private static NullCause returnedWithout(NullCause cause) {
    if (cause instanceof NullCause.NotYetAssignedInConstructor) {
      NullCause.NotYetAssignedInConstructor notYet = (NullCause.NotYetAssignedInConstructor) cause;
      return new NullCause.ConstructorLeavesUnassigned(
          notYet.declarationLine(), notYet.constructor(), notYet.constructorLine());
    }
    return cause;
  }

  private boolean allConstructorsAssign(ClassIndex.ClassInfo owner, VarSymbol field) {
    if (owner.constructors.isEmpty()) {
      return false;
    }
    for (Body constructor : owner.constructors) {
      if (!summaries.apply(constructor).assignsNonNull(field)) {
        return false;
      }
    }
    return true;
  }

  private boolean assignedByInitializer(ClassIndex.ClassInfo owner, VarSymbol field, Body root) {
    for (Body method : initializersAssigning(owner, field)) {
      if (method != root) {
        return true;
      }
    }
    return false;
  }

  /** The initializer methods that leave {@code field} non-null on every path. */
  private List<Body> initializersAssigning(ClassIndex.ClassInfo owner, VarSymbol field) {
    return initializerAssignments.computeIfAbsent(
        field,
        f -> {
          List<Body> assigning = new ArrayList<>();
          for (Body method : owner.methods) {
            if (method.method() != null && policy.isInitializer(method.method())) {
              if (summaries.apply(method).assignsNonNull(f)) {
                assigning.add(method);
              }
            }
          }
          return assigning;
        });
  }

  /** The nulls that other methods may leave in {@code field}: each such method may run first. */
  private Nullness resetsOutside(ClassIndex.ClassInfo owner, VarSymbol field, Body root) {
    Nullness resets = Nullness.BOTTOM;
    for (Map.Entry<Body, Nullness> reset : resetsOf(owner, field).entrySet()) {
      if (reset.getKey() != root) {
        resets = resets.leastUpperBound(reset.getValue());
      }
    }
    return resets;
  }

  /** The methods that can leave {@code field} null at their exit, with the reason. */
  private Map<Body, Nullness> resetsOf(ClassIndex.ClassInfo owner, VarSymbol field) {
    return resets.computeIfAbsent(
        field,
        f -> {
          Map<Body, Nullness> byMethod = new LinkedHashMap<>();
          for (Body body : owner.methods) {
            Nullness exit = body.assignmentsAreResets() ? summaries.apply(body).exitValues().get(f) : null;
            if (exit == null) {
              continue;
            }
            Nullness reset = Nullness.BOTTOM;
            for (NullCause cause : exit.nullCauses()) {
              if (cause instanceof NullCause.AssignedNull) {
                NullCause.AssignedNull assigned = (NullCause.AssignedNull) cause;
                reset =
                    reset.leastUpperBound(
                        Nullness.nullBecause(
                            new NullCause.ResetElsewhere(
                                assigned.assignmentLine(), body.name(), assigned.definitelyNull())));
              }
            }
            if (!reset.isBottom()) {
              byMethod.put(body, reset);
            }
          }
          return byMethod;
        });
  }

  /** The concrete part of a value stored at an exit: symbolic origins are taken as assigned. */
  private static Nullness concrete(Nullness value) {
    return value.resolve(f -> Nullness.NON_NULL, f -> Nullness.NON_NULL);
  }
}
