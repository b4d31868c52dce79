package io.github.mapinit.policy.rules;

import io.github.mapinit.policy.NullCause;

/**
 * Spec section 4, "static initialisation in order": a static field used while an earlier static
 * initialiser runs is an ordering trap only when a later one assigns it. When none does, the class
 * initialisation simply leaves it unassigned, and an initialiser at its declaration is the fix.
 */
public final class StaticOrder {

  private StaticOrder() {}

  /**
   * Why the field is null where {@code creator}'s initialiser uses it.
   *
   * @param unassigned the cause the class initialisation starts from
   * @param creator the enum constant or static field whose initialiser runs too early
   * @param laterAssignmentLine the line of the later static initialiser that assigns the field, or
   *     0 when none does
   */
  public static NullCause causeFor(
      NullCause.StaticInitLeavesUnassigned unassigned,
      String creator,
      boolean enumConstant,
      int creatorLine,
      int laterAssignmentLine) {
    return laterAssignmentLine > 0
        ? new NullCause.StaticInitialisationOrder(
            creator, enumConstant, creatorLine, laterAssignmentLine)
        : unassigned;
  }
}
