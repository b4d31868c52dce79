package io.github.mapinit.policy;

/**
 * How sure a finding is (spec section 8), from what its null path depends on. By default both
 * engines show {@link #HIGH} and {@link #MEDIUM}; {@link #LOW} only on request.
 */
public enum Confidence {
  /** The path depends on nothing the analysis cannot see. */
  HIGH,
  /** It depends on the order of visible, public calls, where the code shows the null can occur. */
  MEDIUM,
  /** It depends on code the engine cannot see, or on a call protocol the code never contradicts. */
  LOW;

  /** The threshold when the user sets none. */
  public static final Confidence DEFAULT_THRESHOLD = MEDIUM;

  /** Whether a finding of this confidence is shown when the user asks for {@code threshold}. */
  public boolean isShownAt(Confidence threshold) {
    return compareTo(threshold) <= 0;
  }
}
