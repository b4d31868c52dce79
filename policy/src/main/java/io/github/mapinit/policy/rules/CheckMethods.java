package io.github.mapinit.policy.rules;

/**
 * Spec 3, guards: a method of the class's own may be a check like {@code checkState}, which returns
 * only when a boolean argument is true ({@code if (!ok) throw ...}), so that its callers read a
 * call of it as a test of that argument. The engines analyse such a method even when it touches no
 * map, and read from its exits which parameters it returns only when true.
 */
public final class CheckMethods {

  private CheckMethods() {}

  /**
   * Whether a method may be such a check: its own body is the one that runs (static, private or
   * final), it returns nothing (a check, not a predicate or a getter), it has a boolean parameter,
   * and it can throw.
   */
  public static boolean mayBeOne(
      boolean overridable,
      boolean returnsNothing,
      boolean hasBooleanParameter,
      boolean throwsSomewhere) {
    return !overridable && returnsNothing && hasBooleanParameter && throwsSomewhere;
  }
}
