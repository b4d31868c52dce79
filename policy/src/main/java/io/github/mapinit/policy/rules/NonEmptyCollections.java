package io.github.mapinit.policy.rules;

/**
 * A collection made with at least one element ({@code List.of(key, "z")}, {@code Optional.of(x)};
 * policy data {@code non-empty-factories.txt}) has an element to give: a loop over it runs its body
 * at least once, and a method that runs a lambda for each of its elements ({@code forEach}, {@code
 * ifPresent}; {@code each-element-callbacks.txt}) runs the lambda at least once. So a map that the
 * body dereferences is non-null after the loop or the call: the path that skips the body does not
 * exist.
 *
 * <p>The engines follow the collection's iterator where the loop takes it: the iterator of such a
 * collection has a next element until something else is asked of it ({@code next()}).
 */
public final class NonEmptyCollections {

  private NonEmptyCollections() {}

  /** Whether a factory call holds an element: it takes arguments, none of them an array. */
  public static boolean holdsAnElement(int parameterCount, boolean takesArray) {
    return parameterCount > 0 && !takesArray;
  }

  /** Whether the call of {@code methodName} on a collection opens its iterator. */
  public static boolean opensIterator(String methodName, int parameterCount) {
    return parameterCount == 0 && methodName.equals("iterator");
  }

  /**
   * Whether the call of {@code methodName} on an iterator asks whether it has a next element: true
   * for an iterator of a collection that holds an element, as long as it has not been advanced.
   */
  public static boolean asksHasNext(String methodName, int parameterCount) {
    return parameterCount == 0 && methodName.equals("hasNext");
  }
}
