package io.github.mapinit.policy.rules;

import io.github.mapinit.policy.facts.ClassFacts;

/**
 * Spec 8's promises on an object that the class's own code builds with a null map ({@link
 * io.github.mapinit.policy.NullCause.ConstructedWithNull}): the engines see no flag that the
 * constructor sets with it, so where any flag holds any value the map may be null.
 */
public final class NullConstruction {

  private NullConstruction() {}

  /** Whether "where a flag holds a value, {@code field} is non-null" survives such objects. */
  public static boolean keepsPromise(ClassFacts owner, String field) {
    return owner.fields().stream()
        .noneMatch(f -> f.name().equals(field) && !f.constructedWithNull().isEmpty());
  }
}
