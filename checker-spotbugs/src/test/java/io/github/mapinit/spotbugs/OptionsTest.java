package io.github.mapinit.spotbugs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.umd.cs.findbugs.BugInstance;
import io.github.mapinit.policy.InvalidOptionException;
import io.github.mapinit.spotbugs.samples.TrackedCollection;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Options are read from mapinit.* system properties; a malformed one stops the run. */
final class OptionsTest {

  private static Properties properties(String... keyValues) {
    Properties properties = new Properties();
    for (int i = 0; i < keyValues.length; i += 2) {
      properties.setProperty(keyValues[i], keyValues[i + 1]);
    }
    return properties;
  }

  @Test
  void anUnknownKeyIsRejectedByName() {
    InvalidOptionException e =
        assertThrows(
            InvalidOptionException.class,
            () -> Settings.policyFrom(properties("mapinit.trackedType", "x.Y")));
    assertEquals("mapinit.trackedType", e.key());
    assertTrue(e.getMessage().contains("mapinit.trackedType"), e.getMessage());
  }

  @Test
  void anEmptyNameIsRejectedByKey() {
    InvalidOptionException e =
        assertThrows(
            InvalidOptionException.class,
            () -> Settings.policyFrom(properties("mapinit.externalInitAnnotations", "a.B,,c.D")));
    assertEquals("mapinit.externalInitAnnotations", e.key());
    assertThrows(
        InvalidOptionException.class,
        () -> Settings.policyFrom(properties("mapinit.trackedTypes", " ")));
  }

  @Test
  void otherPropertiesAreNotOptions() {
    assertNotNull(Settings.policyFrom(properties("java.version", "17", "spotbugs.debug", "true")));
  }

  @Test
  void trackedTypesAddsCollections() {
    Path samples = SpotBugsRunner.locationOf(TrackedCollection.class);
    assertEquals(List.of("byName"), reportedFields(SpotBugsRunner.run(List.of(samples), Map.of())));
    SpotBugsRunner.Result withCollections =
        SpotBugsRunner.run(
            List.of(samples), Map.of("mapinit.trackedTypes", "java.util.Collection"));
    assertEquals(List.of("byName", "names"), reportedFields(withCollections));
  }

  @Test
  void aMalformedOptionStopsTheRunWithAMessageNamingTheKey() {
    Path samples = SpotBugsRunner.locationOf(TrackedCollection.class);
    SpotBugsRunner.Result result =
        SpotBugsRunner.run(List.of(samples), Map.of("mapinit.knownInitializers", "setUp"));
    assertNotNull(result.failure(), "the run stops");
    assertEquals(List.of(), result.ours());
    Throwable root = result.failure();
    while (root.getCause() != null) {
      root = root.getCause();
    }
    assertTrue(root.getMessage().contains("mapinit.knownInitializers"), root.getMessage());
    assertEquals(0, root.getStackTrace().length, "no stack trace from our code");
    assertTrue(
        result.errors().stream()
            .anyMatch(
                e -> e.getMessage().contains("mapinit.knownInitializers") && e.getCause() == null),
        "logged as an analysis error, without a stack trace");
  }

  @Test
  void aTrackedTypeThatIsNotOnTheClasspathStopsTheRunNamingKeyAndName() {
    Path samples = SpotBugsRunner.locationOf(TrackedCollection.class);
    for (String name : List.of("java.util.Lisst", "List")) {
      SpotBugsRunner.Result result =
          SpotBugsRunner.run(List.of(samples), Map.of("mapinit.trackedTypes", name));
      assertNotNull(result.failure(), name + ": the run stops");
      assertTrue(
          result.errors().stream()
              .anyMatch(
                  e ->
                      e.getMessage().contains("mapinit.trackedTypes")
                          && e.getMessage().contains("\"" + name + "\" is not a class")),
          name + ": " + result.errors());
    }
  }

  private static List<String> reportedFields(SpotBugsRunner.Result result) {
    return result.ours().stream()
        .map(BugInstance::getPrimaryField)
        .map(f -> f.getFieldName())
        .sorted()
        .collect(Collectors.toList());
  }
}
