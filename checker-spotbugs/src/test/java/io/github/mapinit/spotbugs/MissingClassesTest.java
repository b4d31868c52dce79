package io.github.mapinit.spotbugs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.mapinit.fixtures.Fixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Robustness: with none of the corpus's libraries on the aux classpath (no javax.inject, Spring,
 * JUnit, Mockito, Guava...), the detector reports less, never fails.
 */
final class MissingClassesTest {

  @Test
  void missingClassesLeadToFewerReportsNotToAnError() {
    SpotBugsRunner.Result result =
        SpotBugsRunner.run(
            List.of(SpotBugsRunner.locationOf(Fixture.class)), List.of(), Map.of(), List.of());
    assertNull(result.failure());
    assertEquals(List.of(), result.ourErrors());
    assertFalse(
        result.ours().isEmpty(), "the seed scenario needs no library and is still reported");
  }
}
