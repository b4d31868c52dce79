package io.github.mapinit.policy.rules;

/**
 * Spec 8, correlated conditions: a {@code static final} boolean of the class is assigned once,
 * while the class initialises, before any object of it exists; every constructor and method then
 * sees the same value. A constructor that sets a map with it ({@code plans = ENABLED ? new
 * HashMap<>() : null;}) makes a promise that every method can rely on ({@code if (ENABLED)
 * plans.get(..)}), as one that sets a boolean field of the object does. An object that the class's
 * own initialisation creates may see the flag before it is assigned, so such a class's static flags
 * are not followed.
 */
public final class StaticFlags {

  private StaticFlags() {}

  /**
   * Whether a field is a flag that the class's promises may rest on.
   *
   * @param staticFinalBoolean whether the field is a {@code static final boolean} of the class
   * @param initialisationCreatesInstance whether the class's static initialisation creates an
   *     object of the class
   */
  public static boolean isFollowed(
      boolean staticFinalBoolean, boolean initialisationCreatesInstance) {
    return staticFinalBoolean && !initialisationCreatesInstance;
  }
}
