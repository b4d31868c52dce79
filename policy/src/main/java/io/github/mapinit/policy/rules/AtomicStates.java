package io.github.mapinit.policy.rules;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Spec 8, correlated conditions: an {@code AtomicReference}, {@code AtomicInteger} or {@code
 * AtomicLong} in a final field of the object holds a state of the object as a state field does
 * ({@link ConstantTests#followsStateField}), read and written through its methods. {@code
 * status.get() == Status.ARMED} (or {@code phase.get() > 2}) tests it as a comparison of a state
 * field does; {@code status.set(Status.ARMED)}, and the field's initial {@code new
 * AtomicReference<>(Status.IDLE)}, answer its tests as an assignment of the constant does; {@code
 * compareAndSet(expected, next)} held {@code expected} and now holds {@code next} where it returns
 * true, and does not hold {@code expected} where it returns false; any other method that may change
 * the value ({@code incrementAndGet}, {@code updateAndGet}) leaves its tests unknown. So {@code if
 * (!status.compareAndSet(ARMED, DISARMED)) return; live = null;} and {@code live = new
 * IdentityHashMap<>(); status.set(ARMED);} keep "where {@code status} is ARMED, {@code live} is
 * non-null", and {@code if (status.get() != ARMED) return; live.put(..)} is safe. An {@code
 * AtomicBoolean} is a flag instead ({@link AtomicFlags}).
 */
public final class AtomicStates {

  private static final Set<String> TYPES =
      Set.of(
          "java.util.concurrent.atomic.AtomicReference",
          "java.util.concurrent.atomic.AtomicInteger",
          "java.util.concurrent.atomic.AtomicLong");

  /** Methods that leave the value as it is, besides the reads. */
  private static final Set<String> LEAVING_VALUE =
      Set.of(
          "toString",
          "hashCode",
          "equals",
          "getClass",
          "intValue",
          "longValue",
          "floatValue",
          "doubleValue",
          "shortValue",
          "byteValue");

  private AtomicStates() {}

  /** Whether a final field of the (erased, qualified) type {@code type} holds a state. */
  public static boolean holdsState(String type) {
    return TYPES.contains(type);
  }

  /**
   * What calling {@code method} with {@code arguments} arguments does to the value: as on an {@code
   * AtomicBoolean} ({@link AtomicFlags#of}), except that any method not known to leave the value
   * alone may change it ({@code incrementAndGet}, {@code accumulateAndGet}).
   */
  public static AtomicFlags.Operation of(String method, int arguments) {
    AtomicFlags.Operation operation = AtomicFlags.of(method, arguments);
    return operation == AtomicFlags.Operation.NONE && !LEAVING_VALUE.contains(method)
        ? AtomicFlags.Operation.CHANGE
        : operation;
  }

  /** Whether calling {@code method} may change the value. */
  public static boolean changes(String method, int arguments) {
    AtomicFlags.Operation operation = of(method, arguments);
    return operation != AtomicFlags.Operation.READ && operation != AtomicFlags.Operation.NONE;
  }

  /**
   * Whether {@code test}, whose answer for {@code compareAndSet}'s expected value is {@code
   * answerForExpected}, asks whether the value is that one: then where the call returns false it is
   * false.
   */
  public static boolean testsExpected(String test, @Nullable Boolean answerForExpected) {
    return Boolean.TRUE.equals(answerForExpected) && ConstantTests.isEquality(test);
  }

  /**
   * Whether {@code compareAndSet(expected, next)} leaves a test's answer as it was, whichever it
   * returns: the test gives {@code expected} and {@code next} the same answer, so where the call
   * swaps, the value had that answer and keeps it, and where it does not, the value stays.
   */
  public static boolean keepsAnswer(@Nullable Boolean forExpected, @Nullable Boolean forNext) {
    return forExpected != null && forExpected.equals(forNext);
  }

  /**
   * The answer of a test after {@code compareAndSet(expected, next)}, for an engine that keeps one
   * state after the call whichever it returned: the answer where it swapped ({@code whereSwapped},
   * the answer for {@code next}), if the value it kept where it did not swap gives the same one.
   * There the value is not {@code expected} ({@code testsExpected}: the test asks whether it is),
   * and otherwise what it was ({@code before}). Null where the two differ or are not known.
   */
  public static @Nullable Boolean afterCompareAndSet(
      @Nullable Boolean whereSwapped, boolean testsExpected, @Nullable Boolean before) {
    Boolean whereKept = testsExpected ? Boolean.FALSE : before;
    return whereSwapped != null && whereSwapped.equals(whereKept) ? whereSwapped : null;
  }
}
