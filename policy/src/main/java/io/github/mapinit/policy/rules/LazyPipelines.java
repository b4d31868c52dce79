package io.github.mapinit.policy.rules;

/**
 * Spec 4, callees known to run a function at once: a stream's operations run the lambdas passed to
 * them only when a terminal operation consumes the pipeline. Where the expression that builds the
 * pipeline ends in a terminal operation ({@code keys.stream().map(k -> map.get(k)).toList()}), they
 * run there, at once; where it returns the stream, or stores it in a field, before any terminal
 * operation ({@code return keys.stream().map(k -> map.get(k));}), they run later, whenever the
 * holder consumes it, and start as lambdas that run later do. Anything else the expression does
 * with the stream (a local, an argument) counts as running them at once, as before.
 */
public final class LazyPipelines {

  /** The type of a pipeline: every stream of {@code java.util.stream}. */
  public static final String PIPELINE_TYPE = "java.util.stream.BaseStream";

  /** Where the expression that builds a pipeline takes its last stream. */
  public enum Ending {
    /** A call on the stream that returns no stream: a terminal operation. */
    TERMINAL_OPERATION,
    /** Returned by the method (or by a lambda's expression body). */
    RETURNED,
    /** Assigned to a field. */
    STORED_IN_FIELD,
    /** Anything else: a local, an argument. */
    OTHER
  }

  private LazyPipelines() {}

  /**
   * Whether a lambda passed to an operation of a pipeline runs at once: always for an operation
   * that returns no stream (a terminal one), else as the expression's {@code ending} says.
   */
  public static boolean runsAtOnce(boolean operationReturnsPipeline, Ending ending) {
    return !operationReturnsPipeline
        || (ending != Ending.RETURNED && ending != Ending.STORED_IN_FIELD);
  }
}
