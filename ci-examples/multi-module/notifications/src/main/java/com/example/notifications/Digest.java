package com.example.notifications;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts messages per topic in a local map that only one branch creates. */
public final class Digest {

  private Digest() {}

  public static Map<String, Integer> count(List<String> topics, boolean enabled) {
    Map<String, Integer> counts = null;
    if (enabled) {
      counts = new HashMap<>();
    }
    for (String topic : topics) {
      counts.merge(topic, 1, Integer::sum);
    }
    return counts;
  }
}
