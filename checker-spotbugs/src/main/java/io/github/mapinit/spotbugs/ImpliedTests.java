package io.github.mapinit.spotbugs;

import io.github.mapinit.policy.rules.ConstantTests;
import java.util.HashMap;
import java.util.Map;

/**
 * Policy {@link ConstantTests#implied}: the answers that a variable's known tests against constants
 * give its other tests, assumed on a frame ({@code capacity >= 0} and {@code capacity != 0} make
 * {@code capacity >= 1}).
 */
final class ImpliedTests {

  private ImpliedTests() {}

  /**
   * Assumes on {@code frame} what the known answers among {@code family}, the flags of one
   * variable's tests by test, imply for the others; false where they cannot all hold.
   */
  static boolean answer(NullFrame frame, Map<String, Flag> family) {
    if (family.size() < 2) {
      return true;
    }
    Map<String, Boolean> known = new HashMap<>();
    family.forEach(
        (test, flag) -> frame.flags().knownValue(flag).ifPresent(value -> known.put(test, value)));
    if (known.isEmpty() || known.size() == family.size()) {
      return true;
    }
    for (Map.Entry<String, Flag> test : family.entrySet()) {
      Boolean answer =
          known.containsKey(test.getKey()) ? null : ConstantTests.implied(known, test.getKey());
      if (answer != null && !frame.assumeFlag(test.getValue(), answer)) {
        return false;
      }
    }
    return true;
  }
}
