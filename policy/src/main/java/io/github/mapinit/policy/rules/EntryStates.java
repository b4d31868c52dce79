package io.github.mapinit.policy.rules;

import io.github.mapinit.policy.NullCause;
import io.github.mapinit.policy.facts.BodyFacts;
import io.github.mapinit.policy.facts.BodyKind;
import io.github.mapinit.policy.facts.ClassFacts;
import io.github.mapinit.policy.facts.FieldExit;
import io.github.mapinit.policy.facts.FieldFacts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Spec section 4: why a tracked field may be null where a path starts, from the facts of its class.
 * An empty list means it is non-null there. Causes come in a fixed order (construction,
 * deserialisation, resets) so that both engines name the same first cause.
 */
public final class EntryStates {

  private EntryStates() {}

  /**
   * At the entry of {@code root}, a method of the field's class (or null for code elsewhere): the
   * state after construction or class initialisation, unless an initializer method assigns the
   * field, joined with every method's reset. Engines that ask for many starts prepare the field
   * once with {@link #of}.
   */
  public static List<NullCause> atMethodEntry(
      ClassFacts owner, FieldFacts field, @Nullable BodyFacts root) {
    return of(owner, field).atEntry(root);
  }

  /** The entry states of {@code field}, with what every start shares worked out once. */
  public static OfField of(ClassFacts owner, FieldFacts field) {
    return new OfField(owner, field);
  }

  /** One field's entry states: the parts that do not depend on the start, computed once. */
  public static final class OfField {
    private final FieldFacts field;
    private final boolean externallyInitialised;
    private final boolean isStatic;
    private final List<String> initializersAssigning = new ArrayList<>();
    private final List<NullCause> afterConstruction;
    private final boolean allConstructorsAssign;
    private final @Nullable NullCause deserialised;
    private final List<Map.Entry<BodyFacts, NullCause.AssignedNull>> resets = new ArrayList<>();

    private OfField(ClassFacts owner, FieldFacts field) {
      this.field = field;
      externallyInitialised = field.externallyInitialised();
      isStatic = field.isStatic();
      for (BodyFacts body : owner.bodies()) {
        if (body.isInitializer() && body.alwaysAssigns(field)) {
          initializersAssigning.add(body.key());
        }
        if (isResetting(body.kind())) {
          List<NullCause> nulls = new ArrayList<>(body.exit(field).nullsLeftByThrow());
          if (body.returnsNormally()) {
            nulls.addAll(0, body.exit(field).assignedNulls());
          }
          for (NullCause cause : nulls) {
            if (cause instanceof NullCause.AssignedNull assigned
                && resets.stream().noneMatch(r -> r.getValue().equals(assigned))) {
              resets.add(Map.entry(body, assigned));
            }
          }
        }
      }
      afterConstruction =
          isStatic
              ? afterClassInitialisation(owner, field)
              : EntryStates.afterConstruction(owner, field);
      allConstructorsAssign = isStatic && allConstructorsAssign(owner, field);
      deserialised =
          !isStatic && Deserialisation.leavesNull(owner, field)
              ? new NullCause.Deserialised(field.declarationLine(), owner.simpleName())
              : null;
    }

    /**
     * Why the field may be null where a lambda, method reference, anonymous or local class body
     * starts, beyond the state where it was created, which its creator supplies (spec section 4):
     * passed to a call that runs it at once, it runs nowhere else; created while the object (or
     * class) was being initialised, it may run once that is over, so the after-construction state;
     * created later, the field is monotone, so only the resets.
     *
     * @param creator the body of the field's class that creates it, or null where that is not known
     *     (another class, or a lambda inside a lambda)
     */
    public List<NullCause> atCallbackEntry(
        boolean createdDuringInitialisation,
        boolean runAtOnce,
        @Nullable BodyFacts creator,
        Optional<WithdrawnCallbacks.Holders> holders) {
      if (runAtOnce) {
        return List.of();
      }
      if (createdDuringInitialisation
          && creator != null
          && creator.kind() == BodyKind.CONSTRUCTOR
          && !isStatic
          && !externallyInitialised
          && creator.alwaysAssigns(field)) {
        // It runs on an object that its creator built, so the field is non-null once the creator
        // returns, and monotone: of construction, only the nulls a constructor assigns remain.
        List<NullCause> causes = new ArrayList<>(atEntry(null));
        causes.removeIf(NullCause.ConstructorLeavesUnassigned.class::isInstance);
        return resetsBeforeCallback(causes, holders);
      }
      if (createdDuringInitialisation || externallyInitialised) {
        return resetsBeforeCallback(atEntry(null), holders);
      }
      Set<NullCause> causes = new LinkedHashSet<>();
      for (Map.Entry<BodyFacts, NullCause.AssignedNull> reset : resets) {
        NullCause.AssignedNull assigned = reset.getValue();
        causes.add(
            new NullCause.ResetElsewhere(
                assigned.assignmentLine(), reset.getKey().displayName(), assigned.value()));
      }
      causes.addAll(field.resetsOnOtherObjects());
      return resetsBeforeCallback(causes, holders);
    }

    /**
     * Policy {@link WithdrawnCallbacks}: the resets of a method that withdraws the kept lambda
     * first read as resets before it, which it meets only if it still runs after them.
     */
    private List<NullCause> resetsBeforeCallback(
        Collection<NullCause> causes, Optional<WithdrawnCallbacks.Holders> holders) {
      Set<NullCause.AssignedNull> withdrawn = new HashSet<>();
      for (Map.Entry<BodyFacts, NullCause.AssignedNull> reset : resets) {
        if (WithdrawnCallbacks.withdraws(reset.getKey(), holders)) {
          withdrawn.add(reset.getValue());
        }
      }
      List<NullCause> kept = new ArrayList<>();
      for (NullCause cause : causes) {
        if (cause instanceof NullCause.ResetElsewhere reset
            && withdrawn.contains(
                new NullCause.AssignedNull(reset.assignmentLine(), reset.value()))) {
          kept.add(
              new NullCause.ResetBeforeCallback(
                  reset.assignmentLine(), reset.method(), reset.value()));
        } else {
          kept.add(cause);
        }
      }
      return List.copyOf(kept);
    }

    /** Why the field may be null where {@code root} starts (null: code of another class). */
    public List<NullCause> atEntry(@Nullable BodyFacts root) {
      if (externallyInitialised) {
        return List.of();
      }
      Set<NullCause> causes = new LinkedHashSet<>();
      boolean assignedByInitializer =
          initializersAssigning.stream().anyMatch(key -> root == null || !key.equals(root.key()));
      if (!assignedByInitializer) {
        if (!(isStatic && isInstanceMethod(root) && allConstructorsAssign)) {
          causes.addAll(afterConstruction);
        }
        if (deserialised != null && (root == null || root.kind() != BodyKind.CONSTRUCTOR)) {
          causes.add(deserialised);
        }
      }
      for (Map.Entry<BodyFacts, NullCause.AssignedNull> reset : resets) {
        BodyFacts body = reset.getKey();
        NullCause.AssignedNull assigned = reset.getValue();
        if (Hooks.isHook(body) && root != null && Hooks.isHook(root)) {
          // Policy Hooks: a hook that meets its own reset runs again only when its supertype
          // calls it again, in the order that supertype's code decides, as for another hook.
          causes.add(
              new NullCause.ResetByHook(
                  assigned.assignmentLine(), body.displayName(), assigned.value()));
        } else if (isRoot(body, root)) {
          causes.add(
              new NullCause.ResetByEarlierCall(
                  assigned.assignmentLine(), body.displayName(), assigned.value()));
        } else {
          causes.add(
              new NullCause.ResetElsewhere(
                  assigned.assignmentLine(), body.displayName(), assigned.value()));
        }
      }
      // Spec 4: other.f on another instance is this.f outside the constructor, a null included.
      causes.addAll(field.resetsOnOtherObjects());
      return List.copyOf(causes);
    }

    /**
     * Why the field, which a supertype of the hook's class declares, may be null where that hook
     * starts (policy {@link Hooks}): as for code of another class, except that a reset by the
     * field's class is one the hook meets only where the supertype calls it after the reset, in the
     * order the supertype's code decides (a template method that drops the map in a {@code finally}
     * around its calls of {@code process()}), so it reads as a reset by a hook; and so does a
     * construction that leaves it unassigned, which the supertype assigns before its calls.
     */
    public List<NullCause> atSubclassHookEntry() {
      List<NullCause> causes = new ArrayList<>();
      for (NullCause cause : atEntry(null)) {
        if (cause instanceof NullCause.ResetElsewhere reset
            && !field.resetsOnOtherObjects().contains(reset)) {
          causes.add(
              new NullCause.ResetByHook(reset.assignmentLine(), reset.method(), reset.value()));
        } else if (cause instanceof NullCause.ConstructorLeavesUnassigned unassigned) {
          causes.add(
              new NullCause.UnassignedBeforeHook(
                  unassigned.declarationLine(),
                  unassigned.constructor(),
                  unassigned.constructorLine()));
        } else {
          causes.add(cause);
        }
      }
      return List.copyOf(causes);
    }
  }

  /** Why an instance field may be null once a constructor of its class has returned. */
  public static List<NullCause> afterConstruction(ClassFacts owner, FieldFacts field) {
    Set<NullCause> causes = new LinkedHashSet<>();
    for (BodyFacts constructor : owner.bodiesOfKind(BodyKind.CONSTRUCTOR)) {
      if (!constructor.returnsNormally()) {
        continue;
      }
      FieldExit exit = constructor.exit(field);
      if (exit.mayBeUnchanged()) {
        causes.add(
            new NullCause.ConstructorLeavesUnassigned(
                field.declarationLine(), constructor.displayName(), constructor.line()));
      }
      causes.addAll(byInitialisation(exit.assignedNulls(), false));
    }
    // An object that the class's own code builds with a null for the field holds it from the start.
    causes.addAll(field.constructedWithNull());
    return List.copyOf(causes);
  }

  /** Why a static field may be null once its class's static initialisation has run. */
  public static List<NullCause> afterClassInitialisation(ClassFacts owner, FieldFacts field) {
    List<BodyFacts> initialisation = owner.bodiesOfKind(BodyKind.STATIC_INITIALIZER);
    NullCause unassigned =
        new NullCause.StaticInitLeavesUnassigned(field.declarationLine(), owner.simpleName());
    if (initialisation.isEmpty()) {
      return List.of(unassigned);
    }
    Set<NullCause> causes = new LinkedHashSet<>();
    for (BodyFacts initializer : initialisation) {
      FieldExit exit = initializer.exit(field);
      if (exit.mayBeUnchanged()) {
        causes.add(unassigned);
      }
      causes.addAll(byInitialisation(exit.assignedNulls(), true));
    }
    return List.copyOf(causes);
  }

  /** Nulls that construction assigned, as seen by the code that runs after it. */
  private static List<NullCause> byInitialisation(List<NullCause> assignedNulls, boolean ofClass) {
    List<NullCause> causes = new ArrayList<>();
    for (NullCause cause : assignedNulls) {
      causes.add(
          cause instanceof NullCause.AssignedNull assigned
              ? new NullCause.SetNullByInitialisation(
                  assigned.assignmentLine(), assigned.value(), ofClass)
              : cause);
    }
    return causes;
  }

  /** An instance method runs on an object, so one of the constructors has run. */
  private static boolean isInstanceMethod(@Nullable BodyFacts root) {
    return root != null && root.kind() == BodyKind.METHOD && !root.isStatic();
  }

  private static boolean allConstructorsAssign(ClassFacts owner, FieldFacts field) {
    List<BodyFacts> constructors = owner.bodiesOfKind(BodyKind.CONSTRUCTOR);
    return !constructors.isEmpty()
        && constructors.stream().allMatch(c -> c.exit(field).alwaysAssignsNonNull());
  }

  private static boolean isRoot(BodyFacts body, @Nullable BodyFacts root) {
    return root != null && body.key().equals(root.key());
  }

  private static boolean isResetting(BodyKind kind) {
    return kind == BodyKind.METHOD || kind == BodyKind.LAMBDA;
  }
}
