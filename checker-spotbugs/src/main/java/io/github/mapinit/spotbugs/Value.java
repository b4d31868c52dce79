package io.github.mapinit.spotbugs;

import io.github.mapinit.policy.NullCause;
import java.util.Objects;

/**
 * One slot of the modelled frame.
 *
 * @param bits the value's own nullness, {@link Nullness#NULL} and/or {@link Nullness#NONNULL}: what
 *     a store of it assigns
 * @param role whether the value is the receiver {@code this} or the enclosing instance
 * @param place where the value was just loaded from: a dereference of it is a use of that place
 *     and a guard on it refines that place
 * @param alias the field a local variable was assigned from, refined together with the local
 * @param cause why the value may be null, when {@code bits} holds {@link Nullness#NULL}
 */
record Value(int bits, Role role, Place place, Place.FieldPlace alias, NullCause cause) {

  /** What is special about a reference besides its nullness. */
  enum Role {
    PLAIN,
    THIS,
    OUTER_INSTANCE
  }

  static final Value UNKNOWN = new Value(Nullness.NONNULL, Role.PLAIN, null, null, null);
  static final Value NULL_CONSTANT = new Value(Nullness.NULL, Role.PLAIN, null, null, null);
  static final Value THIS = new Value(Nullness.NONNULL, Role.THIS, null, null, null);
  static final Value OUTER_INSTANCE = new Value(Nullness.NONNULL, Role.OUTER_INSTANCE, null, null, null);

  Value withPlace(Place newPlace) {
    return new Value(bits, role, newPlace, alias, cause);
  }

  Value withBits(int newBits) {
    return new Value(newBits, role, place, alias, Nullness.mayBeNull(newBits) ? cause : null);
  }

  static Value merge(Value a, Value b) {
    if (a.equals(b)) {
      return a;
    }
    return new Value(
        a.bits | b.bits,
        a.role == b.role ? a.role : Role.PLAIN,
        Objects.equals(a.place, b.place) ? a.place : null,
        Objects.equals(a.alias, b.alias) ? a.alias : null,
        a.cause != null ? a.cause : b.cause);
  }
}
