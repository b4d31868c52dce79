package io.github.mapinit.spotbugs;

/**
 * Stops the analysis on a malformed {@code mapinit.*} option. SpotBugs gives plugins no way to end
 * a run cleanly: an exception out of a detector's constructor is what stops it (and fails the
 * forked SpotBugs process of spotbugs-maven-plugin, whose exit code is then 1). The message names
 * the key; the exception carries no stack trace, because the user's mistake is not a fault in this
 * code.
 *
 * <p>SpotBugs wraps the exception in two of its own and, run from the command line (as
 * spotbugs-maven-plugin and the Gradle plugin run it), lets it out of {@code main}, where the JVM
 * would print all three with their stack traces. {@link #stoppingTheRun} therefore gives the
 * current thread an uncaught-exception handler that prints only this message for a throwable caused
 * by this exception and hands every other one to the handler the thread had. A host that catches
 * the exception (an IDE, a test) never reaches the handler.
 */
final class InvalidConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private InvalidConfigurationException(String message) {
    super(message, null, false, false);
  }

  /** The exception to throw from the detector's constructor for {@code message}. */
  static InvalidConfigurationException stoppingTheRun(String message) {
    Thread thread = Thread.currentThread();
    Thread.UncaughtExceptionHandler current = thread.getUncaughtExceptionHandler();
    if (!(current instanceof MessageOnly)) {
      thread.setUncaughtExceptionHandler(new MessageOnly(current));
    }
    return new InvalidConfigurationException(message);
  }

  /** Prints the message of an uncaught configuration error; passes anything else on. */
  private static final class MessageOnly implements Thread.UncaughtExceptionHandler {
    private final Thread.UncaughtExceptionHandler next;

    MessageOnly(Thread.UncaughtExceptionHandler next) {
      this.next = next;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable uncaught) {
      for (Throwable cause = uncaught; cause != null; cause = cause.getCause()) {
        if (cause instanceof InvalidConfigurationException) {
          System.err.println(cause.getMessage());
          return;
        }
      }
      next.uncaughtException(thread, uncaught);
    }
  }
}
