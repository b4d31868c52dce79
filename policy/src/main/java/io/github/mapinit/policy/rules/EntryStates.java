package io.github.mapinit.policy.rules;

import io.github.mapinit.policy.NullCause;
import io.github.mapinit.policy.facts.BodyFacts;
import io.github.mapinit.policy.facts.BodyKind;
import io.github.mapinit.policy.facts.ClassFacts;
import io.github.mapinit.policy.facts.FieldExit;
import io.github.mapinit.policy.facts.FieldFacts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
   * field, joined with every other method's reset.
   */
  public static List<NullCause> atMethodEntry(
      ClassFacts owner, FieldFacts field, @Nullable BodyFacts root) {
    if (field.externallyInitialised()) {
      return List.of();
    }
    Set<NullCause> causes = new LinkedHashSet<>();
    if (!assignedByAnotherInitializer(owner, field, root)) {
      if (field.isStatic()) {
        if (!(isInstanceMethod(root) && allConstructorsAssign(owner, field))) {
          causes.addAll(afterClassInitialisation(owner, field));
        }
      } else {
        causes.addAll(afterConstruction(owner, field));
        if ((root == null || root.kind() != BodyKind.CONSTRUCTOR)
            && Deserialisation.leavesNull(owner, field)) {
          causes.add(new NullCause.Deserialised(field.declarationLine(), owner.simpleName()));
        }
      }
    }
    causes.addAll(resets(owner, field, root));
    return List.copyOf(causes);
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
                  assigned.assignmentLine(), assigned.definitelyNull(), ofClass)
              : cause);
    }
    return causes;
  }

  /** An initializer method other than {@code root} assigns the field on every path. */
  private static boolean assignedByAnotherInitializer(
      ClassFacts owner, FieldFacts field, @Nullable BodyFacts root) {
    for (BodyFacts body : owner.bodies()) {
      if (body.isInitializer() && !isRoot(body, root) && body.alwaysAssigns(field)) {
        return true;
      }
    }
    return false;
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

  /**
   * Spec 4, "after a reset": a method that can return with the field set to a maybe-null value, the
   * started method itself included: it can be called twice.
   */
  private static List<NullCause> resets(
      ClassFacts owner, FieldFacts field, @Nullable BodyFacts root) {
    List<NullCause> resets = new ArrayList<>();
    for (BodyFacts body : owner.bodies()) {
      if (!body.returnsNormally() || !isResetting(body.kind())) {
        continue;
      }
      for (NullCause cause : body.exit(field).assignedNulls()) {
        if (cause instanceof NullCause.AssignedNull assigned) {
          resets.add(
              isRoot(body, root)
                  ? new NullCause.ResetByEarlierCall(
                      assigned.assignmentLine(), body.displayName(), assigned.definitelyNull())
                  : new NullCause.ResetElsewhere(
                      assigned.assignmentLine(), body.displayName(), assigned.definitelyNull()));
        }
      }
    }
    return resets;
  }

  private static boolean isRoot(BodyFacts body, @Nullable BodyFacts root) {
    return root != null && body.key().equals(root.key());
  }

  private static boolean isResetting(BodyKind kind) {
    return kind == BodyKind.METHOD || kind == BodyKind.LAMBDA;
  }
}
