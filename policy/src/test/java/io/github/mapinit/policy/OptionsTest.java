package io.github.mapinit.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class OptionsTest {

  @Test
  void errorProneKeysAreParsedAsLists() {
    Options options =
        Options.fromErrorProneFlags(
            Map.of("TrackedTypes", "java.util.Collection, com.acme.Bag"), "UninitializedMapWrite");
    assertEquals(
        List.of("java.util.Collection", "com.acme.Bag"), options.get(OptionKey.TRACKED_TYPES));
    assertEquals(List.of(), options.get(OptionKey.KNOWN_INITIALIZERS));
  }

  @Test
  void systemPropertiesUseLowerCamelKeysAndIgnoreOthers() {
    Options options =
        Options.fromSystemProperties(
            Map.of("mapinit.excludedFieldAnnotations", "com.acme.Wired", "java.version", "17"));
    assertEquals(List.of("com.acme.Wired"), options.get(OptionKey.EXCLUDED_FIELD_ANNOTATIONS));
  }

  @Test
  void confidenceIsMediumUnlessSetAndOnlyTheThreeLevelsAreAccepted() {
    assertEquals(Confidence.MEDIUM, Options.NONE.confidence());
    assertEquals(
        Confidence.LOW,
        Options.fromErrorProneFlags(Map.of("Confidence", "low"), "UninitializedMapWrite")
            .confidence());
    InvalidOptionException e =
        assertThrows(
            InvalidOptionException.class,
            () ->
                Options.fromErrorProneFlags(Map.of("Confidence", "SOME"), "UninitializedMapWrite"));
    assertEquals("UninitializedMapWrite:Confidence", e.key());
    assertTrue(e.getMessage().contains("HIGH, MEDIUM or LOW"), e.getMessage());
  }

  @Test
  void unknownKeyNamesTheKeyAndTheKnownOnes() {
    InvalidOptionException e =
        assertThrows(
            InvalidOptionException.class,
            () -> Options.fromSystemProperties(Map.of("mapinit.trackedType", "java.util.List")));
    assertEquals("mapinit.trackedType", e.key());
    assertTrue(e.getMessage().contains("mapinit.trackedTypes"), e.getMessage());
  }

  @Test
  void emptyValuesAndNamesAreRejected() {
    assertEquals(
        "UninitializedMapWrite:TrackedTypes",
        assertThrows(
                InvalidOptionException.class,
                () ->
                    Options.fromErrorProneFlags(
                        Map.of("TrackedTypes", " "), "UninitializedMapWrite"))
            .key());
    assertThrows(
        InvalidOptionException.class,
        () -> Options.fromSystemProperties(Map.of("mapinit.trackedTypes", "a.B,")));
    assertThrows(
        InvalidOptionException.class,
        () -> Options.fromSystemProperties(Map.of("mapinit.trackedTypes", "not a name")));
    assertThrows(
        InvalidOptionException.class,
        () -> Options.fromSystemProperties(Map.of("mapinit.knownInitializers", "open")));
  }
}
