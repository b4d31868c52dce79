package io.github.mapinit.spotbugs;

import io.github.mapinit.policy.NullCause;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One slot of the modelled frame.
 *
 * @param bits the value's own nullness, {@link Nullness#NULL} and/or {@link Nullness#NONNULL}: what
 *     a store of it assigns
 * @param role whether the value is the receiver {@code this} or the enclosing instance
 * @param place where the value was just loaded from: a dereference of it is a use of that place and
 *     a guard on it refines that place
 * @param alias the field a local variable was assigned from, refined together with the local
 * @param cause why the value may be null, when {@code bits} holds {@link Nullness#NULL}
 * @param source the field whose entry or after-construction state the symbolic atoms of {@code
 *     bits} stand for: a local assigned from a field carries that field's state (spec 3, a local
 *     alias is a place of its own)
 * @param flag for an int or boolean, the flag it was loaded from or the constant it is
 */
record Value(
    int bits,
    Role role,
    @Nullable Place place,
    Place.@Nullable FieldPlace alias,
    @Nullable NullCause cause,
    Place.@Nullable FieldPlace source,
    @Nullable Flag flag) {

  Value(
      int bits,
      Role role,
      @Nullable Place place,
      Place.@Nullable FieldPlace alias,
      @Nullable NullCause cause,
      Place.@Nullable FieldPlace source) {
    this(bits, role, place, alias, cause, source, null);
  }

  /** An int or boolean that a test of can teach what {@code flag} vouches for. */
  static Value ofFlag(Flag flag) {
    return new Value(Nullness.NONNULL, Role.PLAIN, null, null, null, null, flag);
  }

  /** What is special about a reference besides its nullness. */
  enum Role {
    PLAIN,
    THIS,
    OUTER_INSTANCE,
    /** The result of {@code x instanceof T}: it carries the place and alias of {@code x}. */
    INSTANCE_TEST,
    /** A collection made with an element ({@code List.of("a")}; policy NonEmptyCollections). */
    NON_EMPTY,
    /** The iterator of a {@link #NON_EMPTY} collection that nothing has advanced yet. */
    UNADVANCED_ITERATOR
  }

  static final Value UNKNOWN = new Value(Nullness.NONNULL, Role.PLAIN, null, null, null, null);
  static final Value NULL_CONSTANT = new Value(Nullness.NULL, Role.PLAIN, null, null, null, null);
  static final Value THIS = new Value(Nullness.NONNULL, Role.THIS, null, null, null, null);
  static final Value OUTER_INSTANCE =
      new Value(Nullness.NONNULL, Role.OUTER_INSTANCE, null, null, null, null);

  Value withPlace(Place newPlace) {
    return new Value(bits, role, newPlace, alias, cause, source, flag);
  }

  Value withFlag(@Nullable Flag newFlag) {
    return new Value(bits, role, place, alias, cause, source, newFlag);
  }

  Value withRole(Role newRole) {
    return new Value(bits, newRole, place, alias, cause, source, flag);
  }

  Value withoutAlias() {
    return new Value(bits, role, place, null, cause, source, flag);
  }

  Value withBits(int newBits) {
    return new Value(
        newBits, role, place, alias, (newBits & Nullness.NULL) != 0 ? cause : null, source, flag);
  }

  /** The int constant this value is ({@code iconst_0} and {@code iconst_1} too), or null. */
  @Nullable Integer intConstant() {
    if (flag instanceof Flag.Constant constant) {
      return constant.value() ? 1 : 0;
    }
    return flag instanceof Flag.IntConstant constant ? constant.value() : null;
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
        a.cause != null ? a.cause : b.cause,
        Objects.equals(a.source, b.source) ? a.source : null,
        Objects.equals(a.flag, b.flag) ? a.flag : Flag.Bits.either(a.flag, b.flag));
  }
}
