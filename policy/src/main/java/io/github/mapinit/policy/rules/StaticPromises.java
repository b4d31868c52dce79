package io.github.mapinit.policy.rules;

import io.github.mapinit.policy.facts.ClassFacts;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Spec 8 across methods, for a class's static state: a private static boolean set together with a
 * private static map ({@code drivers = new HashMap<>(); loaded = true;} in {@code load()}) and
 * tested before a use in another method ({@code if (loaded) drivers.get(..)}) means the map is
 * non-null where the flag holds, as an object's flag does for the object's map ({@link
 * FlagInvariants}); so do the tests of a private static enum or int field against its constants
 * ({@code phase == Phase.OPEN}, {@link ConstantTests#followsStateField}). The class's static
 * initialisation plays the constructor's part: the static state starts false and null, and the
 * promise must hold where the initialisation ends; every body of the class that assigns the flag or
 * the map keeps it at each of its exits, assuming it at its start.
 *
 * <p>Static and object state do not mix. A static map is shared by every object of the class, and
 * another object's method may drop it whatever this object's flags hold; a static flag that methods
 * assign is shared too, and may be raised by an object whose own map is set while this one's is
 * not. Only a {@code static final} flag, assigned once before any object exists ({@link
 * StaticFlags}), speaks for an object's map.
 */
public final class StaticPromises {

  private StaticPromises() {}

  /**
   * Whether a field is a static flag of the class's promises: a private static boolean that is not
   * final (those are {@link StaticFlags}) and that only the class's own code assigns.
   */
  public static boolean isStaticFlag(
      boolean isStatic,
      boolean isFinal,
      boolean isPrivate,
      boolean isBoolean,
      boolean assignedElsewhere) {
    return isStatic && !isFinal && isPrivate && isBoolean && !assignedElsewhere;
  }

  /** Whether a promise may relate a flag and a map field (see the class comment). */
  public static boolean mayRelate(boolean flagStatic, boolean flagFinal, boolean fieldStatic) {
    return fieldStatic ? flagStatic : !flagStatic || flagFinal;
  }

  /**
   * Whether the class's static initialisation leaves "where {@code flag} holds {@code value}, the
   * static {@code field} is non-null" kept where it ends: the field is non-null there ({@link
   * EntryStates#afterClassInitialisation} finds no cause of a null), or the flag is known not to
   * hold {@code value}.
   *
   * @param flagAfter what the flag holds where the static initialisation ends: false where no
   *     initialiser assigns it, the constant its own initialiser gives it; empty where the engine
   *     cannot tell (a static block assigns it, or an initialiser calls the class's code)
   */
  public static boolean keptByStaticInitialisation(
      ClassFacts owner, String field, Optional<Boolean> flagAfter, boolean value) {
    if (flagAfter.isPresent() && flagAfter.get() != value) {
      return true;
    }
    return owner
        .field(field)
        .map(facts -> EntryStates.afterClassInitialisation(owner, facts).isEmpty())
        .orElse(false);
  }

  /**
   * What a static flag holds where the class's static initialisation ends, from what the
   * initialisation does to its field: a static boolean, or a test of a static state field ({@code
   * phase == Phase.OPEN}, {@link ConstantTests#followsStateField}).
   *
   * @param assignedByInitialisation whether a static initialiser (its own included) assigns the
   *     field
   * @param atDefault what the flag says of the field's default value (false for a boolean; {@link
   *     ConstantTests#answerForDefault} for a test), null where that does not say
   * @param ownConstant what the flag says of the constant its own initialiser gives the field,
   *     where that is the only assignment; null otherwise
   * @param callsOtherOwnCode whether a static initialiser calls a method or constructor of the
   *     class's nest other than its static methods (whose stores the engine follows), which may
   *     assign it
   */
  public static Optional<Boolean> flagAfterStaticInitialisation(
      boolean assignedByInitialisation,
      @Nullable Boolean atDefault,
      @Nullable Boolean ownConstant,
      boolean callsOtherOwnCode) {
    if (callsOtherOwnCode) {
      return Optional.empty();
    }
    return Optional.ofNullable(assignedByInitialisation ? ownConstant : atDefault);
  }
}
