package io.github.mapinit.policy.rules;

import io.github.mapinit.policy.NullCause;

/**
 * Spec 4, a reset of a field through a method of its class: a method that stores one of its
 * parameters straight in a tracked field of its object ({@code this.subscribers = subscribers;} at
 * the top level, before any return, the parameter read nowhere else and the field stored nowhere
 * else in it), or a static method in a static field of its class ({@code rates = newRates;}), gives
 * the field whatever its caller passes. Where code of the class's nest calls it with the literal
 * {@code null} for that parameter ({@code bus.setSubscribers(null)}), the engines analyse the
 * method with that parameter null or not, so the store is a null assignment that may reach the
 * method's exit: the field may be null after such a call, as after {@code close()}, and every
 * method may start after it. A null the caller computes is not followed; only the literal shows
 * what the class's own code means to pass.
 */
public final class NullSetters {

  private NullSetters() {}

  /** Why the parameter may be null where the method starts: the call at {@code callLine}. */
  public static NullCause.AssignedNull passedNull(int callLine) {
    return new NullCause.AssignedNull(callLine, true);
  }
}
