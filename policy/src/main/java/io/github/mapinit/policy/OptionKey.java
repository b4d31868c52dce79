package io.github.mapinit.policy;

import java.util.Locale;
import java.util.Optional;

/**
 * The options both engines accept: Error Prone as {@code -XepOpt:UninitializedMapWrite:<Key>=v},
 * SpotBugs as the system property {@code mapinit.<key>}; most values are comma-separated lists of
 * names.
 */
public enum OptionKey {
  /** Fully qualified types to track besides Map; a subtype of one counts too. */
  TRACKED_TYPES("TrackedTypes"),
  /** Fully qualified annotations that mark a field as assigned by a framework (as in NullAway). */
  EXCLUDED_FIELD_ANNOTATIONS("ExcludedFieldAnnotations"),
  /**
   * Fully qualified class annotations whose classes' fields a framework assigns, all of them (as in
   * NullAway).
   */
  EXTERNAL_INIT_ANNOTATIONS("ExternalInitAnnotations"),
  /** Fully qualified annotations that mark a method as running before all others. */
  INITIALIZER_ANNOTATIONS("InitializerAnnotations"),
  /** Lifecycle methods, as {@code pkg.Class.method}, that run before all others. */
  KNOWN_INITIALIZERS("KnownInitializers"),
  /** The lowest confidence reported: HIGH, MEDIUM (the default) or LOW; Error Prone only. */
  CONFIDENCE("Confidence"),
  /** A file of known findings that are not reported (see {@link Baseline}); Error Prone only. */
  BASELINE("Baseline"),
  /**
   * {@code true}: add every finding to the {@link #BASELINE} file instead of reporting it; Error
   * Prone only.
   */
  UPDATE_BASELINE("UpdateBaseline");

  private final String errorProneName;

  OptionKey(String errorProneName) {
    this.errorProneName = errorProneName;
  }

  /** The key as Error Prone spells it, e.g. {@code TrackedTypes}. */
  public String errorProneName() {
    return errorProneName;
  }

  /** The key as a SpotBugs system property spells it, e.g. {@code mapinit.trackedTypes}. */
  public String systemPropertyName() {
    return "mapinit."
        + errorProneName.substring(0, 1).toLowerCase(Locale.ROOT)
        + errorProneName.substring(1);
  }

  public static Optional<OptionKey> fromErrorProneName(String name) {
    for (OptionKey key : values()) {
      if (key.errorProneName.equals(name)) {
        return Optional.of(key);
      }
    }
    return Optional.empty();
  }

  public static Optional<OptionKey> fromSystemPropertyName(String name) {
    for (OptionKey key : values()) {
      if (key.systemPropertyName().equals(name)) {
        return Optional.of(key);
      }
    }
    return Optional.empty();
  }
}
