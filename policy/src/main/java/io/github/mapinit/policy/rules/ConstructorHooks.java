package io.github.mapinit.policy.rules;

import io.github.mapinit.policy.NullCause;
import io.github.mapinit.policy.facts.BodyFacts;
import io.github.mapinit.policy.facts.BodyKind;
import io.github.mapinit.policy.facts.ClassFacts;
import io.github.mapinit.policy.facts.ThisCall;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Spec section 4, "a superclass constructor calling an overridable method": the overridable methods
 * that a class's constructors call on {@code this}, in their own code or through the private, final
 * and static methods they call, and the overridable ones that the subclass leaves alone,
 * transitively. A subclass's override of one runs before any field of the subclass is assigned.
 */
public final class ConstructorHooks {

  private ConstructorHooks() {}

  /**
   * Spec 4: a superclass constructor that calls an overridable method of its object on every path
   * by which it returns runs the constructed class's override there, before any initialiser of that
   * class: what the override assigns on every path stands when {@code super(...)} returns, until an
   * initialiser of the same field replaces it. Whether an override so called counts as run by the
   * {@code super(...)} call of the class that declares it.
   *
   * @param onEveryPath whether every path from the superclass constructor's start to its return
   *     passes the call (the engines take a call without arguments on {@code this} that only
   *     straight-line code precedes)
   * @param overridable whether a subclass can override the called method
   * @param overriddenByConstructedClass whether the class whose constructor calls {@code
   *     super(...)} declares an override of it
   */
  public static boolean overrideRunsAtSuperCall(
      boolean onEveryPath, boolean overridable, boolean overriddenByConstructedClass) {
    return onEveryPath && overridable && overriddenByConstructedClass;
  }

  /**
   * By the called method's key: why a subclass's override of it meets its fields null. An
   * overridable method that no class below the superclass replaces runs the superclass's own body,
   * so the calls on {@code this} in that body count too ({@code register(n)} that calls {@code
   * onRegister(n)}).
   *
   * @param replacedBelow whether the constructed class, or a class between it and {@code
   *     superclass}, declares a method of this key
   */
  public static Map<String, NullCause.SuperConstructorCall> of(
      ClassFacts superclass, Predicate<String> replacedBelow) {
    Map<String, NullCause.SuperConstructorCall> hooks = new LinkedHashMap<>();
    for (BodyFacts constructor : superclass.bodiesOfKind(BodyKind.CONSTRUCTOR)) {
      Set<String> visited = new HashSet<>();
      Deque<BodyFacts> pending = new ArrayDeque<>();
      pending.push(constructor);
      while (!pending.isEmpty()) {
        BodyFacts body = pending.pop();
        if (!visited.add(body.key())) {
          continue;
        }
        for (ThisCall call : body.callsOnThis()) {
          if (call.overridable()) {
            hooks.putIfAbsent(
                call.targetKey(),
                new NullCause.SuperConstructorCall(
                    constructor.displayName(), call.line(), call.targetDisplayName()));
          }
          if (!call.overridable() || !replacedBelow.test(call.targetKey())) {
            Optional<BodyFacts> helper = superclass.body(call.targetKey());
            helper.filter(h -> h.kind() != BodyKind.STATIC_INITIALIZER).ifPresent(pending::push);
          }
        }
      }
    }
    return hooks;
  }
}
