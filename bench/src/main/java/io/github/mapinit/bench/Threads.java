package io.github.mapinit.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** CPU time of the current thread. */
final class Threads {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private Threads() {}

  static long cpuNanos() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : 0;
  }
}
