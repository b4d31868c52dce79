package io.github.mapinit.policy.rules;

import java.util.List;
import java.util.Set;

/**
 * Spec 8, correlated conditions: whether a collection the object keeps is empty. A private final
 * field that holds a new, empty collection of the JDK, which only the class's own code touches and
 * only through calls on it, is empty until an element is added and again after {@code clear()}; so
 * {@code order.isEmpty()} and {@code order.size() > 0} test a flag of the object that a promise of
 * the class may carry across methods: {@code if (positions == null) positions = new HashMap<>();
 * positions.put(..); order.add(..);} and, elsewhere, {@code if (order.isEmpty()) return -1;
 * positions.get(..)}. The engines follow it as the flag of the test {@link #TEST} on the field
 * (policy {@link ConstantTests}), true where the collection is empty.
 */
public final class CollectionEmptiness {

  /** The test that names the flag of such a field: true where the collection is empty. */
  public static final String TEST = "isEmpty()";

  /** The types whose fields are followed: every collection and map. */
  public static final List<String> TYPES = List.of("java.util.Collection", "java.util.Map");

  /**
   * JDK collections whose size changes by itself or that never keep an element: a {@code
   * WeakHashMap} drops entries the collector clears, a {@code SynchronousQueue} hands each element
   * over.
   */
  private static final Set<String> UNSTEADY =
      Set.of("java.util.WeakHashMap", "java.util.concurrent.SynchronousQueue");

  /** Methods that read a collection or map and leave its size alone. */
  private static final Set<String> READS =
      Set.of(
          "contains",
          "containsKey",
          "containsValue",
          "containsAll",
          "get",
          "getOrDefault",
          "indexOf",
          "lastIndexOf",
          "peek",
          "peekFirst",
          "peekLast",
          "element",
          "getFirst",
          "getLast",
          "first",
          "last",
          "firstKey",
          "lastKey",
          "floor",
          "ceiling",
          "higher",
          "lower",
          "floorKey",
          "ceilingKey",
          "higherKey",
          "lowerKey",
          "stream",
          "parallelStream",
          "spliterator",
          "forEach",
          "toArray",
          "equals",
          "hashCode",
          "toString",
          "set",
          "replace",
          "replaceAll",
          "sort",
          "comparator");

  /**
   * Methods that may take elements out, now or through what they return (an iterator, a key set),
   * and never put one in: an empty collection stays empty.
   */
  private static final Set<String> REMOVES =
      Set.of(
          "remove",
          "removeFirst",
          "removeLast",
          "removeIf",
          "removeAll",
          "retainAll",
          "removeFirstOccurrence",
          "removeLastOccurrence",
          "removeElement",
          "poll",
          "pollFirst",
          "pollLast",
          "pollFirstEntry",
          "pollLastEntry",
          "pop",
          "take",
          "drainTo",
          "iterator",
          "descendingIterator",
          "keySet",
          "navigableKeySet",
          "descendingKeySet",
          "values",
          "entrySet");

  /**
   * Methods after which the collection holds an element, or throw: {@code add} on a full bounded
   * queue throws, where {@code offer} would return false.
   */
  private static final Set<String> ADDS =
      Set.of("add", "put", "putIfAbsent", "addFirst", "addLast", "push", "addElement");

  /** What a call of a method of the collection does to whether it is empty. */
  public enum Operation {
    /** {@code isEmpty()}: the result is the flag. */
    IS_EMPTY,
    /** {@code size()}: the result is never negative and 0 where the flag holds. */
    SIZE,
    /**
     * An element is in it after the call. One known to hold an element still does, so what its
     * being non-empty vouched for stays vouched ({@code FlagFacts.reassignConstant}): {@code if
     * (scopes.isEmpty()) bindings = new HashMap<>(); scopes.push(name);} keeps the promise that a
     * non-empty {@code scopes} means a non-null {@code bindings}.
     */
    ADD,
    /** {@code clear()}: it is empty after the call; one known to be empty stays so, as with ADD. */
    CLEAR,
    /** It may have become empty, and an empty one stays empty. */
    REMOVE,
    /** The size stays as it was. */
    NONE,
    /** Anything else may add or remove elements, now or later (a list iterator, a sub-list). */
    CHANGE
  }

  private CollectionEmptiness() {}

  /** What calling {@code method} with {@code arguments} arguments does. */
  public static Operation of(String method, int arguments) {
    if (arguments == 0 && method.equals("isEmpty")) {
      return Operation.IS_EMPTY;
    }
    if (arguments == 0 && method.equals("size")) {
      return Operation.SIZE;
    }
    if (arguments == 0 && method.equals("clear")) {
      return Operation.CLEAR;
    }
    if (ADDS.contains(method) && arguments >= 1 && arguments <= 2) {
      return Operation.ADD;
    }
    if (REMOVES.contains(method)) {
      return Operation.REMOVE;
    }
    return READS.contains(method) ? Operation.NONE : Operation.CHANGE;
  }

  /**
   * Whether {@code new className(..)}, with no class body, makes an empty collection whose size
   * only its methods change: a class of {@code java.util} or {@code java.util.concurrent} whose
   * arguments are no collection (a capacity, a comparator, an enum's class).
   */
  public static boolean createsEmpty(String className, boolean argumentsHoldElements) {
    return !argumentsHoldElements
        && (packageOf(className).equals("java.util")
            || packageOf(className).equals("java.util.concurrent"))
        && !UNSTEADY.contains(className);
  }

  /**
   * Whether passing the collection as an argument of {@code method} of {@code className} only reads
   * it: a copy by a JDK collection's constructor ({@code new ArrayList<>(order)}), or a read-only
   * view or copy ({@code Collections.unmodifiableList}, {@code List.copyOf}).
   */
  public static boolean readsArgument(String className, String method) {
    if (method.equals("<init>")) {
      return createsEmpty(className, false);
    }
    return switch (className) {
      case "java.util.Collections" -> method.startsWith("unmodifiable");
      case "java.util.List", "java.util.Set", "java.util.Map" -> method.equals("copyOf");
      default -> false;
    };
  }

  private static String packageOf(String className) {
    int dot = className.lastIndexOf('.');
    return dot < 0 ? "" : className.substring(0, dot);
  }
}
