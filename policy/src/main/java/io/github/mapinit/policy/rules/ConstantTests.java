package io.github.mapinit.policy.rules;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Spec 8, correlated conditions: a comparison of a variable with a constant ({@code n > 0}, {@code
 * mode == Mode.INDEXED}) gives the same answer each time until the variable is assigned, so it
 * tests a flag of the variable's, which the next such comparison shares ({@link IntComparison}
 * names the int ones). A final field of the object is assigned only while the object is
 * constructed, so a test of it is a flag that a constructor sets together with a map and that every
 * method can rely on: {@code this.index = mode == Mode.INDEXED ? new HashMap<>() : null;} and
 * {@code if (mode == Mode.INDEXED) index.put(..)}. A private state field that methods assign again
 * ({@code link = Link.CONNECTED}) is followed too, its assignments answering its tests ({@link
 * #followsStateField}); where a promise cannot rest on it, its tests may still gate a creation
 * ({@link StateGates}).
 */
public final class ConstantTests {

  private static final String EQUAL = "== ";
  private static final String AT_LEAST = ">= ";
  private static final String MEMBERSHIP = "contains ";

  private ConstantTests() {}

  /**
   * The flag that {@code variable == constant} and {@code variable != constant} test, for a named
   * constant such as an enum constant: true where the comparison with {@code ==} holds.
   */
  public static String equalTo(String constantName) {
    return EQUAL + constantName;
  }

  /**
   * The test that {@code this == SHARED} (or {@code SHARED == this}, or {@code !=}) makes of a
   * {@code static final} field of the class that holds an object of it, named as a test of that
   * field: true where the running object is the one the field holds. An object's identity never
   * changes, so every such test gives the same answer on it; and the object that the field's
   * initialiser builds is the only one for which it holds, so a null map given to that construction
   * keeps the promise of the test's other value (policy {@link NullConstruction}: the construction
   * gives the field the constant {@link #RUNNING_OBJECT}).
   */
  public static final String IS_RUNNING_OBJECT = EQUAL + "this";

  /** What a construction stored in a static final field gives that field: the running object. */
  public static final String RUNNING_OBJECT = "this";

  /**
   * The flag that a call of the boolean accessor {@code accessor} of a record tests: a record's
   * components are final, so on the same record it gives the same answer each time ({@code
   * config.cachingEnabled()} on a local, or on a final field of the object, which never holds
   * another record).
   */
  public static String recordAccessor(String accessor) {
    return accessor + "()";
  }

  /**
   * The flag that {@code collection.contains(constant)} tests, on a final field of the object that
   * only ever holds a collection no code can change ({@code Policy.returnsUnmodifiable}): its
   * members are fixed with it, so the answer is too ({@code features.contains(Feature.METRICS)});
   * null for a call of another method.
   *
   * @param constant the constant's name: an enum constant's simple name, or a string literal as
   *     written
   */
  public static @Nullable String membership(String method, int arguments, String constant) {
    return method.equals("contains") && arguments == 1 ? MEMBERSHIP + constant : null;
  }

  /**
   * Whether {@code test} asks whether a variable equals one value ({@link #equalTo}, or {@code ==
   * c} of {@link IntComparison#flagTested}).
   */
  public static boolean isEquality(String test) {
    return test.startsWith(EQUAL) && !test.equals(IS_RUNNING_OBJECT);
  }

  /** Whether {@code test} is a flag named by {@link #membership}. */
  public static boolean isMembership(String test) {
    return test.startsWith(MEMBERSHIP);
  }

  /**
   * The flag that {@code test}, a comparison with a constant ({@link IntComparison#flagTested}),
   * tests on the length of an array: an array's length never changes, so {@code args.length > 1}
   * gives the same answer each time until the variable holds another array.
   */
  public static String ofLength(String test) {
    return "length " + test;
  }

  /**
   * The flag that a test of whether the length of a final array field of the object is 0 tests
   * ({@code bounds.length == 0}, {@code bounds.length > 0}): true where it is. The field never
   * holds another array and a length never changes, so every such test of it gives the same answer,
   * set where the constructor stored the array.
   */
  public static final String EMPTY_ARRAY = "length == 0";

  /**
   * The answer of {@code test}, a flag named by {@link #equalTo} or {@link
   * IntComparison#flagTested}, for a variable that holds the int {@code value}; null for a test of
   * another kind.
   */
  public static @Nullable Boolean answerFor(String test, long value) {
    Long mask = BitFlags.maskOf(test);
    if (mask != null) {
      return (value & mask) != 0;
    }
    Long threshold = threshold(test);
    if (threshold == null) {
      return null;
    }
    return test.startsWith(EQUAL) ? value == threshold : value >= threshold;
  }

  /**
   * The answer of {@code test} for a variable that holds the named constant {@code name}: whether
   * it is the constant the test names; null for a test of another kind.
   */
  public static @Nullable Boolean answerFor(String test, String name) {
    return test.startsWith(EQUAL) ? test.equals(equalTo(name)) : null;
  }

  /**
   * The answer of {@code test} for a variable that holds one of the constants whose tests {@code
   * labels} are (a {@code case} with several labels, {@code case CONNECTED, SYNCING ->}): a
   * comparison with a named constant that is none of them is false; null for any other test, or
   * where it is one of several.
   */
  public static @Nullable Boolean answerForOneOf(String test, Collection<String> labels) {
    if (!test.startsWith(EQUAL) || threshold(test) != null) {
      return null;
    }
    if (!labels.contains(test)) {
      return false;
    }
    return labels.size() == 1 ? Boolean.TRUE : null;
  }

  /**
   * The answer of {@code test} that the answers {@code known} to other tests of the same int give
   * (spec 8, correlated conditions), or null if they leave it open: {@code n >= 0} true and {@code
   * n == 0} false make {@code n >= 1} true; {@code n >= 1} true makes {@code n == 0} false; {@code
   * mode == Mode.A} true makes {@code mode == Mode.B} false. Tests of other kinds give and get
   * nothing.
   */
  public static @Nullable Boolean implied(Map<String, Boolean> known, String test) {
    long low = Long.MIN_VALUE;
    long high = Long.MAX_VALUE;
    Set<Long> excluded = new HashSet<>();
    for (Map.Entry<String, Boolean> answer : known.entrySet()) {
      Long threshold = threshold(answer.getKey());
      if (threshold == null
          && answer.getValue()
          && answer.getKey().startsWith(EQUAL)
          && test.startsWith(EQUAL)
          && threshold(test) == null
          && !answer.getKey().equals(test)) {
        // A variable equal to one named constant is equal to no other.
        return false;
      }
      if (threshold == null || answer.getKey().equals(test)) {
        continue;
      }
      boolean holds = answer.getValue();
      if (answer.getKey().startsWith(EQUAL)) {
        if (holds) {
          low = Math.max(low, threshold);
          high = Math.min(high, threshold);
        } else {
          excluded.add(threshold);
        }
      } else if (holds) {
        low = Math.max(low, threshold);
      } else if (threshold > Long.MIN_VALUE) {
        high = Math.min(high, threshold - 1);
      }
    }
    while (low < high && excluded.contains(low)) {
      low++;
    }
    while (high > low && excluded.contains(high)) {
      high--;
    }
    Long asked = threshold(test);
    if (asked == null || low > high || (low == high && excluded.contains(low))) {
      // Another kind of test, or answers that no value gives (a path that cannot run).
      return null;
    }
    if (test.startsWith(EQUAL)) {
      if (low == asked && high == asked) {
        return true;
      }
      return asked < low || asked > high || excluded.contains(asked) ? false : null;
    }
    if (low >= asked) {
      return true;
    }
    return high < asked ? false : null;
  }

  /**
   * Whether {@code owner.method(a, b)} never returns less than either argument ({@code Math.max}):
   * a field assigned {@code Math.max(0, n)} answers {@code >= 0} with true.
   */
  public static boolean neverBelowArguments(String owner, String method) {
    return method.equals("max")
        && (owner.equals("java.lang.Math")
            || owner.equals("java.lang.StrictMath")
            || owner.equals("java.lang.Integer"));
  }

  /**
   * The answers that {@code known} imply ({@link #implied}) for those of {@code tests}, one
   * variable's tests, that it does not hold; empty where nothing is known or everything is.
   */
  public static Map<String, Boolean> impliedAnswers(
      Map<String, Boolean> known, Collection<String> tests) {
    if (known.isEmpty() || known.keySet().containsAll(tests)) {
      return Map.of();
    }
    Map<String, Boolean> answers = new HashMap<>();
    for (String test : tests) {
      Boolean answer = known.containsKey(test) ? null : implied(known, test);
      if (answer != null) {
        answers.put(test, answer);
      }
    }
    return answers;
  }

  /** The constant of a test named by {@link IntComparison#flagTested}, or null for another. */
  private static @Nullable Long threshold(String test) {
    if (!test.startsWith(EQUAL) && !test.startsWith(AT_LEAST)) {
      return null;
    }
    try {
      return Long.parseLong(test.substring(3));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Whether tests of a field against constants are followed as flags across the class's methods: an
   * instance field that only constructors and initialisers assign. A field that is not final may be
   * followed as a state field instead ({@link #followsStateField}).
   */
  public static boolean followsField(boolean isFinal, boolean isStatic) {
    return isFinal && !isStatic;
  }

  /**
   * Whether tests of a field that is not final are followed as flags across the class's methods: a
   * private field of an int type or an enum that only the class's own code assigns, on its own
   * object (or, for a static field, on its class: policy {@link StaticPromises}): a state field
   * ({@code link = Link.CONNECTED}, {@code capacity = cap}, {@code static Phase phase}). Each
   * assignment of a state field answers its tests (a constant: {@link #answerFor}; another
   * variable: that variable's answers; an addition of a constant, {@code size++}: the answers
   * shifted, {@link #answersAfterAdding}; anything else: unknown), a call that may assign it
   * forgets them, and a promise resting on one is checked at every exit of every body as a boolean
   * flag's is ({@link FlagInvariants}): {@code link = Link.OFFLINE; desired = null;} and {@code
   * desired = new HashMap<>(); link = Link.CONNECTED;} keep "where {@code link != OFFLINE}, {@code
   * desired} is non-null", so {@code if (link == Link.OFFLINE) return; desired.put(..)} is safe.
   *
   * @param stateType whether the field's type is an int type or an enum
   * @param assignedElsewhere whether code other than the class's own, on its own object, may assign
   *     it (a nested class, another object of the class)
   */
  public static boolean followsStateField(
      boolean isPrivate, boolean stateType, boolean assignedElsewhere) {
    return isPrivate && stateType && !assignedElsewhere;
  }

  /**
   * Whether {@code test} of a state field ({@link #followsStateField}) is followed as one of its
   * tests: any test, except that a counter's tests of whether it is 0 ({@link Counters#testsZero})
   * are its counter flag's, so only its other tests ({@code size > INLINE}) are followed here.
   */
  public static boolean followsTestOf(boolean counter, String test) {
    return !counter || !Counters.testsZero(test);
  }

  /**
   * The answers of {@code tests}, comparisons of one int variable with constants ({@link
   * IntComparison#flagTested}), after the variable grows by {@code delta} ({@code size++}, {@code
   * --size}, {@code count += 2}), from the answers {@code known} before: it now passes {@code >= t}
   * exactly where it passed {@code >= t - delta}, and equals {@code t} where it equalled {@code t -
   * delta}, which {@code known} may answer itself or imply ({@link #implied}). A counter is taken
   * not to overflow. Tests left open are absent.
   */
  public static Map<String, Boolean> answersAfterAdding(
      Map<String, Boolean> known, long delta, Collection<String> tests) {
    Map<String, Boolean> answers = new HashMap<>();
    for (String test : tests) {
      Long threshold = threshold(test);
      if (threshold == null) {
        continue;
      }
      String before = test.substring(0, 3) + (threshold - delta);
      Boolean answer = known.containsKey(before) ? known.get(before) : implied(known, before);
      if (answer != null) {
        answers.put(test, answer);
      }
    }
    return answers;
  }

  /**
   * Whether {@code test} of a state field ({@link #followsStateField}) is a flag: a comparison with
   * a constant, which an assignment of a constant answers. Other tests (a record accessor, a
   * membership, an AtomicBoolean's value) rest on the field holding one object for good.
   */
  public static boolean followsStateTest(String test) {
    return test.startsWith(EQUAL) || test.startsWith(AT_LEAST) || BitFlags.maskOf(test) != null;
  }

  /**
   * The answer of {@code test} for a field that holds its default value, as a new object's fields
   * do until their initialisers run: 0 for a comparison with a number ({@link #answerFor(String,
   * long)}), and null for one with a named constant, which null equals none of; null for a test of
   * another kind.
   */
  public static @Nullable Boolean answerForDefault(String test) {
    if (test.equals(IS_RUNNING_OBJECT)) {
      // Whether a new object is the shared one is not a field's value: a constructor cannot tell.
      return null;
    }
    if (threshold(test) != null || BitFlags.maskOf(test) != null) {
      return answerFor(test, 0);
    }
    return test.startsWith(EQUAL) ? Boolean.FALSE : null;
  }

  /**
   * The name under which the engines keep the flag of {@code test} on {@code field}, which no field
   * can have: it stands beside the boolean fields in a promise.
   */
  public static String flagName(String field, String test) {
    return field + " " + test;
  }
}
