package io.github.mapinit.policy.rules;

import io.github.mapinit.policy.Confidence;
import io.github.mapinit.policy.NullCause;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Spec section 6: which of the uses that can meet a null are reported. Every one is: the engines
 * already treat a place as non-null past a use (the use would have thrown), so a use that every
 * null path reaches only through an earlier use is never a candidate. What is left to decide is the
 * use reached from several starts (a helper's write, from its own entry and from a constructor's
 * call): it is reported once, with the most confident of its paths, so the report of a use does not
 * depend on the threshold that shows it.
 */
public final class ReportSelection {

  private ReportSelection() {}

  /**
   * A use that can meet a null on one path.
   *
   * @param place the access path: the same field through another receiver is another place
   * @param site the use itself: the same instruction or expression reached from several starts
   * @param confidence how sure the finding is
   * @param finding what the engine reports for it
   */
  public record Candidate<T>(Object place, Object site, Confidence confidence, T finding) {}

  /**
   * Spec 4: a private helper that starts from its callers' states leaves what depends on where it
   * starts to its callers' reports; what its own code does to a local is reached from any call. A
   * use of a {@code local} that {@code cause} says the helper set to the literal null is reported
   * in the helper, as {@link NullCause.LeftNullInHelper}; empty for any other use.
   *
   * @param helper the helper, as messages name it
   */
  public static Optional<NullCause> ownNullInHelper(boolean local, NullCause cause, String helper) {
    if (local && cause instanceof NullCause.PassedNull) {
      // Policy NullArguments: the null is the argument of one of its calls, not its callers' state.
      return Optional.of(cause);
    }
    return local && cause instanceof NullCause.AssignedNull assigned && assigned.definitelyNull()
        ? Optional.of(new NullCause.LeftNullInHelper(assigned.assignmentLine(), helper))
        : Optional.empty();
  }

  /** The findings to report at {@code threshold}, in the order of their first candidates. */
  public static <T> List<T> select(List<Candidate<T>> candidates, Confidence threshold) {
    Map<List<Object>, Candidate<T>> mostConfidentPerUse = new LinkedHashMap<>();
    for (Candidate<T> candidate : candidates) {
      mostConfidentPerUse.merge(
          List.of(candidate.site(), candidate.place()),
          candidate,
          (kept, other) -> other.confidence().compareTo(kept.confidence()) < 0 ? other : kept);
    }
    List<T> selected = new ArrayList<>();
    for (Candidate<T> candidate : mostConfidentPerUse.values()) {
      if (candidate.confidence().isShownAt(threshold)) {
        selected.add(candidate.finding());
      }
    }
    return selected;
  }
}
