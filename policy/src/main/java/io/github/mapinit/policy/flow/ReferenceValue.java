package io.github.mapinit.policy.flow;

import java.util.Set;

/**
 * What a reference given to a variable says about its nullness, where the variable is a flag (spec
 * 8, last paragraph: {@code channel != null} vouches for a map created with it). The analysis
 * presumes a call's result and a parameter to be objects everywhere (it never reports a map
 * assigned from one); a flag takes the same presumption, but only for promises: a later test of
 * such a variable for null stays a feasible branch ({@link FlagFacts#assignPresumed}).
 */
public enum ReferenceValue {
  /** {@code new}, an array, a string: never null. */
  OBJECT,
  /** The {@code null} literal. */
  NULL,
  /** A call's result or a parameter, presumed an object. */
  PRESUMED_OBJECT,
  /** Anything else: the flag says nothing afterwards. */
  UNKNOWN;

  /** The value of a conditional that yields this value or {@code other}. */
  public ReferenceValue or(ReferenceValue other) {
    if (this == other) {
      return this;
    }
    boolean bothObjects =
        (this == OBJECT || this == PRESUMED_OBJECT)
            && (other == OBJECT || other == PRESUMED_OBJECT);
    return bothObjects ? PRESUMED_OBJECT : UNKNOWN;
  }

  /** Applies this value to {@code flag} in {@code facts}. */
  public <F, P> FlagFacts<F, P> assignTo(F flag, FlagFacts<F, P> facts, Set<P> nonNullNow) {
    return switch (this) {
      case OBJECT -> facts.assignConstant(flag, true, nonNullNow);
      case NULL -> facts.assignConstant(flag, false, nonNullNow);
      case PRESUMED_OBJECT -> facts.assignPresumed(flag, true, nonNullNow);
      case UNKNOWN -> facts.forget(flag);
    };
  }
}
