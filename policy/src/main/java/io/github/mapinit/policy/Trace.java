package io.github.mapinit.policy;

import io.github.mapinit.policy.rules.Advice;
import io.github.mapinit.policy.rules.Assessment;
import java.util.Optional;

/**
 * One finding, engine-neutral: the place, why it may be null, and the use that would throw.
 *
 * @param place the field's or local's name as the reader sees it ({@code orderCache}, {@code
 *     other.cache}, {@code Registry.ENTRIES})
 * @param cause the start of the path and what left the place null on it
 * @param useKind whether the use writes or reads
 * @param useName what the use is: a method name such as {@code put}, or a construct such as {@code
 *     for} or {@code synchronized}
 * @param useLine the line of the use
 * @param calledFrom where the use is reached through a helper: the helper's name and the line of
 *     the call that passed the state in; empty when the use is in the analysed method itself
 * @param assessment how sure the finding is, and what its path assumes
 * @param advice what to do, and whether the fix at the declaration is offered
 */
public record Trace(
    String place,
    NullCause cause,
    AccessKind useKind,
    String useName,
    int useLine,
    Optional<CallSite> calledFrom,
    Assessment assessment,
    Advice advice) {

  /**
   * A call of a helper method through which the state reached the use, or the creation of a lambda
   * that runs with the state where it was created.
   */
  public record CallSite(String helper, int line, boolean creation) {

    /** A call of a helper. */
    public CallSite(String helper, int line) {
      this(helper, line, false);
    }

    /** The creation of a lambda, method reference or local class. */
    public static CallSite creationOf(String callback, int line) {
      return new CallSite(callback, line, true);
    }
  }
}
