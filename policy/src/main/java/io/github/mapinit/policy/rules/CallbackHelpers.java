package io.github.mapinit.policy.rules;

/**
 * Spec section 4, lambdas run at once: a helper of the class itself that calls a function it is
 * given before it can return ({@code private void write(Runnable action) { lock.lock(); try {
 * action.run(); } finally { lock.unlock(); } }}) runs a lambda passed to it where it is called, as
 * {@code forEach} does: the lambda starts from its creation state, and what it assigns holds after
 * the call. The helper must be one that a subclass cannot replace, and the call of the function
 * must come before any branch of its body; the engines read that from its code.
 */
public final class CallbackHelpers {

  private CallbackHelpers() {}

  /**
   * Whether a helper runs the function passed for one of its parameters at once.
   *
   * @param overridable whether a subclass may replace the helper
   * @param callsBeforeAnyBranch whether its body calls the parameter before any branch
   */
  public static boolean runsAtOnce(boolean overridable, boolean callsBeforeAnyBranch) {
    return !overridable && callsBeforeAnyBranch;
  }

  /**
   * Whether a helper runs the function passed for one of its parameters at once where it runs it at
   * all, behind guards that leave where a field of its object is null ({@code if (sessions == null)
   * return otherwise; return action.get();}): the function's uses start from its creation state
   * with those fields non-null, as if the caller had tested them. What the function assigns may not
   * have happened when the call returns, so the caller learns nothing from it.
   *
   * @param overridable whether a subclass may replace the helper
   * @param callsAfterGuardsOnly whether its body calls the parameter before any branch but the
   *     guards
   */
  public static boolean runsAtOnceWhereGuarded(boolean overridable, boolean callsAfterGuardsOnly) {
    return runsAtOnce(overridable, callsAfterGuardsOnly);
  }
}
