package io.github.mapinit.policy.facts;

import io.github.mapinit.policy.NullCause;
import java.util.List;

/**
 * What a body leaves in one field where it returns normally, relative to what the field held when
 * the body started.
 *
 * @param mayBeUnchanged some path returns without assigning the field, holding what it held at
 *     entry, which may still be null there
 * @param mayBeNonNull some path assigns it a value that is not known to be null
 * @param assignedNulls the null (or maybe-null) assignments that can reach the exit, in order
 * @param nullsLeftByThrow the null assignments that can reach an exit by an exception: the object
 *     outlives the failed call with the field null (spec 4, an exceptional exit is a reset)
 */
public record FieldExit(
    boolean mayBeUnchanged,
    boolean mayBeNonNull,
    List<NullCause> assignedNulls,
    List<NullCause> nullsLeftByThrow) {

  /** A body that leaves the field as it found it. */
  public static final FieldExit UNCHANGED = new FieldExit(true, false, List.of());

  /** A body that assigns the field a non-null value on every path. */
  public static final FieldExit ASSIGNED = new FieldExit(false, true, List.of());

  public FieldExit {
    assignedNulls = List.copyOf(assignedNulls);
    nullsLeftByThrow = List.copyOf(nullsLeftByThrow);
  }

  /** An exit where no exception leaves a null behind. */
  public FieldExit(boolean mayBeUnchanged, boolean mayBeNonNull, List<NullCause> assignedNulls) {
    this(mayBeUnchanged, mayBeNonNull, assignedNulls, List.of());
  }

  /** Whether the body may leave a null it assigned, where it returns or throws: a reset. */
  public boolean mayLeaveNull() {
    return !assignedNulls.isEmpty() || !nullsLeftByThrow.isEmpty();
  }

  /** Whether every path that returns has assigned the field a non-null value. */
  public boolean alwaysAssignsNonNull() {
    return !mayBeUnchanged && mayBeNonNull && assignedNulls.isEmpty();
  }
}
