package io.github.mapinit.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Medians and formatting. */
final class Stats {

  private Stats() {}

  static long median(List<Long> values) {
    if (values.isEmpty()) {
      return 0;
    }
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  static String seconds(long nanos) {
    return String.format("%.2f s", nanos / 1e9);
  }

  static String ratio(long a, long b) {
    return b == 0 ? "n/a" : String.format("%.3f", (double) a / b);
  }

  static String percent(long part, long whole) {
    return whole == 0 ? "n/a" : String.format("%.1f%%", 100.0 * part / whole);
  }

  static String micros(double nanos) {
    return String.format("%.1f µs", nanos / 1e3);
  }

  static String mib(long bytes) {
    return String.format("%d MiB", bytes / (1024 * 1024));
  }
}
