package io.github.mapinit.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.mapinit.policy.rules.Advice;
import io.github.mapinit.policy.rules.Assessment;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class PolicyTest {

  private final Policy defaults = Policy.with(Options.NONE);

  @Test
  void tracksMapAndTheJdkMapsAndWhatTheUserAdds() {
    assertTrue(
        defaults.trackedTypes().containsAll(Set.of("java.util.Map", "java.util.Properties")));
    assertFalse(defaults.trackedTypes().contains("java.util.Collection"));
    Policy withCollections =
        Policy.with(
            Options.fromSystemProperties(Map.of("mapinit.trackedTypes", "java.util.Collection")));
    assertTrue(withCollections.trackedTypes().contains("java.util.Collection"));
  }

  @Test
  void writesAreKnownForMapsAndCollections() {
    assertEquals(AccessKind.WRITE, defaults.accessKind("put", "java.util.Map"::equals));
    assertEquals(AccessKind.WRITE, defaults.accessKind("computeIfAbsent", "java.util.Map"::equals));
    assertEquals(AccessKind.READ, defaults.accessKind("get", "java.util.Map"::equals));
    assertEquals(AccessKind.WRITE, defaults.accessKind("add", "java.util.Collection"::equals));
    assertEquals(AccessKind.READ, defaults.accessKind("add", "java.util.Map"::equals));
  }

  @Test
  void unmodifiableCollectionsAreKnownAndViewsCountOnlyOverFreshOnes() {
    assertTrue(defaults.returnsUnmodifiable("java.util.Set", "copyOf", false));
    assertTrue(defaults.returnsUnmodifiable("java.util.Collections", "emptySet", false));
    assertTrue(defaults.returnsUnmodifiable("java.util.Collections", "unmodifiableSet", true));
    assertFalse(defaults.returnsUnmodifiable("java.util.Collections", "unmodifiableSet", false));
    assertFalse(defaults.returnsUnmodifiable("java.util.EnumSet", "copyOf", true));
    assertTrue(defaults.returnsFresh("java.util.EnumSet", "copyOf"));
    assertTrue(defaults.returnsFresh("java.util.TreeSet", JavaSemantics.CONSTRUCTOR));
    assertTrue(defaults.returnsFresh("java.util.List", "of"));
    assertFalse(defaults.returnsFresh("com.acme.Registry", JavaSemantics.CONSTRUCTOR));
    assertFalse(defaults.returnsFresh("java.util.Collections", "unmodifiableSet"));
  }

  @Test
  void frameworksAreKnown() {
    assertTrue(
        defaults.isExcludedFieldAnnotation(
            "org.springframework.beans.factory.annotation.Autowired"));
    assertTrue(defaults.isInitializerAnnotation("org.junit.jupiter.api.BeforeEach"));
    assertTrue(defaults.isInitializerAnnotation("com.acme.Initializer"));
    assertTrue(defaults.isKnownInitializer("android.app.Activity", "onCreate"));
    assertTrue(defaults.isNonNullCheck("java.util.Objects", "requireNonNull"));
    assertTrue(defaults.isTrueCheck("com.google.common.base.Preconditions", "checkState"));
    assertFalse(defaults.isTrueCheck("com.google.common.base.Preconditions", "checkNotNull"));
    assertTrue(defaults.isPureTest("java.lang.String", "startsWith"));
    assertFalse(defaults.isPureTest("java.lang.StringBuilder", "isEmpty"));
    assertTrue(defaults.createsNonEmpty("java.util.List", "of", 2, false));
    assertFalse(defaults.createsNonEmpty("java.util.List", "of", 0, false));
    assertFalse(defaults.createsNonEmpty("java.util.List", "of", 1, true));
    assertFalse(defaults.createsNonEmpty("java.util.List", "copyOf", 1, false));
    assertTrue(defaults.createsEmpty("java.util.Collections", "emptyMap", 0));
    assertTrue(defaults.createsEmpty("java.util.Set", "of", 0));
    assertFalse(defaults.createsEmpty("java.util.Set", "of", 1));
    assertFalse(defaults.createsEmpty("java.util.Collections", "singletonMap", 0));
    assertTrue(defaults.runsCallbackPerElement("forEach", "java.lang.Iterable"::equals));
    assertFalse(defaults.runsCallbackPerElement("removeIf", "java.util.Collection"::equals));
    assertEquals(Optional.of(true), defaults.nullTestResult("java.util.Objects", "nonNull"));
    assertEquals(Optional.of(false), defaults.nullTestResult("java.util.Objects", "isNull"));
    assertEquals(Optional.empty(), defaults.nullTestResult("java.util.Objects", "equals"));
    assertTrue(defaults.isGeneratedAnnotation("javax.annotation.processing.Generated"));
  }

  @Test
  void fixTypesFollowTheSpec() {
    assertEquals(Optional.of("java.util.HashMap"), defaults.fixImplementation("java.util.Map"));
    assertEquals(
        Optional.of("java.util.TreeMap"), defaults.fixImplementation("java.util.SortedMap"));
    assertEquals(
        Optional.of("java.util.concurrent.ConcurrentSkipListMap"),
        defaults.fixImplementation("java.util.concurrent.ConcurrentNavigableMap"));
    assertEquals(Optional.empty(), defaults.fixImplementation("com.acme.MyMap"));
  }

  @Test
  void theMessageCarriesTheTraceFromDeclarationToUse() {
    Trace trace =
        new Trace(
            "orderCache",
            new NullCause.ConstructorLeavesUnassigned(12, "OrderService()", 20),
            AccessKind.WRITE,
            "put",
            40,
            Optional.empty(),
            Assessment.CERTAIN,
            Advice.INITIALISE_AT_DECLARATION);
    assertEquals(
        "`orderCache` may be null here: it is declared without an initialiser, and constructor"
            + " `OrderService()` (line 20) can return without assigning it; the write"
            + " `put` at line 40 would throw NullPointerException. Initialise it where it is"
            + " declared.",
        Messages.describe(trace));
  }
}
