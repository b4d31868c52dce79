package io.github.mapinit.spotbugs;

import io.github.mapinit.policy.rules.ConstantTests;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

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
    for (Map.Entry<String, Boolean> answer :
        ConstantTests.impliedAnswers(known, family.keySet()).entrySet()) {
      // Every answer is for one of the tests given.
      Flag flag = Objects.requireNonNull(family.get(answer.getKey()));
      if (!frame.assumeFlag(flag, answer.getValue())) {
        return false;
      }
    }
    return true;
  }
}
