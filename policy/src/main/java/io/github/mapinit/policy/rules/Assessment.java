package io.github.mapinit.policy.rules;

import io.github.mapinit.policy.Confidence;

/**
 * A finding's confidence, and the condition its null path assumes in words, which the message adds
 * after "would throw NullPointerException": {@code " if `init()` has not run first"}; empty where
 * the path assumes nothing.
 */
public record Assessment(Confidence confidence, String condition) {

  public static final Assessment CERTAIN = new Assessment(Confidence.HIGH, "");

  static Assessment medium() {
    return new Assessment(Confidence.MEDIUM, "");
  }

  static Assessment low(String condition) {
    return new Assessment(Confidence.LOW, condition);
  }
}
