package io.github.mapinit.policy.rules;

/**
 * Spec 4 and 8: where the class's promises hold for a lambda. A lambda that runs at once starts
 * from the state where it is created. One that a method hands on starts later, as a method does,
 * where the promises hold. One that a constructor hands on may be called back before the
 * constructor returns, before the promises hold; unless the constructor hands it to a method of a
 * JDK collection or map that only stores it ({@code listeners.add(l)}, {@code handlers.put(type,
 * h)}): it runs when code takes it out and calls it, which the class's code does on the object it
 * has built. A constructor that runs its own listeners before it returns is not followed.
 */
public final class StoredCallbacks {

  private StoredCallbacks() {}

  /**
   * Whether a lambda starts where the class's promises hold.
   *
   * @param createdDuringInitialisation created in a constructor or initialiser of its object
   * @param storedInCollection passed straight to a call that {@link #stores} it
   */
  public static boolean startsWherePromisesHold(
      boolean runAtOnce, boolean createdDuringInitialisation, boolean storedInCollection) {
    return !runAtOnce && (!createdDuringInitialisation || storedInCollection);
  }

  /**
   * Whether calling {@code method} with {@code arguments} arguments on a JDK collection or map
   * stores its argument and calls nothing: an add of {@link CollectionEmptiness}.
   */
  public static boolean stores(String method, int arguments) {
    return CollectionEmptiness.of(method, arguments) == CollectionEmptiness.Operation.ADD;
  }
}
