package io.github.mapinit.spotbugs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.lang3.StringUtils;
import org.junit.jupiter.api.Test;

/**
 * Robustness: the detector runs over all of a real third-party jar (commons-lang3, with Java 8+
 * bytecode, lambdas, inner classes and generics) without an error of its own.
 */
final class ThirdPartyJarTest {

  @Test
  void analysesCommonsLang3WithoutDetectorErrors() {
    Path jar = SpotBugsRunner.locationOf(StringUtils.class);
    SpotBugsRunner.Result result = SpotBugsRunner.run(List.of(jar), Map.of());
    assertNull(result.failure());
    assertEquals(List.of(), result.ourErrors());
  }
}
