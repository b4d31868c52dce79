package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import io.github.mapinit.policy.NullCause;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The starts of spec section 4 where Java's initialisation order, not a missing assignment,
 * leaves a field null: static initialisation in textual order, and a superclass constructor
 * calling a method that the subclass overrides.
 */
final class OrderingHazards {

  private final ClassIndex index;
  private final EntryStates entryStates;
  private final Function<Body, BodySummary> summaries;
  private final ToIntFunction<Tree> lineOf;
  private final JavacPolicy policy;

  OrderingHazards(
      ClassIndex index,
      EntryStates entryStates,
      Function<Body, BodySummary> summaries,
      ToIntFunction<Tree> lineOf,
      JavacPolicy policy) {
    this.index = index;
    this.entryStates = entryStates;
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
   * Static initialisers run in textual order; a use they reach before the initialiser that
   * assigns the field (typically in a constructor run by an enum constant or a singleton field)
   * meets null.
   */
  private void staticInitialisationOrder(ClassIndex.ClassInfo info, List<Candidate> candidates) {
    entryStates.runStaticInitialisation(
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
                              ? orderOf(info, initializer, use.place().variable())
                              : cause);
          candidates.add(new Candidate(initializer, use, value));
        });
  }

  private NullCause orderOf(ClassIndex.ClassInfo info, Body initializer, VarSymbol field) {
    int laterLine =
        entryStates
            .laterStaticAssignment(info, initializer, field)
            .map(later -> lineOf.applyAsInt(later.tree()))
            .orElse(0);
    Tree tree = initializer.tree();
    if (tree instanceof VariableTree) {
      VarSymbol creator = ASTHelpers.getSymbol((VariableTree) tree);
      return new NullCause.StaticInitialisationOrder(
          creator.getSimpleName().toString(),
          (creator.flags() & Flags.ENUM) != 0,
          lineOf.applyAsInt(tree),
          laterLine);
    }
    return new NullCause.StaticInitialisationOrder("static {}", false, lineOf.applyAsInt(tree), laterLine);
  }

  /**
   * A superclass constructor that calls an overridable method runs the subclass's override
   * before any field of the subclass is assigned, initialisers at the declaration included.
   */
  private void superConstructorCalls(ClassIndex.ClassInfo subclass, List<Candidate> candidates) {
    for (ClassIndex.ClassInfo superclass = superclassOf(subclass.symbol);
        superclass != null;
        superclass = superclassOf(superclass.symbol)) {
      for (Body constructor : superclass.constructors) {
        for (MethodInvocationTree call : overridableCallsOnThis(constructor)) {
          MethodSymbol called = ASTHelpers.getSymbol(call);
          for (Body override : subclass.methods) {
            if (policy.overrides(override.method(), called, subclass.symbol)) {
              NullCause cause =
                  new NullCause.SuperConstructorCall(
                      constructor.name(), lineOf.applyAsInt(call), ClassIndex.signature(called));
              addUsesBeforeConstruction(subclass, override, cause, candidates);
            }
          }
        }
      }
    }
  }

  private void addUsesBeforeConstruction(
      ClassIndex.ClassInfo subclass, Body override, NullCause cause, List<Candidate> candidates) {
    Function<VarSymbol, Nullness> atEntry =
        field ->
            !field.isStatic() && subclass.trackedFields.containsKey(field)
                ? Nullness.nullBecause(cause)
                : entryStates.atEntry(field, override);
    for (Use use : summaries.apply(override).uses()) {
      Nullness value = use.value().resolve(atEntry, f -> entryStates.atEntry(f, override));
      if (value.nullCauses().contains(cause)) {
        candidates.add(new Candidate(override, use, value.mapCauses(c -> cause)));
      }
    }
  }

  private ClassIndex.ClassInfo superclassOf(ClassSymbol type) {
    Type superclass = type.getSuperclass();
    return superclass == null || superclass.tsym == null ? null : index.classInfo(superclass.tsym);
  }

  /**
   * The calls of methods a subclass can override that {@code constructor} makes on {@code this},
   * in its own code or in the private and final methods it calls, transitively.
   */
  private List<MethodInvocationTree> overridableCallsOnThis(Body constructor) {
    List<MethodInvocationTree> calls = new ArrayList<>();
    Set<Body> visited = new HashSet<>();
    Deque<Body> pending = new ArrayDeque<>(List.of(constructor));
    while (!pending.isEmpty()) {
      Body body = pending.pop();
      if (!visited.add(body)) {
        continue;
      }
      for (MethodInvocationTree call : callsOnThis(body)) {
        MethodSymbol method = ASTHelpers.getSymbol(call);
        boolean overridable =
            !method.isConstructor()
                && !method.isStatic()
                && !method.isPrivate()
                && (method.flags() & Flags.FINAL) == 0;
        Body helper = index.bodyOf(method);
        if (overridable) {
          calls.add(call);
        } else if (helper != null && helper.owner() == constructor.owner()) {
          pending.push(helper);
        }
      }
    }
    return calls;
  }

  /** The method calls in {@code body}'s own code (not its lambdas or classes) on {@code this}. */
  private static List<MethodInvocationTree> callsOnThis(Body body) {
    List<MethodInvocationTree> calls = new ArrayList<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        Tree select = call.getMethodSelect();
        boolean onThis =
            select instanceof IdentifierTree
                || (select instanceof MemberSelectTree
                    && ((MemberSelectTree) select).getExpression() instanceof IdentifierTree
                    && ((IdentifierTree) ((MemberSelectTree) select).getExpression())
                        .getName()
                        .contentEquals("this"));
        if (onThis && ASTHelpers.getSymbol(call) != null) {
          calls.add(call);
        }
        return super.visitMethodInvocation(call, null);
      }

      @Override
      public Void visitClass(ClassTree tree, Void unused) {
        return null;
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
        return null;
      }
    }.scan(body.tree(), null);
    return calls;
  }
}
