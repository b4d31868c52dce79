package io.github.mapinit.spotbugs;

import edu.umd.cs.findbugs.StringAnnotation;

/**
 * The trace of a finding, as the text of its message. It names source lines, so it is not
 * significant for the finding's identity: a baseline (SpotBugs' {@code excludeBugsFile}) must still
 * recognise the finding after a line above it moves.
 */
final class TraceAnnotation extends StringAnnotation {
  private static final long serialVersionUID = 1L;

  TraceAnnotation(String trace) {
    super(trace);
  }

  @Override
  public boolean isSignificant() {
    return false;
  }
}
