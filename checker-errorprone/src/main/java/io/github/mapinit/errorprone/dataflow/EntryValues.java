package io.github.mapinit.errorprone.dataflow;

import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.mapinit.policy.NullCause;
import io.github.mapinit.policy.facts.BodyFacts;
import io.github.mapinit.policy.rules.EntryStates;
import io.github.mapinit.policy.rules.Hooks;
import io.github.mapinit.policy.rules.RegisteredCallbacks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** The policy's entry states (spec section 4) as dataflow values of this engine. */
final class EntryValues {

  private final ClassIndex index;
  private final JavacFacts facts;
  private final JavacPolicy policy;
  private final Map<VarSymbol, EntryStates.OfField> prepared = new LinkedHashMap<>();

  EntryValues(ClassIndex index, JavacFacts facts, JavacPolicy policy) {
    this.index = index;
    this.facts = facts;
    this.policy = policy;
  }

  /** What {@code field} holds when {@code root} starts, with the reasons it may be null. */
  Nullness atEntry(VarSymbol field, Body root) {
    ClassIndex.ClassInfo owner = index.classInfo(field.owner);
    if (owner == null) {
      return Nullness.NON_NULL;
    }
    EntryStates.OfField states =
        prepared.computeIfAbsent(
            field, f -> EntryStates.of(facts.of(owner), facts.field(owner, f)));
    RegisteredCallbackFields.Registration registration = index.registration(root.tree());
    if (registration != null && registration.field().owner == field.owner) {
      // Policy RegisteredCallbacks: it runs only once a call that may keep it has run, which
      // brings its uses there; after that, as a lambda kept for later.
      return valueOf(
          states.atCallbackEntry(
              false,
              false,
              null,
              Optional.of(RegisteredCallbacks.holders(registration.holders()))));
    }
    ClassIndex.Callback kept =
        root.kind() == Body.Kind.METHOD ? index.keptReferenceCallback(root) : null;
    if (root.kind() == Body.Kind.LAMBDA || kept != null) {
      // A private method handed out only as one kept this::m reference is such a callback.
      ClassIndex.Callback callback = kept != null ? kept : index.callback(root.tree());
      if (callback == null) {
        return valueOf(states.atEntry(null));
      }
      MethodSymbol creator = callback.creator();
      // The creator's facts are those of the field's class only where the lambda is its code.
      BodyFacts creatorFacts =
          creator == null || creator.owner != field.owner
              ? null
              : facts.of(owner).body(JavacFacts.key(creator)).orElse(null);
      return valueOf(
          states.atCallbackEntry(
              callback.createdDuringInitialisation(),
              callback.runAtOnce(),
              creatorFacts,
              callback.holders()));
    }
    ClassIndex.LocalCreation local = index.localCreation(root.owner());
    if (local != null
        && CompilationUnitAnalysis.ofEnclosingObject(field, root.owner())
        && !field.isStatic()) {
      // Spec 4: a method of an local class sees its enclosing object's field as it was where
      // the class was created (the creator brings those uses), then as any reset leaves it.
      MethodSymbol creator = local.creator();
      BodyFacts creatorFacts =
          creator.owner != field.owner
              ? null
              : facts.of(owner).body(JavacFacts.key(creator)).orElse(null);
      return valueOf(
          states.atCallbackEntry(
              local.createdDuringInitialisation(),
              local.runAtOnce(),
              creatorFacts,
              local.holders()));
    }
    if (isSubclassHook(root, field) || isHookHelper(root, field)) {
      return valueOf(states.atSubclassHookEntry());
    }
    return valueOf(states.atEntry(facts.body(owner, root)));
  }

  /**
   * Whether {@code root} is a hook (policy {@code Hooks}) of a class of the unit that extends the
   * class declaring the instance field {@code field}.
   */
  private boolean isSubclassHook(Body root, VarSymbol field) {
    ClassIndex.ClassInfo rootClass = index.classInfo(root.owner());
    if (field.isStatic()
        || root.owner() == field.owner
        || rootClass == null
        || !CompilationUnitAnalysis.inherits(root.owner(), field.owner)) {
      return false;
    }
    BodyFacts hook = facts.body(rootClass, root);
    MethodSymbol method = root.method();
    return hook != null
        && method != null
        && Hooks.isTemplateHook(
            hook, () -> index.calledBySupertype(method, rootClass.symbol, policy));
  }

  /**
   * Whether {@code root}, a method of the class declaring the instance field {@code field}, is a
   * helper that only its subclasses' template hooks call (policy {@code Hooks.isHookHelper}).
   */
  private boolean isHookHelper(Body root, VarSymbol field) {
    ClassIndex.ClassInfo owner = index.classInfo(root.owner());
    MethodSymbol method = root.method();
    if (field.isStatic() || root.owner() != field.owner || owner == null || method == null) {
      return false;
    }
    BodyFacts helper = facts.body(owner, root);
    if (helper == null) {
      return false;
    }
    List<BooleanSupplier> callers = new ArrayList<>();
    for (MethodSymbol caller : index.callersOf(method)) {
      Body body = caller == null ? null : index.bodyOf(caller);
      callers.add(() -> body != null && isSubclassHook(body, field));
    }
    return Hooks.isHookHelper(helper, callers);
  }

  /** Why the field may be null on an object that code of another class holds (spec 6). */
  Nullness afterConstruction(VarSymbol field) {
    ClassIndex.ClassInfo owner = index.classInfo(field.owner);
    if (owner == null) {
      return Nullness.NON_NULL;
    }
    return valueOf(
        prepared
            .computeIfAbsent(field, f -> EntryStates.of(facts.of(owner), facts.field(owner, f)))
            .atEntry(null));
  }

  static Nullness valueOf(List<NullCause> causes) {
    Nullness value = Nullness.BOTTOM;
    for (NullCause cause : causes) {
      value = value.leastUpperBound(Nullness.nullBecause(cause));
    }
    return value.isBottom() ? Nullness.NON_NULL : value;
  }
}
