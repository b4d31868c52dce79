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
   * A call of a helper method through which the state reached the use, the creation of a lambda
   * that runs with the state where it was created, or the call that hands over a lambda kept in a
   * final field, which runs with the state there (policy {@code RegisteredCallbacks}).
   */
  public record CallSite(String helper, int line, Kind kind) {

    /** How the state at the line reached the use. */
    public enum Kind {
      CALL("called"),
      CREATION("created"),
      HANDOVER("handed over");

      private final String participle;

      Kind(String participle) {
        this.participle = participle;
      }

      /** How messages say it: "called", "created", "handed over". */
      public String participle() {
        return participle;
      }
    }

    /** A call of a helper. */
    public CallSite(String helper, int line) {
      this(helper, line, Kind.CALL);
    }

    /** The creation of a lambda, method reference or local class. */
    public static CallSite creationOf(String callback, int line) {
      return new CallSite(callback, line, Kind.CREATION);
    }

    /** A call that hands over a callback kept in a final field. */
    public static CallSite handoverOf(String callback, int line) {
      return new CallSite(callback, line, Kind.HANDOVER);
    }
  }
}
