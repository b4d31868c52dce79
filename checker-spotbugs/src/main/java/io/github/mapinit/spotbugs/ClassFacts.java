package io.github.mapinit.spotbugs;

import io.github.mapinit.policy.NullCause;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state of each tracked field of one class after construction (spec section 4, "any other
 * method entry" and "after a reset"), derived from the class's method summaries.
 */
final class ClassFacts {

  /** A method that sets a field to a value that may be null, and returns with it. */
  private record Reset(String methodKey, NullCause.ResetElsewhere cause) {}

  private final Map<FieldKey, NullCause> leftNullByConstruction = new HashMap<>();
  private final Map<FieldKey, NullCause> leftNullByDeserialisation = new HashMap<>();

  /** A transient field that a deserialised instance holds as null (spec 4). */
  void leftNullByDeserialisation(FieldKey field, NullCause cause) {
    leftNullByDeserialisation.putIfAbsent(field, cause);
  }
  private final Map<FieldKey, Set<String>> initializerAssigners = new HashMap<>();
  private final Map<FieldKey, List<Reset>> resets = new HashMap<>();
  private final Set<FieldKey> alwaysInitialised = new HashSet<>();
  private final Map<String, NullCause.SuperConstructorCall> constructorHooks = new HashMap<>();

  /** A constructor of this class calls the overridable method {@code methodKey} on {@code this}. */
  void constructorCalls(String methodKey, NullCause.SuperConstructorCall cause) {
    constructorHooks.putIfAbsent(methodKey, cause);
  }

  /** The overridable methods that a constructor of this class calls on {@code this}. */
  Map<String, NullCause.SuperConstructorCall> constructorHooks() {
    return constructorHooks;
  }

  /** Construction (constructors, or the static initialiser) can leave the field null. */
  void leftNullByConstruction(FieldKey field, NullCause cause) {
    leftNullByConstruction.putIfAbsent(field, cause);
  }

  /** A framework or another top-level class assigns the field: never null after construction. */
  void alwaysInitialised(FieldKey field) {
    alwaysInitialised.add(field);
  }

  /** The initializer method {@code methodKey} assigns the field. */
  void assignedByInitializer(FieldKey field, String methodKey) {
    initializerAssigners.computeIfAbsent(field, k -> new HashSet<>()).add(methodKey);
  }

  void resetBy(FieldKey field, String methodKey, NullCause.ResetElsewhere cause) {
    resets.computeIfAbsent(field, k -> new ArrayList<>()).add(new Reset(methodKey, cause));
  }

  /**
   * Why the field may be null at the entry of {@code methodKey} (a method of this class, or null
   * for a method of another class), or empty when it is initialised there.
   */
  Optional<NullCause> atEntryOf(FieldKey field, String methodKey) {
    if (alwaysInitialised.contains(field)) {
      return Optional.empty();
    }
    for (String initializer : initializerAssigners.getOrDefault(field, Set.of())) {
      if (!initializer.equals(methodKey)) {
        return Optional.empty();
      }
    }
    NullCause construction = leftNullByConstruction.get(field);
    if (construction != null) {
      return Optional.of(construction);
    }
    NullCause deserialisation = leftNullByDeserialisation.get(field);
    if (deserialisation != null) {
      return Optional.of(deserialisation);
    }
    for (Reset reset : resets.getOrDefault(field, List.of())) {
      if (!reset.methodKey().equals(methodKey)) {
        return Optional.of(reset.cause());
      }
    }
    return Optional.empty();
  }
}
