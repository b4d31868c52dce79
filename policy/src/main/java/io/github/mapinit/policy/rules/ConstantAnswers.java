package io.github.mapinit.policy.rules;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Spec 4, calls inside the class: a method of the class without parameters whose whole body is
 * {@code return true;} or {@code return false;} (a hook that a subclass may override: {@code
 * protected boolean isCaching() { return false; }}) answers that constant where a call on {@code
 * this} runs the class's own body ({@link Overriding#runsOwnBody}), for an instance of exactly this
 * class. So {@code if (isCaching()) cache.get(..)} is no path of the class's own objects, whose
 * {@code cache} a constructor leaves null; a subclass that overrides the hook and passes a map is
 * its own code. Where code the engine sees overrides the hook (a subclass in the same file or
 * nest), instances of that subclass run the class's code with the other answer, so the answer is
 * not known: {@code class Promo extends Prices { boolean isCaching() { return true; } }} makes the
 * guarded uses reachable.
 */
public final class ConstantAnswers {

  private ConstantAnswers() {}

  /**
   * The answer of a call of a method whose body returns {@code returned} (null for any other body),
   * on {@code this} where {@code onThis}; empty where it is not known, as where a class the engine
   * sees overrides it ({@code overriddenInSight}).
   */
  public static Optional<Boolean> answerOf(
      boolean onThis, boolean overridable, boolean overriddenInSight, @Nullable Boolean returned) {
    return returned != null
            && Overriding.runsOwnBody(onThis, overridable)
            && !(overridable && overriddenInSight)
        ? Optional.of(returned)
        : Optional.empty();
  }
}
