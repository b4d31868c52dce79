package io.github.mapinit.errorprone.dataflow;

import com.sun.tools.javac.code.Symbol.VarSymbol;
import java.util.List;
import java.util.Map;

/**
 * What one analysed body does to the tracked fields, with its entry state left symbolic: the
 * value at its normal exit of each field it may change, and the dereferences that may meet a
 * null. One summary serves both the body's own reports and every call of it; an exit value that
 * may be null is also a reset that every other method must expect.
 */
public record BodySummary(Body body, Map<VarSymbol, Nullness> exitValues, List<Use> uses) {

  /** The summary of a body that touches no tracked place, or that cannot be followed. */
  public static BodySummary empty(Body body) {
    return new BodySummary(body, Map.of(), List.of());
  }

  public BodySummary {
    exitValues = Map.copyOf(exitValues);
    uses = List.copyOf(uses);
  }
}
