package io.github.mapinit.policy.rules;

import java.util.Optional;
import java.util.Set;

/**
 * Spec 3, guards through a helper's result, as {@link ResultsWhenNull} for ints: a method of the
 * class called on {@code this} ({@link ResultsWhenNull#readsHelper}) that returns an empty
 * collection wherever a field of the object is null ({@code return map == null ?
 * Collections.emptyMap() : map;}, or {@code if (map == null) return Set.of();} first; policy data
 * {@code empty-factories.txt}), gives a collection that holds an element only where the field is
 * not null. So the field is not null where a test shows that the result, or a view of it ({@code
 * names().keySet()}), holds an element: {@code view().containsKey(k)} is true, {@code
 * view().isEmpty()} is false, or a loop over it runs its body ({@code for (String name : names())
 * map.get(name)}).
 *
 * <p>The engines follow the loop's iterator as for {@link NonEmptyCollections}: while nothing has
 * advanced it, it has a next element only where the collection holds one.
 */
public final class EmptyViews {

  /** Views that are empty wherever the collection they look at is empty. */
  private static final Set<String> VIEWS =
      Set.of(
          "keySet",
          "values",
          "entrySet",
          "navigableKeySet",
          "descendingKeySet",
          "descendingMap",
          "descendingSet",
          "sequencedKeySet",
          "sequencedValues",
          "sequencedEntrySet",
          "reversed",
          "headMap",
          "tailMap",
          "subMap",
          "headSet",
          "tailSet",
          "subSet",
          "subList");

  private EmptyViews() {}

  /**
   * Whether the call of {@code methodName} on a collection returns a view that is empty with it.
   */
  public static boolean isViewOfSameElements(String methodName) {
    return VIEWS.contains(methodName);
  }

  /**
   * The result of the call of {@code methodName} with {@code parameterCount} parameters on a
   * collection on which it holds an element: true for {@code containsKey(k)}, {@code
   * containsValue(v)} and {@code contains(x)}, false for {@code isEmpty()}; empty for another call.
   */
  public static Optional<Boolean> resultWhereHoldsElement(String methodName, int parameterCount) {
    if (parameterCount == 0 && methodName.equals("isEmpty")) {
      return Optional.of(false);
    }
    boolean membership =
        methodName.equals("containsKey")
            || methodName.equals("containsValue")
            || methodName.equals("contains");
    return parameterCount == 1 && membership ? Optional.of(true) : Optional.empty();
  }
}
