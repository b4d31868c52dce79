package io.github.mapinit.errorprone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.CompilationTestHelper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The options of spec sections 3 and 5: each adds to the defaults, and a bad value fails the
 * compilation with a message that names the key.
 */
final class OptionsTest {

  @TempDir Path sources;

  @Test
  void trackedTypesAddsCollections() {
    helper("-XepOpt:UninitializedMapWrite:TrackedTypes=java.util.Collection")
        .addSourceLines(
            "Outbox.java",
            "import java.util.List;",
            "class Outbox {",
            "  private List<String> pending;",
            "  void send(String message) {",
            "    // BUG: Diagnostic contains: the write `add`",
            "    pending.add(message);",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void collectionsAreNotTrackedByDefault() {
    helper()
        .addSourceLines(
            "Outbox.java",
            "import java.util.List;",
            "class Outbox {",
            "  private List<String> pending;",
            "  void send(String message) { pending.add(message); }",
            "}")
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void objectMakesItAGeneralDereferenceCheck() {
    helper("-XepOpt:UninitializedMapWrite:TrackedTypes=java.lang.Object")
        .addSourceLines(
            "Clock.java",
            "class Clock {",
            "  private StringBuilder log;",
            "  void tick() {",
            "    // BUG: Diagnostic contains: the read `append`",
            "    log.append('.');",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void externalInitAnnotationsMarkClassesWhoseFieldsAFrameworkAssigns() {
    // NullAway's meaning: a class annotation, every field of the class.
    helper("-XepOpt:UninitializedMapWrite:ExternalInitAnnotations=com.acme.Component")
        .addSourceLines(
            "com/acme/Component.java", "package com.acme;", "public @interface Component {}")
        .addSourceLines(
            "Bean.java",
            "import java.util.Map;",
            "@com.acme.Component class Bean {",
            "  private Map<String, String> settings;",
            "  void set(String k, String v) { settings.put(k, v); }",
            "}")
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void theDefaultViewLeavesOutLowConfidenceAndConfidenceLowShowsIt() {
    String[] source = {
      "import java.util.HashMap;",
      "import java.util.Map;",
      "class Router {",
      "  private Map<String, String> routes;",
      "  public void setRoutes(Map<String, String> routes) { this.routes = routes; }",
      "  String route(String topic) {",
      "    // BUG: Diagnostic contains: if `setRoutes(Map)` has not run first",
      "    return routes.get(topic);",
      "  }",
      "}"
    };
    helper("-XepOpt:UninitializedMapWrite:Confidence=LOW")
        .addSourceLines("Router.java", source)
        .doTest();
    helper().addSourceLines("Router.java", source).expectNoDiagnostics().doTest();
  }

  @Test
  void excludedFieldAnnotationsAddsAFieldAnnotation() {
    helper("-XepOpt:UninitializedMapWrite:ExcludedFieldAnnotations=com.acme.Wired")
        .addSourceLines("com/acme/Wired.java", "package com.acme;", "public @interface Wired {}")
        .addSourceLines(
            "Bean.java",
            "import java.util.Map;",
            "class Bean {",
            "  @com.acme.Wired private Map<String, String> settings;",
            "  void set(String k, String v) { settings.put(k, v); }",
            "}")
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void initializerAnnotationsAddsAnAnnotation() {
    helper("-XepOpt:UninitializedMapWrite:InitializerAnnotations=com.acme.Start")
        .addSourceLines("com/acme/Start.java", "package com.acme;", "public @interface Start {}")
        .addSourceLines(
            "Job.java",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "class Job {",
            "  private Map<String, String> state;",
            "  @com.acme.Start void start() { state = new HashMap<>(); }",
            "  void record(String k) { state.put(k, k); }",
            "}")
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void knownInitializersAddsALifecycleMethod() {
    helper("-XepOpt:UninitializedMapWrite:KnownInitializers=com.acme.Plugin.activate")
        .addSourceLines(
            "com/acme/Plugin.java",
            "package com.acme;",
            "public abstract class Plugin { public void activate() {} }")
        .addSourceLines(
            "Exporter.java",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "class Exporter extends com.acme.Plugin {",
            "  private Map<String, String> targets;",
            "  @Override public void activate() { targets = new HashMap<>(); }",
            "  void export(String k) { targets.put(k, k); }",
            "}")
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void androidActivityOnCreateIsAKnownInitializer() {
    helper()
        .addSourceLines(
            "android/app/Activity.java",
            "package android.app;",
            "public class Activity { protected void onCreate(Object state) {} }")
        .addSourceLines(
            "MainActivity.java",
            "import java.util.HashMap;",
            "import java.util.Map;",
            "class MainActivity extends android.app.Activity {",
            "  private Map<String, String> views;",
            "  @Override protected void onCreate(Object state) { views = new HashMap<>(); }",
            "  void show(String k) { views.put(k, k); }",
            "}")
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void unknownKeyFailsTheCompilationNamingTheKey() throws IOException {
    ErrorProneCompilation.Result result =
        ErrorProneCompilation.compile(
            seed(), "-XepOpt:UninitializedMapWrite:TrackedType=java.util.List");
    assertFalse(result.success());
    assertEquals(1, result.otherErrors().size(), result.otherErrors().toString());
    String error = result.otherErrors().get(0);
    assertTrue(error.contains("UninitializedMapWrite:TrackedType"), error);
    assertTrue(error.contains("unknown key"), error);
    assertTrue(error.contains("UninitializedMapWrite:TrackedTypes"), error);
  }

  @Test
  void emptyNameFailsTheCompilationNamingTheKey() throws IOException {
    ErrorProneCompilation.Result result =
        ErrorProneCompilation.compile(
            seed(), "-XepOpt:UninitializedMapWrite:ExternalInitAnnotations=com.acme.A,,com.acme.B");
    assertFalse(result.success());
    String error = result.otherErrors().get(0);
    assertTrue(error.contains("UninitializedMapWrite:ExternalInitAnnotations"), error);
    assertTrue(error.contains("empty name"), error);
  }

  @Test
  void malformedMethodNameFailsTheCompilation() throws IOException {
    ErrorProneCompilation.Result result =
        ErrorProneCompilation.compile(
            seed(), "-XepOpt:UninitializedMapWrite:KnownInitializers=open");
    assertFalse(result.success());
    assertTrue(result.otherErrors().get(0).contains("UninitializedMapWrite:KnownInitializers"));
  }

  @Test
  void otherChecksOptionsAreNotOurs() throws IOException {
    ErrorProneCompilation.Result result =
        ErrorProneCompilation.compile(seed(), "-XepOpt:SomeOtherCheck:Anything=1");
    assertTrue(result.otherErrors().isEmpty(), result.otherErrors().toString());
    assertEquals(1, result.findings().size());
  }

  private List<Path> seed() throws IOException {
    Path file = sources.resolve("Seed.java");
    Files.writeString(
        file,
        String.join(
            "\n",
            "import java.util.Map;",
            "class Seed {",
            "  private Map<String, String> cache;",
            "  void add(String k) { cache.put(k, k); }",
            "}"));
    return List.of(file);
  }

  @Test
  void aTrackedTypeThatIsNotOnTheClasspathFailsNamingKeyAndNameNotAFile() throws IOException {
    for (String name : List.of("java.util.Lisst", "List")) {
      ErrorProneCompilation.Result result =
          ErrorProneCompilation.compile(
              seed(), "-XepOpt:UninitializedMapWrite:TrackedTypes=" + name);
      assertFalse(result.success(), name);
      String error = String.join("\n", result.otherErrors());
      assertTrue(error.contains("UninitializedMapWrite:TrackedTypes"), error);
      assertTrue(error.contains("\"" + name + "\" is not a class"), error);
      assertTrue(
          result.diagnostics().stream()
              .filter(d -> d.getMessage(Locale.ROOT).contains("is not a class"))
              .allMatch(d -> d.getSource() == null),
          "the error is not about a source file");
    }
  }

  private CompilationTestHelper helper(String... args) {
    return CompilationTestHelper.newInstance(UninitializedMapWrite.class, getClass()).setArgs(args);
  }
}
