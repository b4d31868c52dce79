package io.github.mapinit.spotbugs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.umd.cs.findbugs.BugInstance;
import io.github.mapinit.policy.InvalidOptionException;
import io.github.mapinit.spotbugs.samples.TrackedCollection;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
  void theBaselineOptionsAreErrorPronesOnly() {
    for (String key : List.of("mapinit.baseline", "mapinit.updateBaseline")) {
      InvalidOptionException e =
          assertThrows(
              InvalidOptionException.class, () -> Settings.policyFrom(properties(key, "true")));
      assertEquals(key, e.key());
      assertTrue(e.getMessage().contains("exclude filter"), e.getMessage());
    }
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
    Throwable root = rootCause(result.failure());
    assertTrue(root.getMessage().contains("mapinit.knownInitializers"), root.getMessage());
    assertEquals(0, root.getStackTrace().length, "no stack trace from our code");
    assertEquals(List.of(), result.ourErrors(), "not an analysis error: SpotBugs prints those");
  }

  /**
   * From the command line, as spotbugs-maven-plugin runs SpotBugs (a forked JVM writing XML and
   * SARIF), a malformed option prints one line, the message naming the key, and no stack trace, and
   * the run fails.
   */
  @Test
  void aMalformedOptionPrintsOneMessageAndFailsTheCommandLineRun(@TempDir Path work)
      throws IOException, InterruptedException {
    Path samples = SpotBugsRunner.locationOf(TrackedCollection.class);
    Path ours = SpotBugsRunner.locationOf(UninitializedMapWriteDetector.class);
    String classpath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> !Path.of(entry).toAbsolutePath().equals(ours.toAbsolutePath()))
            .filter(entry -> !Path.of(entry).toAbsolutePath().equals(samples.toAbsolutePath()))
            .collect(Collectors.joining(File.pathSeparator));
    Path stderr = work.resolve("stderr.txt");
    Process spotBugs =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dmapinit.knownInitializers=setUp",
                "-cp",
                classpath,
                "edu.umd.cs.findbugs.FindBugs2",
                "-xml:withMessages=" + work.resolve("spotbugs.xml"),
                "-sarif=" + work.resolve("spotbugs.sarif"),
                "-pluginList",
                SpotBugsRunner.pluginJar().toString(),
                "-auxclasspath",
                classpath,
                samples.toString())
            .redirectOutput(work.resolve("stdout.txt").toFile())
            .redirectError(stderr.toFile())
            .start();
    assertTrue(spotBugs.waitFor(3, TimeUnit.MINUTES), "SpotBugs finishes");
    String printed = Files.readString(stderr);
    assertNotEquals(0, spotBugs.exitValue(), printed);
    String message =
        "mapinit: invalid option mapinit.knownInitializers: \"setUp\" must name a method as"
            + " pkg.Class.method";
    assertEquals(1, printed.split(Pattern.quote(message), -1).length - 1, printed);
    assertFalse(printed.contains("\tat "), "no stack trace:\n" + printed);
    assertFalse(printed.contains("Exception in thread"), printed);
  }

  @Test
  void aTrackedTypeThatIsNotOnTheClasspathStopsTheRunNamingKeyAndName() {
    Path samples = SpotBugsRunner.locationOf(TrackedCollection.class);
    for (String name : List.of("java.util.Lisst", "List")) {
      SpotBugsRunner.Result result =
          SpotBugsRunner.run(List.of(samples), Map.of("mapinit.trackedTypes", name));
      assertNotNull(result.failure(), name + ": the run stops");
      Throwable root = rootCause(result.failure());
      assertTrue(
          root.getMessage().contains("mapinit.trackedTypes")
              && root.getMessage().contains("\"" + name + "\" is not a class"),
          name + ": " + root.getMessage());
    }
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root;
  }

  private static List<String> reportedFields(SpotBugsRunner.Result result) {
    return result.ours().stream()
        .map(BugInstance::getPrimaryField)
        .map(f -> f.getFieldName())
        .sorted()
        .collect(Collectors.toList());
  }
}
