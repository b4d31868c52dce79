package io.github.mapinit.spotbugs;

/**
 * Stops the analysis on a malformed {@code mapinit.*} option. SpotBugs gives plugins no way to end
 * a run cleanly: an exception out of a detector's constructor is what stops it (and fails the
 * forked SpotBugs process of spotbugs-maven-plugin). The message names the key; the exception
 * carries no stack trace, because the user's mistake is not a fault in this code.
 */
final class InvalidConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InvalidConfigurationException(String message) {
    super(message, null, false, false);
  }
}
