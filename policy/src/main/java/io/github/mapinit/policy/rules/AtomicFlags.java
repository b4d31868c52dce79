package io.github.mapinit.policy.rules;

/**
 * Spec 8, correlated conditions: an {@code AtomicBoolean} in a final field of the object is a
 * boolean flag of the object like a {@code boolean} field, read and written through its methods:
 * {@code if (closed.compareAndSet(false, true)) { entries = null; }} and, elsewhere, {@code if
 * (closed.get()) throw ..; entries.put(..)}. The engines follow its value as the flag of the test
 * {@link #TEST} on the field (policy {@link ConstantTests}), which a promise of the class may carry
 * across methods.
 */
public final class AtomicFlags {

  /** The type whose final fields are followed. */
  public static final String TYPE = "java.util.concurrent.atomic.AtomicBoolean";

  /** The test that names the flag of such a field. */
  public static final String TEST = "get()";

  /** What a call of a method of the type does to its value. */
  public enum Operation {
    /** {@code get()} and its memory-order variants: the result is the value. */
    READ,
    /** {@code set(v)}, {@code lazySet(v)} and their variants: the value becomes the argument. */
    SET,
    /**
     * {@code compareAndSet(expected, next)} and its weak variants: where the result is true, the
     * value was {@code expected} and is {@code next} now; where it is false, it is not {@code
     * expected}.
     */
    COMPARE_AND_SET,
    /** {@code getAndSet(v)}: the result is the old value, and the value becomes the argument. */
    GET_AND_SET,
    /** Any other method that may change the value ({@code compareAndExchange}). */
    CHANGE,
    /** A method that leaves the value alone ({@code toString}). */
    NONE
  }

  private AtomicFlags() {}

  /** What calling {@code method} with {@code arguments} arguments does. */
  public static Operation of(String method, int arguments) {
    if (arguments == 0 && method.startsWith("get") && !method.startsWith("getAnd")) {
      return Operation.READ;
    }
    if (arguments == 1 && (method.startsWith("set") || method.equals("lazySet"))) {
      return Operation.SET;
    }
    if (arguments == 2
        && (method.equals("compareAndSet") || method.startsWith("weakCompareAndSet"))) {
      return Operation.COMPARE_AND_SET;
    }
    if (arguments == 1 && method.equals("getAndSet")) {
      return Operation.GET_AND_SET;
    }
    return method.startsWith("compareAnd") || method.startsWith("weakCompare")
        ? Operation.CHANGE
        : Operation.NONE;
  }
}
