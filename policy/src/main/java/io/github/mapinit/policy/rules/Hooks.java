package io.github.mapinit.policy.rules;

import io.github.mapinit.policy.facts.BodyFacts;
import io.github.mapinit.policy.facts.BodyKind;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Spec 8, a protocol: a hook is an instance method that a supertype declares and that the class
 * does not make public ({@code protected void begin()}, {@code protected void accept(Sale)} of a
 * template method, {@code protected void doClose()} of a store): the supertype calls it, in the
 * order its own code decides, which clients of the class cannot change. A map that one hook sets to
 * null and another uses meets that null only where the supertype calls them in that order, so such
 * a finding is low; a reset in a public method ({@code close()}), or a use in one, is a call order
 * that any client can make, and stays medium. A map that the supertype declares is the template's
 * state: a hook of a subclass meets a reset by the supertype's code only where that code calls it
 * after the reset, so such a finding is low too ({@code EntryStates.OfField.atSubclassHookEntry}),
 * and so is one in a helper of the template that only those hooks call ({@link #isHookHelper}).
 */
public final class Hooks {

  private Hooks() {}

  /**
   * Whether {@code body} is a hook that its supertype's template runs: a hook that the supertype's
   * own code calls on {@code this} ({@code calledBySupertype}, asked last: it reads the supertype's
   * code). A non-public override that no code of the supertype calls is an entry point for code of
   * its package ({@code format()} of a bundle), whose clients choose when it runs.
   */
  public static boolean isTemplateHook(BodyFacts body, BooleanSupplier calledBySupertype) {
    return isHook(body) && calledBySupertype.getAsBoolean();
  }

  /**
   * Whether {@code body}, a method of the class that declares the map, is a helper of its
   * template's hooks ({@code protected final void addStep(..)} that only the subclasses' {@code
   * plan()} calls): an instance method that clients of the class cannot call, which code of the
   * unit calls, and only on {@code this} from hooks of its subclasses that the template runs. It
   * runs inside those hooks, so it meets the map as they do ({@code
   * EntryStates.OfField.atSubclassHookEntry}).
   *
   * @param callers one answer per call of it that the engine sees, each whether the calling method
   *     is a template hook of a subclass that makes the call on {@code this} (asked lazily, in
   *     order); empty where it sees none, or where code reaches the method otherwise (a method
   *     reference, a lambda, another receiver), which it answers with a false
   */
  public static boolean isHookHelper(BodyFacts body, List<BooleanSupplier> callers) {
    return body.kind() == BodyKind.METHOD
        && !body.isStatic()
        && !body.isPublic()
        && !body.isPrivate()
        && !callers.isEmpty()
        && callers.stream().allMatch(BooleanSupplier::getAsBoolean);
  }

  /** Whether {@code body} is a hook: a non-public, non-static override of a supertype method. */
  public static boolean isHook(BodyFacts body) {
    return body.kind() == BodyKind.METHOD
        && !body.isStatic()
        && !body.isPublic()
        && body.overridesSupertype();
  }
}
