package io.github.mapinit.policy.rules;

/**
 * Whether a subclass can override a method: what decides if a call on {@code this} runs the class's
 * own body (a helper to follow) or possibly a subclass's (a hook that a superclass constructor must
 * not call).
 */
public final class Overriding {

  private Overriding() {}

  public static boolean isOverridable(
      boolean isConstructor,
      boolean isStatic,
      boolean isPrivate,
      boolean isFinal,
      boolean classIsFinal) {
    return !isConstructor && !isStatic && !isPrivate && !isFinal && !classIsFinal;
  }
}
