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

  /**
   * Spec 4, calls inside the class: whether a call of a method the class declares runs the class's
   * own body, which the engines then follow. A call on {@code this} does, for an instance of
   * exactly this class, from a constructor or any other body ({@code parseParameters();
   * parameters.get(name)} relies on what the class's own {@code parseParameters} does); a
   * subclass's override is the subclass's code, whose findings are its own. A call on another
   * receiver does only when no subclass can override the method.
   */
  public static boolean runsOwnBody(boolean onThis, boolean overridable) {
    return onThis || !overridable;
  }

  /**
   * Spec 4, calls inside the class, for a method that a superclass declares and the class inherits:
   * {@code super.m()} runs the superclass's body, and so does {@code m()} on {@code this} where the
   * class does not override it, for an instance of exactly this class, as for the class's own
   * methods ({@link #runsOwnBody}). What that body does to the object's fields is followed at the
   * call ({@code super.connect(); headers.get(..)}); the dereferences in it are its own class's
   * findings, and are not reported again at the call.
   */
  public static boolean runsInheritedBody(boolean superCall, boolean onThis) {
    return superCall || onThis;
  }
}
