package io.github.mapinit.policy.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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
 *
 * <p>A counter may also decrease ({@code --depth}, {@code refCount -= 1}): a depth or a reference
 * count, {@code if (depth++ == 0) attributes = new HashMap<>();} and {@code if (--depth == 0)
 * attributes = null;}. Such a counter may go below 0 as far as the engines can tell, so the flag
 * follows only what holds for every int: a decrease forgets it, an increase makes it false only
 * where it was true, and a comparison tells it only on a branch that holds 0 alone, or no 0 ({@link
 * #branches}). A test of the value an assignment left ({@code --depth == 0}) tests the counter; a
 * test of the value it replaced ({@code depth++ == 0}) tests what the flag said before.
 *
 * <p>A counter's other comparisons ({@code size > INLINE} of a small vector whose spill map exists
 * exactly while it is over the threshold) are followed as a state field's ({@link
 * ConstantTests#followsTestOf}); an addition of a constant shifts their answers ({@link
 * ConstantTests#answersAfterAdding}), so {@code size++} where {@code size == INLINE} makes {@code
 * size > INLINE} true.
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
    /** {@code count--}, {@code --count}, {@code count -= c} or {@code count = count - c}, c > 0. */
    DECREASE,
    /**
     * {@code count = items.size()}: never negative, and 0 exactly where the collection is empty,
     * which the engine may know (policy {@link CollectionEmptiness}).
     */
    SIZE,
    /** Anything else: the field is no counter. */
    OTHER
  }

  /**
   * Whether a field whose assignments all fit a counter is one: some assignment changes it by
   * arithmetic ({@code count++}, {@code --depth}) or copies a size or another counter. A field the
   * class only ever gives constants ({@code state = 0}, {@code state = RUNNING}) is a state of the
   * object instead ({@link ConstantTests#followsStateField}), whose comparisons with any constant
   * ({@code state == RUNNING}) are flags; a counter's tests of whether it is 0 are its own flag.
   */
  public static boolean counts(boolean assignedOnlyConstants) {
    return !assignedOnlyConstants;
  }

  /** An addition of {@code constant}: an increase, or a decrease for a negative one. */
  public static Assignment byAdding(long constant) {
    return constant > 0
        ? Assignment.INCREASE
        : constant < 0 ? Assignment.DECREASE : Assignment.OTHER;
  }

  /**
   * What an assignment does to a counter's flag (true where it holds 0): the new value, or empty
   * where the flag says nothing afterwards. {@code before} is what the flag said just before, if it
   * was known; {@code decreasing} whether the class also decreases the counter.
   */
  public static Optional<Boolean> flagAfter(
      Assignment assignment, boolean decreasing, Optional<Boolean> before) {
    return switch (assignment) {
      case RESET -> Optional.of(true);
      case POSITIVE -> Optional.of(false);
      // From 0 an increase gives a positive value; from another value of a counter that may be
      // negative it may give 0.
      case INCREASE -> !decreasing || before.orElse(false) ? Optional.of(false) : Optional.empty();
      // A size is 0 where its collection is empty: the engine copies that flag where it has it.
      case DECREASE, SIZE, OTHER -> Optional.empty();
    };
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
   * @param decreases whether some code decreases it, which may bring it to 0
   */
  public static boolean neverZero(
      boolean positiveInEveryConstructor, boolean everReset, boolean decreases) {
    return positiveInEveryConstructor && !everReset && !decreases;
  }

  /**
   * A class's counters, by an engine's key, and those of them that are never 0.
   *
   * @param <K> how the engine names a field
   */
  public record Found<K>(Set<K> counters, Set<K> neverZero, Set<K> decreasing) {

    public Found {
      counters = Set.copyOf(counters);
      neverZero = Set.copyOf(neverZero);
      decreasing = Set.copyOf(decreasing);
    }
  }

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

  /**
   * The flag (true where the counter holds 0) on each branch of {@code counter <comparison>
   * constant}, where the branch tells it: true on a branch that only 0 takes, false on one that 0
   * cannot take, unknown otherwise.
   *
   * @param whereHolds the flag where the comparison holds, or null
   * @param whereFails the flag where it does not, or null
   */
  public record Branches(@Nullable Boolean whereHolds, @Nullable Boolean whereFails) {}

  /**
   * The flag on each branch of a comparison of a counter with a constant; {@code mayBeNegative} for
   * a counter that also decreases. For a counter that never does, it gives both branches exactly
   * where {@link #holdsWhereZero} answers.
   */
  public static Branches branches(
      IntComparison comparison, long constant, boolean constantOnLeft, boolean mayBeNegative) {
    if (!mayBeNegative) {
      Boolean whereZero = holdsWhereZero(comparison, constant, constantOnLeft);
      return whereZero == null ? new Branches(null, null) : new Branches(whereZero, !whereZero);
    }
    // A branch is an interval, a point or all but a point: it holds a value other than 0 next to
    // 0, or at an end, whenever it holds one at all.
    long[] others = {-1, 1, Integer.MIN_VALUE, Integer.MAX_VALUE};
    Boolean[] flag = new Boolean[2];
    for (boolean branch : new boolean[] {true, false}) {
      boolean zero = holds(comparison, 0, constant, constantOnLeft) == branch;
      boolean other = false;
      for (long value : others) {
        other |= holds(comparison, value, constant, constantOnLeft) == branch;
      }
      flag[branch ? 0 : 1] = !zero ? Boolean.FALSE : !other ? Boolean.TRUE : null;
    }
    return new Branches(flag[0], flag[1]);
  }

  /**
   * Whether {@code test}, a comparison with a constant as {@link IntComparison#flagTested} names
   * it, asks whether a counter is 0 ({@code == 0}, {@code > 0}, {@code != 0}): the counter's own
   * flag answers it. Its other tests ({@code size > INLINE}) are tests of the counter as a state
   * field ({@link ConstantTests#followsTestOf}), which its assignments answer by shifting ({@link
   * ConstantTests#answersAfterAdding}).
   */
  public static boolean testsZero(String test) {
    return test.equals(IntComparison.EQUAL.flagTested(0, false))
        || test.equals(IntComparison.GREATER.flagTested(0, false));
  }

  /**
   * What a counter's flag says as answers to tests of the counter ({@link IntComparison
   * #flagTested}), for {@link ConstantTests#answersAfterAdding}: {@code == 0} where the flag is
   * known, and, for a counter that never decreases, {@code >= 0}.
   */
  public static Map<String, Boolean> answersOfFlag(Optional<Boolean> zero, boolean decreasing) {
    Map<String, Boolean> answers = new HashMap<>();
    zero.ifPresent(value -> answers.put(IntComparison.EQUAL.flagTested(0, false), value));
    if (!decreasing) {
      answers.put(IntComparison.GREATER_OR_EQUAL.flagTested(0, false), true);
    }
    return answers;
  }

  private static boolean holds(
      IntComparison comparison, long counter, long constant, boolean constantOnLeft) {
    return constantOnLeft
        ? comparison.holds(constant, counter)
        : comparison.holds(counter, constant);
  }
}
