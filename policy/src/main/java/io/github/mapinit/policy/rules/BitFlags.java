package io.github.mapinit.policy.rules;

import org.jspecify.annotations.Nullable;

/**
 * Spec 8, correlated conditions: the bits of a private int state field ({@link
 * ConstantTests#followsStateField}) kept as a set of flags, as Android's {@code mPrivateFlags} is.
 * {@code (flags & HAS_POOL) != 0} tests one flag of the field, true where some bit of the mask is
 * set; {@code flags |= HAS_POOL} sets it where the map is created, {@code flags &= ~HAS_POOL}
 * clears it where the map is dropped, and an update of other bits ({@code flags = verbose ? flags |
 * VERBOSE : flags & ~VERBOSE}) leaves it, with what it vouched for, as it was. A promise resting on
 * the flag is checked at every exit of every body, as a state field's tests are.
 */
public final class BitFlags {

  private static final String PREFIX = "& ";

  private BitFlags() {}

  /** The flag that {@code (variable & mask) != 0} tests, true where some bit of the mask is set. */
  public static String test(long mask) {
    return PREFIX + mask;
  }

  /** The mask of a test named by {@link #test}, or null for a test of another kind. */
  public static @Nullable Long maskOf(String test) {
    if (!test.startsWith(PREFIX)) {
      return null;
    }
    try {
      return Long.parseLong(test.substring(PREFIX.length()));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * The value of {@link #test}'s flag where {@code (variable & mask) <comparison> constant} holds,
   * or null where that comparison asks something else: {@code != 0} and {@code == 0} ask whether a
   * bit of the mask is set, and so do {@code == mask} and {@code != mask} for a mask of one bit.
   */
  public static @Nullable Boolean flagWhereHolds(
      IntComparison comparison, long mask, long constant) {
    if (mask == 0 || (comparison != IntComparison.EQUAL && comparison != IntComparison.NOT_EQUAL)) {
      return null;
    }
    boolean equal = comparison == IntComparison.EQUAL;
    if (constant == 0) {
      return !equal;
    }
    return constant == mask && Long.bitCount(mask) == 1 ? equal : null;
  }

  /** What an update of the field tells a test of it. */
  public enum Answer {
    /** Some bit of the mask is set. */
    SET,
    /** No bit of the mask is set. */
    CLEAR,
    /** The update leaves the mask's bits as they were: the flag keeps its value and its word. */
    UNCHANGED,
    /** Nothing is known. */
    UNKNOWN
  }

  /**
   * A new value of the field in terms of its old one: the bits forced to 1, those forced to 0, and
   * those changed in a way not known; every other bit is as it was.
   */
  public record Update(long set, long clear, long unknown) {

    /** The old value itself. */
    public static Update unchanged() {
      return new Update(0, 0, 0);
    }

    /** A constant, whatever the old value was. */
    public static Update constant(long value) {
      return new Update(value, ~value, 0);
    }

    /** Nothing known of any bit. */
    public static Update anything() {
      return new Update(0, 0, -1L);
    }

    /** This value {@code | mask}. */
    public Update or(long mask) {
      return new Update(set | mask, clear & ~mask, unknown & ~mask);
    }

    /** This value {@code & mask} ({@code & ~BIT} clears BIT). */
    public Update and(long mask) {
      return new Update(set & mask, clear | ~mask, unknown & mask);
    }

    /** This value {@code ^ mask}: a known bit of the mask flips, an old one becomes unknown. */
    public Update xor(long mask) {
      return new Update(
          (set & ~mask) | (clear & mask),
          (clear & ~mask) | (set & mask),
          unknown | (mask & ~set & ~clear));
    }

    /** Either this value or {@code other} ({@code c ? flags | A : flags & ~A}). */
    public Update or(Update other) {
      long known = (set & other.set) | (clear & other.clear);
      long differing = (set ^ other.set) | (clear ^ other.clear) | unknown | other.unknown;
      return new Update(set & other.set, clear & other.clear, differing & ~known);
    }

    /** What this value tells the test of {@code mask}. */
    public Answer answer(long mask) {
      if ((set & mask) != 0) {
        return Answer.SET;
      }
      if ((mask & ~clear) == 0) {
        return Answer.CLEAR;
      }
      return (mask & (clear | unknown)) == 0 ? Answer.UNCHANGED : Answer.UNKNOWN;
    }
  }
}
