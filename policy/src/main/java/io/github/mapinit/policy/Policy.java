package io.github.mapinit.policy;

import io.github.mapinit.policy.rules.NonEmptyCollections;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What both engines know about maps and frameworks: the default data files plus the user's {@link
 * Options}. Types are fully qualified names; each engine answers subtype questions with its own
 * type system through the predicates passed in.
 */
public final class Policy {

  /** The simple name that marks any annotation as an initializer annotation. */
  public static final String INITIALIZER_SIMPLE_NAME = "Initializer";

  private final Set<String> trackedTypes;
  private final List<String> userTrackedTypes;
  private final List<String[]> writeMethods;
  private final List<String[]> immediateCallbacks;
  private final List<String[]> eachElementCallbacks;
  private final List<String[]> oneOfCallbacks;
  private final Set<String> nonEmptyFactories;
  private final Set<String> emptyFactories;
  private final Set<String> unmodifiableCollections;
  private final Set<String> unmodifiableViews;
  private final Set<String> freshCollections;
  private final Set<String> excludedFieldAnnotations;
  private final Set<String> externalInitAnnotations;
  private final Set<String> initializerAnnotations;
  private final Set<String> knownInitializers;
  private final Set<String> nonNullChecks;
  private final Set<String> trueChecks;
  private final Set<String> pureTests;
  private final Set<String> readOnlyQueries;
  private final Map<String, Boolean> nullTests;
  private final Set<String> generatedAnnotations;
  private final Map<String, String> fixImplementations;
  private final Confidence threshold;

  private Policy(Options options) {
    userTrackedTypes = options.get(OptionKey.TRACKED_TYPES);
    trackedTypes =
        union(PolicyData.lines("tracked-types.txt"), options.get(OptionKey.TRACKED_TYPES));
    writeMethods = PolicyData.pairs("write-methods.txt");
    immediateCallbacks = PolicyData.pairs("immediate-callbacks.txt");
    eachElementCallbacks = PolicyData.pairs("each-element-callbacks.txt");
    oneOfCallbacks = PolicyData.pairs("one-of-callbacks.txt");
    nonEmptyFactories = joined(PolicyData.pairs("non-empty-factories.txt"));
    emptyFactories = joined(PolicyData.pairs("empty-factories.txt"));
    unmodifiableCollections = joined(PolicyData.pairs("unmodifiable-collections.txt"));
    unmodifiableViews = joined(PolicyData.pairs("unmodifiable-views.txt"));
    freshCollections = joined(PolicyData.pairs("fresh-collections.txt"));
    readOnlyQueries = Set.copyOf(PolicyData.lines("read-only-queries.txt"));
    excludedFieldAnnotations =
        union(
            PolicyData.lines("excluded-field-annotations.txt"),
            options.get(OptionKey.EXCLUDED_FIELD_ANNOTATIONS));
    externalInitAnnotations = Set.copyOf(options.get(OptionKey.EXTERNAL_INIT_ANNOTATIONS));
    initializerAnnotations =
        union(
            PolicyData.lines("initializer-annotations.txt"),
            options.get(OptionKey.INITIALIZER_ANNOTATIONS));
    knownInitializers =
        union(
            PolicyData.lines("known-initializers.txt"), options.get(OptionKey.KNOWN_INITIALIZERS));
    nonNullChecks = joined(PolicyData.pairs("non-null-checks.txt"));
    trueChecks = joined(PolicyData.pairs("true-checks.txt"));
    pureTests = joined(PolicyData.pairs("pure-tests.txt"));
    nullTests = nullTests(PolicyData.lines("null-tests.txt"));
    generatedAnnotations = Set.copyOf(PolicyData.lines("generated-annotations.txt"));
    Map<String, String> fixes = new TreeMap<>();
    for (String[] pair : PolicyData.pairs("fix-types.txt")) {
      fixes.put(pair[0], pair[1]);
    }
    fixImplementations = Map.copyOf(fixes);
    threshold = options.confidence();
  }

  /** The lowest confidence the user wants reported. */
  public Confidence threshold() {
    return threshold;
  }

  /** The default policy with the user's additions. */
  public static Policy with(Options options) {
    return new Policy(options);
  }

  /** The tracked types the user added, which each engine checks it can find. */
  public List<String> userTrackedTypes() {
    return userTrackedTypes;
  }

  /** Fully qualified types whose fields and locals are tracked, subtypes included. */
  public Set<String> trackedTypes() {
    return trackedTypes;
  }

  /**
   * Whether calling {@code methodName} on a receiver mutates it; {@code receiverIsSubtypeOf}
   * answers whether the receiver's static type is a subtype of a named type.
   */
  public AccessKind accessKind(String methodName, Predicate<String> receiverIsSubtypeOf) {
    for (String[] write : writeMethods) {
      if (write[1].equals(methodName) && receiverIsSubtypeOf.test(write[0])) {
        return AccessKind.WRITE;
      }
    }
    return AccessKind.READ;
  }

  /**
   * Whether calling {@code methodName} on a receiver runs the lambdas passed to it before it
   * returns ({@code forEach}, {@code computeIfAbsent}, stream operations); {@code
   * receiverIsSubtypeOf} as for {@link #accessKind}.
   */
  public boolean runsCallbacksAtOnce(String methodName, Predicate<String> receiverIsSubtypeOf) {
    for (String[] runner : immediateCallbacks) {
      if ((runner[1].equals("*") || runner[1].equals(methodName))
          && receiverIsSubtypeOf.test(runner[0])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether calling {@code methodName} on a receiver runs the lambda passed to it once for each of
   * the receiver's elements ({@code forEach}, {@code Optional.ifPresent}); {@code
   * receiverIsSubtypeOf} as for {@link #accessKind}.
   */
  public boolean runsCallbackPerElement(String methodName, Predicate<String> receiverIsSubtypeOf) {
    for (String[] runner : eachElementCallbacks) {
      if (runner[1].equals(methodName) && receiverIsSubtypeOf.test(runner[0])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether calling {@code methodName} on a receiver runs exactly one of the lambdas passed to it
   * before it returns ({@code Optional.ifPresentOrElse}); {@code receiverIsSubtypeOf} as for {@link
   * #accessKind}.
   */
  public boolean runsOneOfCallbacks(String methodName, Predicate<String> receiverIsSubtypeOf) {
    for (String[] runner : oneOfCallbacks) {
      if (runner[1].equals(methodName) && receiverIsSubtypeOf.test(runner[0])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the static call {@code owner.methodName(..)}, of a method with {@code parameterCount}
   * parameters, returns a collection (or {@code Optional}) that holds an element: {@code
   * List.of("a")}, not {@code List.of()} nor {@code List.of(array)} ({@link NonEmptyCollections}).
   */
  public boolean createsNonEmpty(
      String owner, String methodName, int parameterCount, boolean takesArray) {
    return nonEmptyFactories.contains(owner + "." + methodName)
        && NonEmptyCollections.holdsAnElement(parameterCount, takesArray);
  }

  /**
   * Whether the static call {@code owner.methodName()}, without arguments, returns an empty
   * collection ({@code Collections.emptyMap()}, {@code Set.of()}; policy data {@code
   * empty-factories.txt}, rules {@link io.github.mapinit.policy.rules.EmptyViews}).
   */
  public boolean createsEmpty(String owner, String methodName, int parameterCount) {
    return parameterCount == 0 && emptyFactories.contains(owner + "." + methodName);
  }

  /**
   * Whether the call {@code owner.methodName(..)} returns a collection that no code can change
   * ({@code Set.copyOf(x)}), or a view that none can change through over {@code argumentIsFresh}, a
   * collection made on the spot ({@code Collections.unmodifiableSet(EnumSet.copyOf(x))}): policy
   * data {@code unmodifiable-collections.txt} and {@code unmodifiable-views.txt}.
   */
  public boolean returnsUnmodifiable(String owner, String methodName, boolean argumentIsFresh) {
    String call = owner + "." + methodName;
    return unmodifiableCollections.contains(call)
        || (argumentIsFresh && unmodifiableViews.contains(call));
  }

  /**
   * Whether the call {@code owner.methodName(..)} returns a collection made on the spot, which no
   * other code holds yet: a constructor of a {@code java.util} collection ({@code methodName} is
   * {@link JavaSemantics#CONSTRUCTOR}), a factory of {@code fresh-collections.txt}, or any call
   * that returns an unmodifiable collection.
   */
  public boolean returnsFresh(String owner, String methodName) {
    String call = owner + "." + methodName;
    return (methodName.equals(JavaSemantics.CONSTRUCTOR) && owner.startsWith("java.util."))
        || freshCollections.contains(call)
        || unmodifiableCollections.contains(call);
  }

  /**
   * Whether a call of {@code methodName} on a collection or map only reads it and hands out nothing
   * that can change it ({@code read-only-queries.txt}).
   */
  public boolean isReadOnlyQuery(String methodName) {
    return readOnlyQueries.contains(methodName);
  }

  /**
   * Policy {@code ConstantTests.membership}: whether a final field holds a collection that no code
   * changes, so that {@code contains(constant)} on it answers the same each time: every value the
   * class assigns it is unmodifiable; or the field is private, every value is one made on the spot
   * ({@link #returnsFresh}), and no code does anything with it but read-only queries ({@link
   * #isReadOnlyQuery}), so no code can change it or hand it to code that could.
   */
  public static boolean holdsUnchangingCollection(
      boolean everyValueUnmodifiable,
      boolean isPrivate,
      boolean everyValueFresh,
      boolean onlyQueried) {
    return everyValueUnmodifiable || (isPrivate && everyValueFresh && onlyQueried);
  }

  /** Whether a field carrying {@code annotationType} is assigned by a framework. */
  public boolean isExcludedFieldAnnotation(String annotationType) {
    return excludedFieldAnnotations.contains(annotationType);
  }

  /** Whether a framework assigns every field of a class carrying {@code annotationType}. */
  public boolean isExternalInitAnnotation(String annotationType) {
    return externalInitAnnotations.contains(annotationType);
  }

  public boolean isInitializerAnnotation(String annotationType) {
    return initializerAnnotations.contains(annotationType)
        || simpleName(annotationType).equals(INITIALIZER_SIMPLE_NAME);
  }

  /**
   * Whether an annotation says that only tests call the member it marks: Guava's, AndroidX's,
   * JetBrains' and Apache's {@code VisibleForTesting}, by its simple name as for {@code
   * Initializer}.
   */
  public boolean isForTestingAnnotation(String annotationType) {
    return simpleName(annotationType).equals("VisibleForTesting");
  }

  /** Whether {@code owner.methodName} is a lifecycle method that frameworks call first. */
  public boolean isKnownInitializer(String owner, String methodName) {
    return knownInitializers.contains(owner + "." + methodName);
  }

  /** Whether {@code owner.methodName(x, ...)} returns only when {@code x} is not null. */
  public boolean isNonNullCheck(String owner, String methodName) {
    return nonNullChecks.contains(owner + "." + methodName);
  }

  /**
   * Whether {@code owner.methodName(condition, ...)} returns only when {@code condition} is true
   * ({@code Preconditions.checkState}): a test of the condition that throws on its false branch.
   */
  public boolean isTrueCheck(String owner, String methodName) {
    return trueChecks.contains(owner + "." + methodName);
  }

  /**
   * Whether {@code owner.methodName(..)} is a test whose result depends only on its receiver and
   * arguments, none of which can change ({@code String.startsWith}): on the same unchanged local
   * with the same constants, two such tests agree, as two tests of one boolean do (spec 8).
   */
  public boolean isPureTest(String owner, String methodName) {
    return pureTests.contains(owner + "." + methodName);
  }

  /**
   * For {@code owner.methodName(x, ...)} whose boolean result tells whether {@code x} is null
   * ({@code Objects.nonNull}, {@code MapUtils.isEmpty}): the result that means {@code x} is not
   * null; empty for any other method.
   */
  public Optional<Boolean> nullTestResult(String owner, String methodName) {
    return Optional.ofNullable(nullTests.get(owner + "." + methodName));
  }

  private static Map<String, Boolean> nullTests(List<String> lines) {
    Map<String, Boolean> tests = new HashMap<>();
    for (String line : lines) {
      String[] parts = line.split("\\s+");
      if (parts.length != 3 || !(parts[2].equals("true") || parts[2].equals("false"))) {
        throw new IllegalStateException(
            "null-tests.txt: want \"<class> <method> true|false\", got: " + line);
      }
      tests.put(parts[0] + "." + parts[1], Boolean.parseBoolean(parts[2]));
    }
    return Map.copyOf(tests);
  }

  /**
   * Whether a method runs before every other method of its object: it carries an initializer
   * annotation, or it is a known lifecycle method of one of {@code declaringTypes} (the types that
   * declare a method it overrides, or, where an engine cannot tell, its supertypes).
   */
  public boolean isInitializerMethod(
      Iterable<String> annotations, String methodName, Iterable<String> declaringTypes) {
    for (String annotation : annotations) {
      if (isInitializerAnnotation(annotation)) {
        return true;
      }
    }
    for (String type : declaringTypes) {
      if (isKnownInitializer(type, methodName)) {
        return true;
      }
    }
    return false;
  }

  public boolean isGeneratedAnnotation(String annotationType) {
    return generatedAnnotations.contains(annotationType);
  }

  /**
   * The class to instantiate in a suggested initialiser for a field declared as {@code
   * declaredType}, or empty when no natural implementation is known.
   */
  public Optional<String> fixImplementation(String declaredType) {
    return Optional.ofNullable(fixImplementations.get(declaredType));
  }

  private static Set<String> union(List<String> defaults, List<String> additions) {
    Set<String> all = new LinkedHashSet<>(defaults);
    all.addAll(additions);
    return Set.copyOf(all);
  }

  private static Set<String> joined(List<String[]> pairs) {
    List<String> names = new ArrayList<>();
    for (String[] pair : pairs) {
      names.add(pair[0] + "." + pair[1]);
    }
    return Set.copyOf(names);
  }

  private static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }
}
