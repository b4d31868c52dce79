package io.github.mapinit.policy.rules;

import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Spec 8, correlated conditions: a counter set together with a map. A private int field of the
 * object that its class only ever sets to 0 and increases ({@code count++}, {@code count += 2}) is
 * never negative, so {@code count > 0}, {@code count != 0} and {@code count == 0} all ask one
 * question: whether it is 0. The engines follow that answer as a flag (the flag of policy {@link
 * FreshCounters}, true where the field holds 0), which an increase makes false and {@code count =
 * 0} true, and which the class's promises may carry across methods: {@code if (items == null) items
 * = new HashMap<>(); items.merge(..); total++;} and, elsewhere, {@code if (total == 0) return 0;
 * items.get(..)}. A long field counts as an int one does.
 *
 * <p>A counter may also be given a positive value: a positive constant, or what another counter
 * that is never 0 holds ({@code txId = nextTx++}, where {@code nextTx} starts at 1 and only grows),
 * which makes it non-zero, as an increase does.
 */
public final class Counters {

  private Counters() {}

  /** How the class assigns one of its int fields, as far as a counter goes. */
  public enum Assignment {
    /** {@code count = 0}. */
    RESET,
    /** {@code count++}, {@code ++count}, {@code count += c} or {@code count = count + c}, c > 0. */
    INCREASE,
    /** {@code count = c}, c > 0, or {@code count = other++} of a counter that is never 0. */
    POSITIVE,
    /** Anything else: the field is no counter. */
    OTHER
  }

  /** An increase by {@code constant}: only a positive one keeps a counter non-negative. */
  public static Assignment byAdding(long constant) {
    return constant > 0 ? Assignment.INCREASE : Assignment.OTHER;
  }

  /** A plain assignment of {@code constant}. */
  public static Assignment byAssigning(long constant) {
    return constant == 0 ? Assignment.RESET : constant > 0 ? Assignment.POSITIVE : Assignment.OTHER;
  }

  /**
   * Whether a counter is never 0 once the object is constructed, so that a read of it (or of its
   * old value, {@code nextTx++}) outside the constructors gives a positive value: each constructor
   * gives it a positive value, and no code sets it to 0.
   *
   * @param positiveInEveryConstructor whether every constructor that does not delegate to another
   *     (its field initialiser included) assigns it a positive constant
   * @param everReset whether some code assigns it 0
   */
  public static boolean neverZero(boolean positiveInEveryConstructor, boolean everReset) {
    return positiveInEveryConstructor && !everReset;
  }

  /**
   * A class's counters, by an engine's key, and those of them that are never 0.
   *
   * @param <K> how the engine names a field
   */
  public record Found<K>(Set<K> counters, Set<K> neverZero) {}

  /**
   * The class's counters, which {@code classify} finds given the counters known never to be 0: a
   * counter assigned from one that is never 0 ({@code txId = nextTx++}) is one only once that one
   * is known, so the classification runs again until the never-zero counters stay the same.
   */
  public static <K> Found<K> classified(Function<Set<K>, Found<K>> classify) {
    Set<K> neverZero = Set.of();
    Found<K> found = classify.apply(neverZero);
    for (int round = 0; round < 3 && !found.neverZero().equals(neverZero); round++) {
      neverZero = Set.copyOf(found.neverZero());
      found = classify.apply(neverZero);
    }
    return found;
  }

  /**
   * Whether {@code counter <comparison> constant} (or {@code constant <comparison> counter}) asks
   * whether a non-negative counter is 0: the answer is the same for every positive value and
   * another one for 0. Null if it asks something else; otherwise the comparison's result where the
   * counter is 0.
   */
  public static @Nullable Boolean holdsWhereZero(
      IntComparison comparison, long constant, boolean constantOnLeft) {
    boolean atZero = holds(comparison, 0, constant, constantOnLeft);
    boolean atOne = holds(comparison, 1, constant, constantOnLeft);
    boolean atMany = holds(comparison, Integer.MAX_VALUE, constant, constantOnLeft);
    return atZero != atOne && atOne == atMany ? atZero : null;
  }

  private static boolean holds(
      IntComparison comparison, long counter, long constant, boolean constantOnLeft) {
    return constantOnLeft
        ? comparison.holds(constant, counter)
        : comparison.holds(counter, constant);
  }
}
