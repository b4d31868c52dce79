package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import io.github.mapinit.policy.NullCause;
import io.github.mapinit.policy.facts.BodyFacts;
import io.github.mapinit.policy.facts.BodyKind;
import io.github.mapinit.policy.facts.ClassFacts;
import io.github.mapinit.policy.facts.FieldExit;
import io.github.mapinit.policy.facts.FieldFacts;
import io.github.mapinit.policy.facts.ThisCall;
import io.github.mapinit.policy.rules.CorrelatedResets;
import io.github.mapinit.policy.rules.WithdrawnCallbacks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import javax.lang.model.element.ElementKind;
import org.jspecify.annotations.Nullable;

/**
 * The engine-neutral facts of each class of the compilation unit, read from javac's symbols and the
 * body summaries, for the rules of the policy to decide from.
 */
final class JavacFacts {

  /** The key of the class's static initialisation, which javac splits over several initialisers. */
  private static final String CLASS_INITIALISATION = "<clinit>";

  private final Function<Body, BodySummary> summaries;
  private final StaticInitialisation statics;
  private final JavacPolicy policy;
  private final ToIntFunction<Tree> lineOf;
  private final ToIntFunction<VarSymbol> declarationLine;
  private final Predicate<VarSymbol> nullChecked;
  private final Predicate<VarSymbol> completedByNestedCode;
  private final Function<VarSymbol, String> stateGate;
  private final Map<ClassIndex.ClassInfo, ClassFacts> facts = new LinkedHashMap<>();
  private final Map<ClassIndex.ClassInfo, ClassFacts> factsWithCalls = new LinkedHashMap<>();
  private final Map<String, MethodSymbol> calledMethods = new LinkedHashMap<>();

  private final Function<VarSymbol, List<NullCause.ResetElsewhere>> resetsOnOtherObjects;
  private final Map<VarSymbol, List<NullCause>> constructedWithNull;

  JavacFacts(
      Function<Body, BodySummary> summaries,
      StaticInitialisation statics,
      JavacPolicy policy,
      ToIntFunction<Tree> lineOf,
      ToIntFunction<VarSymbol> declarationLine,
      Predicate<VarSymbol> nullChecked,
      Predicate<VarSymbol> completedByNestedCode,
      Function<VarSymbol, String> stateGate,
      Function<VarSymbol, List<NullCause.ResetElsewhere>> resetsOnOtherObjects,
      Map<VarSymbol, List<NullCause>> constructedWithNull) {
    this.resetsOnOtherObjects = resetsOnOtherObjects;
    this.constructedWithNull = constructedWithNull;
    this.summaries = summaries;
    this.statics = statics;
    this.policy = policy;
    this.lineOf = lineOf;
    this.declarationLine = declarationLine;
    this.nullChecked = nullChecked;
    this.completedByNestedCode = completedByNestedCode;
    this.stateGate = stateGate;
  }

  /** The facts of {@code info}, without the calls on {@code this}. */
  ClassFacts of(ClassIndex.ClassInfo info) {
    return facts.computeIfAbsent(info, i -> build(i, false));
  }

  /**
   * The facts of {@code info} with each body's calls on {@code this}, for the constructor hooks.
   */
  ClassFacts withCallsOnThis(ClassIndex.ClassInfo info) {
    return factsWithCalls.computeIfAbsent(info, i -> build(i, true));
  }

  /** The facts of one tracked field of {@code info}. */
  FieldFacts field(ClassIndex.ClassInfo info, VarSymbol field) {
    return of(info).field(key(field)).orElseThrow();
  }

  /** The facts of {@code root} when it is a method or constructor of {@code info}, else null. */
  @Nullable BodyFacts body(ClassIndex.ClassInfo info, Body root) {
    if (root.method() == null || root.owner() != info.symbol) {
      return null;
    }
    return of(info).body(key(root.method())).orElse(null);
  }

  /** The method that a {@link ThisCall#targetKey()} of {@link #withCallsOnThis} names. */
  MethodSymbol calledMethod(String key) {
    return Objects.requireNonNull(calledMethods.get(key), key);
  }

  static String key(VarSymbol field) {
    return field.getSimpleName().toString();
  }

  static String key(MethodSymbol method) {
    return method.toString();
  }

  private ClassFacts build(ClassIndex.ClassInfo info, boolean withCalls) {
    ClassSymbol type = info.symbol;
    List<FieldFacts> fields = new ArrayList<>();
    info.trackedFields.forEach(
        (field, declaration) ->
            fields.add(
                new FieldFacts(
                    key(field),
                    field.getSimpleName().toString(),
                    policy.erasedName(field.type),
                    field.isStatic(),
                    (field.flags() & Flags.FINAL) != 0,
                    (field.flags() & Flags.TRANSIENT) != 0,
                    declarationLine.applyAsInt(field),
                    declaration.getInitializer() != null,
                    false,
                    policy.mayBeAssignedInOtherFiles(field),
                    completedByNestedCode.test(field),
                    nullChecked.test(field),
                    stateGate.apply(field),
                    resetsOnOtherObjects.apply(field),
                    constructedWithNull.getOrDefault(field, List.of()))));
    List<BodyFacts> bodies = new ArrayList<>();
    for (Body body : info.constructors) {
      bodies.add(bodyFacts(body, info, withCalls));
    }
    for (Body body : info.methods) {
      bodies.add(bodyFacts(body, info, withCalls));
    }
    bodies.add(classInitialisation(info));
    return new ClassFacts(
        type.getSimpleName().toString(),
        (type.flags() & Flags.ABSTRACT) != 0,
        (type.flags() & Flags.FINAL) != 0,
        type.getKind() == ElementKind.ENUM,
        type.getKind() == ElementKind.RECORD,
        policy.isSerializable(type),
        policy.isExternalizable(type),
        fields,
        bodies);
  }

  private BodyFacts bodyFacts(Body body, ClassIndex.ClassInfo info, boolean withCalls) {
    MethodSymbol method =
        Objects.requireNonNull(body.method(), "constructors and methods have one");
    BodySummary summary = summaries.apply(body);
    Map<String, FieldExit> exits = new LinkedHashMap<>();
    for (VarSymbol field : info.trackedFields.keySet()) {
      Nullness exit = summary.exitValues().get(field);
      // A constructor starts with its object's fields null, so its exit says all; elsewhere a
      // field only dereferenced is non-null at the exit without being assigned.
      boolean assignedHere =
          (body.kind() == Body.Kind.CONSTRUCTOR && !field.isStatic())
              || summary.assignedFields().contains(field);
      if (exit != null && assignedHere) {
        exits.put(key(field), exitOf(field, exit, summary.throwExitValues().get(field)));
      } else if (summary.assignedFields().contains(field)) {
        exits.put(key(field), exitOf(field, Nullness.BOTTOM, summary.throwExitValues().get(field)));
      }
    }
    return new BodyFacts(
        key(method),
        method.isConstructor()
            ? info.symbol.getSimpleName().toString()
            : method.getSimpleName().toString(),
        body.name(),
        body.kind() == Body.Kind.CONSTRUCTOR ? BodyKind.CONSTRUCTOR : BodyKind.METHOD,
        lineOf.applyAsInt(body.tree()),
        method.getParameters().size(),
        (method.flags() & Flags.PUBLIC) != 0,
        method.isPrivate(),
        method.isStatic(),
        (method.flags() & Flags.FINAL) != 0,
        policy.isInitializer(method),
        policy.overridesSupertype(method),
        policy.isForTesting(method),
        summary.returnsNormally(),
        exits,
        withCalls ? callsOnThis(body) : List.of(),
        copiedOnly(body, info),
        NullTolerantSetters.skipsNullArgument(body.tree()),
        WithdrawnCallbacks.asksAbout(exits) || CorrelatedResets.asksAbout(exits)
            ? fieldNames(FieldAssignments.in(body.tree(), info.symbol).onOwnObject())
            : Set.of(),
        WithdrawnCallbacks.asksAbout(exits) || CorrelatedResets.asksAbout(exits)
            ? CallbackHolders.fieldsCalled(body.tree(), info.symbol)
            : Set.of());
  }

  private static Set<String> fieldNames(Set<Symbol> fields) {
    Set<String> names = new LinkedHashSet<>();
    for (Symbol field : fields) {
      names.add(field.getSimpleName().toString());
    }
    return names;
  }

  /** The tracked fields the body assigns only with another instance's value of them. */
  private static Set<String> copiedOnly(Body body, ClassIndex.ClassInfo info) {
    Set<String> keys = new LinkedHashSet<>();
    for (Symbol field : FieldAssignments.in(body.tree(), info.symbol).onlyCopiedOnOwnObject()) {
      if (field instanceof VarSymbol variable && info.trackedFields.containsKey(variable)) {
        keys.add(key(variable));
      }
    }
    return keys;
  }

  private BodyFacts classInitialisation(ClassIndex.ClassInfo info) {
    Map<String, FieldExit> exits = new LinkedHashMap<>();
    for (VarSymbol field : info.trackedFields.keySet()) {
      if (field.isStatic()) {
        exits.put(key(field), exitOf(field, statics.exitValue(info, field), null));
      }
    }
    return new BodyFacts(
        CLASS_INITIALISATION,
        CLASS_INITIALISATION,
        "the static initialisation of " + info.symbol.getSimpleName(),
        BodyKind.STATIC_INITIALIZER,
        0,
        0,
        false,
        false,
        true,
        false,
        false,
        false,
        false,
        true,
        exits,
        List.of(),
        Set.of(),
        false,
        Set.of(),
        Set.of());
  }

  /**
   * A field's value at a body's exit, relative to the entry: the start's own null (a constructor's
   * or the class initialisation's) and the field's own entry value mean it is unchanged; other
   * symbolic origins (another field, another object's) are values the body assigned.
   */
  private static FieldExit exitOf(VarSymbol field, Nullness exit, @Nullable Nullness thrownOut) {
    boolean unchanged = exit.entries().contains(field);
    List<NullCause> assignedNulls = new ArrayList<>();
    for (NullCause cause : exit.nullCauses()) {
      if (cause instanceof NullCause.NotYetAssignedInConstructor
          || cause instanceof NullCause.StaticInitLeavesUnassigned) {
        unchanged = true;
      } else {
        assignedNulls.add(cause);
      }
    }
    boolean nonNull =
        exit.mayHoldNonNull()
            || !exit.afterConstruction().isEmpty()
            || exit.entries().stream().anyMatch(other -> !other.equals(field));
    List<NullCause> nullsLeftByThrow = new ArrayList<>();
    if (thrownOut != null) {
      for (NullCause cause : thrownOut.nullCauses()) {
        if (cause instanceof NullCause.AssignedNull) {
          nullsLeftByThrow.add(cause);
        }
      }
    }
    return new FieldExit(unchanged, nonNull, assignedNulls, nullsLeftByThrow);
  }

  /**
   * The method calls in {@code body}'s own code (not its classes, nor its lambdas but those that a
   * call runs at once) on {@code this}; a method reference on {@code this} that a call runs at once
   * ({@code initial.forEach(this::add)}) counts as a call of its method there.
   */
  private List<ThisCall> callsOnThis(Body body) {
    List<ThisCall> calls = new ArrayList<>();
    new SameCodeScanner() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        MethodSymbol method = ASTHelpers.getSymbol(call);
        if (isOnThis(call.getMethodSelect()) && method != null) {
          add(method, call);
        }
        Type receiver = ASTHelpers.getReceiverType(call);
        if (method != null
            && receiver != null
            && policy.runsCallbacksAtOnce(receiver, method.getSimpleName().toString())) {
          for (ExpressionTree argument : call.getArguments()) {
            if (argument instanceof MemberReferenceTree reference
                && reference.getQualifierExpression() instanceof IdentifierTree qualifier
                && qualifier.getName().contentEquals("this")
                && reference.getMode() == MemberReferenceTree.ReferenceMode.INVOKE
                && ASTHelpers.getSymbol(reference) != null) {
              add(ASTHelpers.getSymbol(reference), reference);
            } else if (argument instanceof LambdaExpressionTree lambda) {
              // Run here, before the call returns: its calls on this are the body's own.
              scan(lambda.getBody(), null);
            }
          }
        }
        return super.visitMethodInvocation(call, null);
      }

      private void add(MethodSymbol method, Tree at) {
        calledMethods.put(key(method), method);
        calls.add(
            new ThisCall(
                key(method),
                ClassIndex.signature(method),
                lineOf.applyAsInt(at),
                JavacPolicy.isOverridable(method)));
      }
    }.scan(body.tree(), null);
    return calls;
  }

  /**
   * Whether a call's method select names a method of {@code this}: {@code m()}, {@code this.m()}.
   */
  /** {@code f} or {@code this.f}, an instance field of {@code owner}; null for anything else. */
  static @Nullable VarSymbol ownInstanceField(@Nullable Tree tree, Symbol owner) {
    return tree != null
            && isOnThis(tree)
            && ASTHelpers.getSymbol(tree) instanceof VarSymbol field
            && field.getKind() == ElementKind.FIELD
            && !field.isStatic()
            && field.owner == owner
        ? field
        : null;
  }

  static boolean isOnThis(Tree select) {
    return select instanceof IdentifierTree
        || (select instanceof MemberSelectTree
            && ((MemberSelectTree) select).getExpression() instanceof IdentifierTree
            && ((IdentifierTree) ((MemberSelectTree) select).getExpression())
                .getName()
                .contentEquals("this"));
  }
}
