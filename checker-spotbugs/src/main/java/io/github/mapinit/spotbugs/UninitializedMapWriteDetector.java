package io.github.mapinit.spotbugs;

import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.Detector;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.ba.XClass;
import edu.umd.cs.findbugs.classfile.ClassDescriptor;
import io.github.mapinit.policy.Confidence;
import io.github.mapinit.policy.InvalidOptionException;
import io.github.mapinit.policy.NullCause;
import io.github.mapinit.policy.Policy;
import io.github.mapinit.policy.facts.ClassFacts;
import io.github.mapinit.policy.facts.FieldFacts;
import io.github.mapinit.policy.rules.Advice;
import io.github.mapinit.policy.rules.Assessment;
import io.github.mapinit.policy.rules.ConfidenceRules;
import io.github.mapinit.policy.rules.ConstructorHooks;
import io.github.mapinit.policy.rules.CorrelatedGuards;
import io.github.mapinit.policy.rules.ReportSelection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.jspecify.annotations.Nullable;

/**
 * Reports {@code UMW_UNINITIALIZED_MAP_WRITE}: a write or read of a map field or local that some
 * path reaches while it is still null (spec sections 3-6), one report per method and access path.
 */
public final class UninitializedMapWriteDetector implements Detector {

  private final BugReporter bugReporter;
  private final Policy policy;
  private final TypeOracle types;
  private final GeneratedSource generatedSource;

  /**
   * Reads the options. A malformed one stops the run with one message naming the key: see {@link
   * InvalidConfigurationException}. It is not also logged as an analysis error, which SpotBugs
   * prints once for each output format it writes (twice with XML and SARIF).
   */
  public UninitializedMapWriteDetector(BugReporter bugReporter) {
    this.bugReporter = bugReporter;
    try {
      this.policy = Settings.policyFrom(System.getProperties());
      Settings.checkTrackedTypesExist(policy);
    } catch (InvalidOptionException e) {
      throw InvalidConfigurationException.stoppingTheRun(String.valueOf(e.getMessage()));
    }
    this.types = new TypeOracle(policy);
    this.generatedSource = new GeneratedSource(policy);
  }

  @Override
  public void visitClassContext(ClassContext classContext) {
    JavaClass javaClass = classContext.getJavaClass();
    try {
      if (TrackedTypeScreen.namesTrackedType(javaClass, types) && !isGenerated(javaClass)) {
        analyze(classContext);
      }
    } catch (RuntimeException e) {
      bugReporter.logError("mapinit: internal error analysing " + javaClass.getClassName(), e);
    }
  }

  private void analyze(ClassContext classContext) {
    JavaClass javaClass = classContext.getJavaClass();
    String className = javaClass.getClassName();
    OutsideAssignments outside = OutsideAssignments.current();
    ClassFactsBuilder factsBuilder = new ClassFactsBuilder(policy, types, outside);
    AnalysisSession session = AnalysisSession.current();
    ClassModel model = session.modelOf(classContext, this::newModel);
    session.factsOf(model, factsBuilder::build);
    Function<String, ClassFacts> factsOfClass =
        name -> session.factsOf(name, this::newModel, factsBuilder::build);
    UseResolver resolver =
        new UseResolver(
            javaClass,
            factsOfClass,
            superclassHooks(javaClass, factsOfClass),
            model::runsCallbacksAtOnce,
            model::isPipeline,
            model::isJdkCollection,
            model::registeredHolders,
            () ->
                LocalClassOrigins.of(
                    javaClass,
                    name -> session.modelOf(name, this::newModel),
                    other -> session.factsOf(other, factsBuilder::build)));
    Map<Method, MethodSummary> summaries = model.summaries();
    model
        .takeFailures()
        .forEach(
            (method, e) ->
                bugReporter.logError(
                    "mapinit: cannot analyse "
                        + className
                        + "."
                        + method.getName()
                        + method.getSignature(),
                    e));
    FlagPromises flagPromises =
        new FlagPromises(model, other -> session.factsOf(other, factsBuilder::build));
    List<ReportSelection.Candidate<Supplier<BugInstance>>> candidates = new ArrayList<>();
    Set<String> helpers = PrivateHelpers.startingFromCallers(javaClass, summaries);
    for (Method method : inReportingOrder(summaries.keySet())) {
      if (isHiddenMethod(method)) {
        continue;
      }
      boolean startsFromCallers = helpers.contains(ClassFactsBuilder.methodKey(method));
      for (Use use : Objects.requireNonNull(summaries.get(method)).uses()) {
        List<NullCause> causes =
            startsFromCallers
                ? ownNullInHelper(javaClass.getClassName(), method, use).stream().toList()
                : resolver.resolve(use, method);
        Method useMethod = causes.isEmpty() ? null : findMethod(javaClass, use.site());
        if (!causes.isEmpty()
            && useMethod != null
            && !isHiddenMethod(useMethod)
            && !vouchedForBySibling(method, useMethod, use, summaries, factsOfClass)
            // A promise holds where a method starts after construction, not where a superclass
            // constructor runs it as a hook.
            && (causes.stream().anyMatch(NullCause.SuperConstructorCall.class::isInstance)
                || !flagPromises.vouchFor(method, use, resolver.isDeferredLambda(method)))) {
          candidates.add(candidate(classContext, useMethod, use, causes, factsOfClass));
        }
      }
    }
    // SpotBugs applies the user's threshold itself, through the priority: report every view.
    for (Supplier<BugInstance> bug : ReportSelection.select(candidates, Confidence.LOW)) {
      bugReporter.reportBug(bug.get());
    }
  }

  /**
   * Spec 8: a sibling that the path has just seen non-null may vouch for the used field. The
   * promise holds where methods start, so not during construction, nor for a sibling the method
   * assigns.
   */
  private static boolean vouchedForBySibling(
      Method start,
      Method useMethod,
      Use use,
      Map<Method, MethodSummary> summaries,
      Function<String, ClassFacts> factsOfClass) {
    FieldKey fieldKey = use.field();
    Place.FieldPlace place = use.conditionPlace();
    if (fieldKey == null
        || place == null
        || !place.isEntryBound()
        || use.knownNonNull().isEmpty()
        || start.getName().startsWith("<")
        || Callbacks.isLambdaBody(start)) {
      return false;
    }
    ClassFacts owner = factsOfClass.apply(fieldKey.className());
    Optional<FieldFacts> map = owner == null ? Optional.empty() : owner.field(fieldKey.name());
    MethodSummary useSummary = summaries.get(useMethod);
    if (owner == null || map.isEmpty() || useSummary == null) {
      return false;
    }
    for (String sibling : use.knownNonNull()) {
      Optional<FieldFacts> guard = owner.field(sibling);
      boolean assignedHere =
          useSummary.assigned().stream().anyMatch(p -> p.field().name().equals(sibling));
      if (guard.isPresent()
          && !assignedHere
          && CorrelatedGuards.vouches(owner, guard.get(), map.get())) {
        return true;
      }
    }
    return false;
  }

  /**
   * In a helper that starts from its callers, which report what depends on where it starts: the
   * null its own code gives a local (policy {@code ReportSelection.ownNullInHelper}).
   */
  private static Optional<NullCause> ownNullInHelper(String className, Method helper, Use use) {
    NullCause cause = use.concreteCause();
    return (use.condition() & Nullness.NULL) == 0 || cause == null
        ? Optional.empty()
        : ReportSelection.ownNullInHelper(
            use.localSlot() >= 0,
            cause,
            MethodNames.display(className, helper.getName(), helper.getSignature()));
  }

  /**
   * A use that can be reported, named by the most confident of {@code causes} at the use; its
   * report is built only if it is selected.
   */
  private ReportSelection.Candidate<Supplier<BugInstance>> candidate(
      ClassContext classContext,
      Method useMethod,
      Use use,
      List<NullCause> causes,
      Function<String, ClassFacts> factsOfClass) {
    // A local copy of a field holds the field's start value: the field's facts decide.
    FieldKey fieldKey = use.field() != null ? use.field() : use.vouchedField();
    ClassFacts owner = fieldKey == null ? null : factsOfClass.apply(fieldKey.className());
    Optional<FieldFacts> field =
        owner == null || fieldKey == null ? Optional.empty() : owner.field(fieldKey.name());
    ConfidenceRules.Assessed chosen =
        ConfidenceRules.mostConfident(
                causes,
                field,
                Optional.ofNullable(owner),
                ConfidenceRules.aroundUse(
                    field,
                    Optional.ofNullable(owner),
                    () -> StateQueryGuards.at(classContext, useMethod, use.site().pc(), types),
                    () ->
                        fieldKey == null
                            ? Set.of()
                            : TestedFields.at(
                                classContext, useMethod, use.site().pc(), fieldKey, types)))
            .orElseThrow();
    NullCause cause = chosen.cause();
    Assessment assessment = chosen.assessment();
    JavaClass javaClass = classContext.getJavaClass();
    Supplier<BugInstance> bug =
        () ->
            BugReports.of(
                this,
                javaClass,
                useMethod,
                use,
                cause,
                assessment,
                Advice.of(policy, cause, field, Optional.ofNullable(owner)));
    Site site = use.site();
    return new ReportSelection.Candidate<>(
        use.placeKey(),
        site.methodName() + site.methodSignature() + '@' + site.pc(),
        assessment.confidence(),
        bug);
  }

  /** The overridable methods that constructors of the analysed superclasses call on this. */
  private static Map<String, NullCause.SuperConstructorCall> superclassHooks(
      JavaClass javaClass, Function<String, ClassFacts> factsOfClass) {
    Map<String, NullCause.SuperConstructorCall> hooks = new HashMap<>();
    // The methods that the constructed class and the classes between it and `current` declare.
    Set<String> declaredBelow = new HashSet<>();
    for (Method method : javaClass.getMethods()) {
      declaredBelow.add(ClassFactsBuilder.methodKey(method));
    }
    String current = javaClass.getSuperclassName();
    for (int depth = 0; depth < 32 && current != null && !current.startsWith("java."); depth++) {
      ClassFacts facts = factsOfClass.apply(current);
      if (facts != null) {
        ConstructorHooks.of(facts, declaredBelow::contains).forEach(hooks::putIfAbsent);
      }
      XClass xclass = ClassLookup.xclass(current);
      if (xclass != null) {
        xclass
            .getXMethods()
            .forEach(method -> declaredBelow.add(method.getName() + method.getSignature()));
      }
      ClassDescriptor superclass = xclass == null ? null : xclass.getSuperclassDescriptor();
      current = superclass == null ? null : superclass.getDottedClassName();
    }
    return hooks;
  }

  /**
   * A model of a superclass, whose method summaries a call of an inherited method needs (policy
   * {@code Overriding.runsInheritedBody}); null where it cannot be read.
   */
  private @Nullable ClassModel superclassModel(String className) {
    return AnalysisSession.current().modelOf(className, this::newModel);
  }

  /**
   * A model of a class, made once for its own visit and every other class's questions about it (see
   * {@link AnalysisSession#modelOf}); its failures are reported at its own visit.
   */
  private ClassModel newModel(ClassContext classContext) {
    return new ClassModel(classContext, policy, types, this::superclassModel);
  }

  /** Constructors first, so that a helper's use reached from one names its constructor. */
  private static List<Method> inReportingOrder(Set<Method> methods) {
    List<Method> ordered = new ArrayList<>();
    for (Method method : methods) {
      if (Const.CONSTRUCTOR_NAME.equals(method.getName())) {
        ordered.add(method);
      }
    }
    for (Method method : methods) {
      if (!Const.CONSTRUCTOR_NAME.equals(method.getName())) {
        ordered.add(method);
      }
    }
    return ordered;
  }

  /** Bridges, accessors and generated methods are not reported; lambda bodies are. */
  private boolean isHiddenMethod(Method method) {
    if (method.isSynthetic() && !method.getName().startsWith("lambda$")) {
      return true;
    }
    return Annotations.of(method).stream().anyMatch(policy::isGeneratedAnnotation);
  }

  /**
   * Whether the class or one enclosing it is marked generated: in the class file, or (for the
   * SOURCE-retention annotations) in the source, where SpotBugs knows the source path.
   */
  private boolean isGenerated(JavaClass javaClass) {
    String current = javaClass.getClassName();
    String topLevel = current;
    for (int depth = 0; depth < 64 && current != null; depth++) {
      topLevel = current;
      XClass xclass = ClassLookup.xclass(current);
      if (xclass == null) {
        break;
      }
      for (ClassDescriptor annotation : xclass.getAnnotationDescriptors()) {
        if (policy.isGeneratedAnnotation(annotation.getDottedClassName())) {
          return true;
        }
      }
      ClassDescriptor enclosing = xclass.getImmediateEnclosingClass();
      current = enclosing == null ? null : enclosing.getDottedClassName();
    }
    return generatedSource.isGenerated(topLevel, javaClass.getSourceFileName());
  }

  private static @Nullable Method findMethod(JavaClass javaClass, Site site) {
    return ClassLookup.declaredMethod(javaClass, site.methodName(), site.methodSignature());
  }

  @Override
  public void report() {}
}
