package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import io.github.mapinit.policy.NullCause;
import io.github.mapinit.policy.rules.ConstructorHooks;
import io.github.mapinit.policy.rules.StaticOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The starts of spec section 4 where Java's initialisation order, not a missing assignment, leaves
 * a field null: static initialisation in textual order, and a superclass constructor calling a
 * method that the subclass overrides.
 */
final class OrderingHazards {

  private final ClassIndex index;
  private final StaticInitialisation statics;
  private final EntryValues entryValues;
  private final JavacFacts facts;
  private final Function<Body, BodySummary> summaries;
  private final ToIntFunction<Tree> lineOf;
  private final JavacPolicy policy;

  OrderingHazards(
      ClassIndex index,
      StaticInitialisation statics,
      EntryValues entryValues,
      JavacFacts facts,
      Function<Body, BodySummary> summaries,
      ToIntFunction<Tree> lineOf,
      JavacPolicy policy) {
    this.index = index;
    this.statics = statics;
    this.entryValues = entryValues;
    this.facts = facts;
    this.summaries = summaries;
    this.lineOf = lineOf;
    this.policy = policy;
  }

  List<Candidate> candidates() {
    List<Candidate> candidates = new ArrayList<>();
    for (ClassIndex.ClassInfo info : index.classes()) {
      staticInitialisationOrder(info, candidates);
      superConstructorCalls(info, candidates);
    }
    return candidates;
  }

  /**
   * Static initialisers run in textual order; a use they reach before the initialiser that assigns
   * the field (typically in a constructor run by an enum constant or a singleton field) meets null.
   */
  private void staticInitialisationOrder(ClassIndex.ClassInfo info, List<Candidate> candidates) {
    statics.uses(
        info,
        (initializer, use) -> {
          if (use.value().nullCauses().isEmpty()) {
            return;
          }
          Nullness value =
              use.value()
                  .mapCauses(
                      cause ->
                          cause instanceof NullCause.StaticInitLeavesUnassigned
                              ? orderOf(
                                  info,
                                  initializer,
                                  use.place().variable(),
                                  (NullCause.StaticInitLeavesUnassigned) cause)
                              : cause);
          candidates.add(new Candidate(initializer, use, value));
        });
  }

  private NullCause orderOf(
      ClassIndex.ClassInfo info,
      Body initializer,
      VarSymbol field,
      NullCause.StaticInitLeavesUnassigned unassigned) {
    int laterLine =
        statics
            .laterAssignment(info, initializer, field)
            .map(later -> lineOf.applyAsInt(later.tree()))
            .orElse(0);
    Tree tree = initializer.tree();
    if (tree instanceof VariableTree) {
      VarSymbol creator = ASTHelpers.getSymbol((VariableTree) tree);
      return StaticOrder.causeFor(
          unassigned,
          creator.getSimpleName().toString(),
          (creator.flags() & Flags.ENUM) != 0,
          lineOf.applyAsInt(tree),
          laterLine);
    }
    return StaticOrder.causeFor(unassigned, "static {}", false, lineOf.applyAsInt(tree), laterLine);
  }

  /**
   * A superclass constructor that calls an overridable method runs the subclass's override before
   * any field of the subclass is assigned, initialisers at the declaration included.
   */
  private void superConstructorCalls(ClassIndex.ClassInfo subclass, List<Candidate> candidates) {
    // The constructed class and the classes between it and `superclass`.
    List<ClassIndex.ClassInfo> below = new ArrayList<>(List.of(subclass));
    for (ClassIndex.ClassInfo superclass = superclassOf(subclass.symbol);
        superclass != null;
        superclass = superclassOf(superclass.symbol)) {
      List<ClassIndex.ClassInfo> replacing = List.copyOf(below);
      below.add(superclass);
      ConstructorHooks.of(
              facts.withCallsOnThis(superclass),
              key -> replacedIn(replacing, facts.calledMethod(key)))
          .forEach(
              (key, cause) -> {
                MethodSymbol called = facts.calledMethod(key);
                for (Body override : subclass.methods) {
                  MethodSymbol method = Objects.requireNonNull(override.method());
                  if (policy.overrides(method, called, subclass.symbol)) {
                    addUsesBeforeConstruction(subclass, override, cause, candidates);
                  }
                }
              });
    }
  }

  private void addUsesBeforeConstruction(
      ClassIndex.ClassInfo subclass, Body override, NullCause cause, List<Candidate> candidates) {
    Function<VarSymbol, Nullness> atEntry =
        field ->
            !field.isStatic() && subclass.trackedFields.containsKey(field)
                ? Nullness.nullBecause(cause)
                : entryValues.atEntry(field, override);
    for (Use use : summaries.apply(override).uses()) {
      Nullness value = use.value().resolve(atEntry, f -> entryValues.atEntry(f, override));
      if (value.nullCauses().contains(cause)) {
        candidates.add(new Candidate(override, use, value.mapCauses(c -> cause)));
      }
    }
  }

  /** Whether one of {@code classes} declares a method that overrides {@code called}. */
  private boolean replacedIn(List<ClassIndex.ClassInfo> classes, MethodSymbol called) {
    for (ClassIndex.ClassInfo type : classes) {
      for (Body body : type.methods) {
        MethodSymbol method = body.method();
        if (method != null && policy.overrides(method, called, type.symbol)) {
          return true;
        }
      }
    }
    return false;
  }

  private ClassIndex.@Nullable ClassInfo superclassOf(ClassSymbol type) {
    Type superclass = type.getSuperclass();
    return superclass == null || superclass.tsym == null ? null : index.classInfo(superclass.tsym);
  }
}
