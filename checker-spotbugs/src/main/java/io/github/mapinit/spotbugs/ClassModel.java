package io.github.mapinit.spotbugs;

import edu.umd.cs.findbugs.ba.CFGBuilderException;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.ba.DataflowAnalysisException;
import io.github.mapinit.policy.JavaSemantics;
import io.github.mapinit.policy.NullCause;
import io.github.mapinit.policy.Policy;
import io.github.mapinit.policy.rules.AtomicStates;
import io.github.mapinit.policy.rules.CollectionEmptiness;
import io.github.mapinit.policy.rules.ConstantAnswers;
import io.github.mapinit.policy.rules.ConstantTests;
import io.github.mapinit.policy.rules.ConstructorHooks;
import io.github.mapinit.policy.rules.Counters;
import io.github.mapinit.policy.rules.FieldAccessors;
import io.github.mapinit.policy.rules.FlagInvariants;
import io.github.mapinit.policy.rules.FreshCounters;
import io.github.mapinit.policy.rules.LazyPipelines;
import io.github.mapinit.policy.rules.NullableResults;
import io.github.mapinit.policy.rules.Overriding;
import io.github.mapinit.policy.rules.ResultsWhenNull;
import io.github.mapinit.policy.rules.StaticFlags;
import io.github.mapinit.policy.rules.StaticPromises;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Field;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ACONST_NULL;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ARETURN;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.FieldInstruction;
import org.apache.bcel.generic.GETFIELD;
import org.apache.bcel.generic.GotoInstruction;
import org.apache.bcel.generic.ICONST;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.NEW;
import org.apache.bcel.generic.ObjectType;
import org.apache.bcel.generic.ReferenceType;
import org.apache.bcel.generic.ReturnInstruction;
import org.apache.bcel.generic.Type;
import org.jspecify.annotations.Nullable;

/**
 * One class under analysis: the environment its methods are analysed in, and the summary of each
 * method, computed once (a call of a helper that is still being analysed, i.e. recursion, is an
 * unknown call).
 */
final class ClassModel implements MethodEnvironment {

  // Held weakly: a ClassContext holds SpotBugs' dataflows of every method of the class, and the
  // session keeps models after their class's visit (AnalysisSession.modelOf).
  private WeakReference<ClassContext> classContext;
  private final JavaClass javaClass;
  private final Policy policy;
  private final TypeOracle types;
  private final Map<Method, MethodSummary> summaries = new LinkedHashMap<>();
  private final Map<String, FieldKey> fieldCache = new HashMap<>();
  private final Map<Integer, Optional<FieldKey>> fieldsReadByCalls = new HashMap<>();
  private final Set<FieldKey> nullTested = new HashSet<>();
  private @Nullable Set<String> testedInCode;
  private final Map<String, Boolean> neverReturns = new HashMap<>();
  private final Map<String, java.util.Optional<AnswerPaths.Answers>> flagAnswers = new HashMap<>();
  private @Nullable List<Flag.Field> freshCounterFields;
  private @Nullable Map<String, Set<String>> finalFieldTests;
  private @Nullable Map<String, Method> keptReferences;
  private @Nullable Map<String, RegisteredCallbackFields.Registration> registrations;
  private @Nullable Set<String> stateFields;
  private final Map<Method, Boolean> returnsNull = new HashMap<>();

  /** By called method, whether an override in the nest returns null ({@link #mayReturnNull}). */
  private final Map<String, Boolean> overrideNulls = new HashMap<>();

  private @Nullable Set<String> nullTestedResults;
  // By method key, the parameters a call of the nest gives null, and why they may be null
  // (policies NullSetters, NullArguments).
  private NullArgumentCalls.@Nullable Found parametersGivenNull;
  private final Map<Method, Optional<Boolean>> constantAnswers = new HashMap<>();
  private final Map<Method, Optional<Set<String>>> staticStores = new HashMap<>();
  private Counters.@Nullable Found<String> counterFields;
  private final Map<String, Optional<List<Set<FieldKey>>>> ownCallbackGuards = new HashMap<>();
  private @Nullable Map<String, Method> methodsByKey;
  private final Map<Method, Optional<String>> fieldsEmptyingResults = new HashMap<>();
  private final Map<Method, Optional<NullConstantResults.ResultWhenNull>> resultsWhenNull =
      new HashMap<>();
  private final Set<String> assignedOnOtherObjects = new HashSet<>();
  private @Nullable FlagCandidates flagCandidates;
  private @Nullable Set<String> flagFieldNames;
  private @Nullable Set<String> followedCollections;
  private @Nullable Set<FieldKey> trackedInstanceFields;
  private final Map<Method, Exception> failures = new LinkedHashMap<>();
  private final Function<String, @Nullable ClassModel> otherModels;
  private final Map<String, Optional<MethodSummary>> inheritedSummaries = new HashMap<>();

  ClassModel(
      ClassContext classContext,
      Policy policy,
      TypeOracle types,
      Function<String, @Nullable ClassModel> otherModels) {
    this.classContext = new WeakReference<>(classContext);
    this.javaClass = classContext.getJavaClass();
    this.policy = policy;
    this.types = types;
    this.otherModels = otherModels;
  }

  JavaClass javaClass() {
    return javaClass;
  }

  /** The class's context: the one the model was made with, or SpotBugs' again once it let it go. */
  ClassContext classContext() {
    ClassContext context = classContext.get();
    if (context == null) {
      context = AnalysisSession.contextOf(javaClass.getClassName());
      if (context == null) {
        throw new IllegalStateException("no class context for " + javaClass.getClassName());
      }
      classContext = new WeakReference<>(context);
    }
    return context;
  }

  /** The summary of every method with code, in declaration order. */
  Map<Method, MethodSummary> summaries() {
    for (Method method : javaClass.getMethods()) {
      summary(method);
    }
    Map<Method, MethodSummary> result = new LinkedHashMap<>();
    for (Method method : javaClass.getMethods()) {
      MethodSummary summary = summaries.get(method);
      if (summary != null) {
        result.put(method, summary);
      }
    }
    return result;
  }

  /**
   * The methods that could not be analysed, with why, since the last call: a model made for another
   * class's questions is kept for the class's own visit, which reports them.
   */
  Map<Method, Exception> takeFailures() {
    Map<Method, Exception> taken = new LinkedHashMap<>(failures);
    failures.clear();
    return taken;
  }

  /** The method's summary, or null while it is being computed. */
  @Nullable MethodSummary summary(Method method) {
    if (summaries.containsKey(method)) {
      return summaries.get(method);
    }
    if (method.getCode() == null) {
      summaries.put(method, MethodSummary.UNKNOWN);
      return MethodSummary.UNKNOWN;
    }
    if (InertMethods.isInert(
        method,
        javaClass,
        classContext().getConstantPoolGen(),
        types,
        flagFieldNames(),
        followedCollections())) {
      MethodSummary inert = MethodSummary.inert(InertMethods.hasReturn(method));
      summaries.put(method, inert);
      return inert;
    }
    summaries.put(method, null);
    MethodSummary summary;
    try {
      summary = new MethodAnalyzer(classContext(), method, this, policy, types).summarize();
    } catch (CFGBuilderException | DataflowAnalysisException | RuntimeException e) {
      failures.put(method, e);
      summary = MethodSummary.UNKNOWN;
    }
    summaries.put(method, summary);
    return summary;
  }

  @Override
  public void noteNullTest(FieldKey field) {
    nullTested.add(field);
  }

  /**
   * Whether a method analysed so far compares {@code field} with null, or the class's code does
   * anywhere ({@link NullTestedFields}): a method that only answers {@code postings != null} may
   * never be analysed on its own.
   */
  boolean isNullTested(FieldKey field) {
    if (nullTested.contains(field)) {
      return true;
    }
    return field.className().equals(className()) && nullTestedInCode().contains(field.name());
  }

  /** The fields of this class that its code compares with null ({@link NullTestedFields}). */
  private Set<String> nullTestedInCode() {
    if (testedInCode == null) {
      testedInCode = NullTestedFields.in(javaClass, classContext().getConstantPoolGen());
    }
    return testedInCode;
  }

  @Override
  public String className() {
    return javaClass.getClassName();
  }

  @Override
  public @Nullable FieldKey trackedField(FieldInstruction ins, ConstantPoolGen cpg) {
    return trackedField(
        ins.getReferenceType(cpg).toString(),
        ins.getFieldName(cpg),
        ins.getSignature(cpg),
        ins.getOpcode() == Const.GETSTATIC || ins.getOpcode() == Const.PUTSTATIC);
  }

  @Override
  public @Nullable FieldKey fieldReadBy(InvokeInstruction ins, ConstantPoolGen cpg) {
    if (ins.getOpcode() == Const.INVOKESTATIC || ins.getOpcode() == Const.INVOKEDYNAMIC) {
      return null;
    }
    // Asked at every pass of every body's dataflow over every call: once per method reference.
    return fieldsReadByCalls
        .computeIfAbsent(ins.getIndex(), index -> Optional.ofNullable(accessedField(ins, cpg)))
        .orElse(null);
  }

  private @Nullable FieldKey accessedField(InvokeInstruction ins, ConstantPoolGen cpg) {
    String owner = ins.getClassName(cpg);
    if (Const.CONSTRUCTOR_NAME.equals(ins.getMethodName(cpg))
        || !(ins.getReturnType(cpg) instanceof ObjectType)
        || !ClassLookup.sameTopLevel(className(), owner)) {
      return null;
    }
    Optional<String> returned =
        AnalysisSession.current()
            .fieldReturnedBy(owner, ins.getMethodName(cpg), ins.getSignature(cpg));
    if (returned.isEmpty()) {
      return null;
    }
    String[] field = returned.get().split(" ", 2);
    FieldKey read = trackedField(owner, field[0], field[1], false);
    boolean readsField =
        FieldAccessors.readsField(true, false, ins.getArgumentTypes(cpg).length, read != null);
    return readsField ? read : null;
  }

  private @Nullable FieldKey trackedField(
      String referenced, String name, String signature, boolean isStatic) {
    String cacheKey = referenced + ' ' + name + ' ' + signature + ' ' + isStatic;
    if (fieldCache.containsKey(cacheKey)) {
      return fieldCache.get(cacheKey);
    }
    FieldKey field = null;
    if (types.isTrackedSignature(signature)) {
      String declaring = ClassLookup.declaringClass(referenced, name, signature, isStatic);
      if (ClassLookup.sameTopLevel(className(), declaring)) {
        field = new FieldKey(declaring, name, signature, isStatic);
      }
    }
    fieldCache.put(cacheKey, field);
    return field;
  }

  @Override
  public boolean isOuterInstanceField(FieldInstruction ins, ConstantPoolGen cpg) {
    return ins.getOpcode() == Const.GETFIELD && ins.getFieldName(cpg).startsWith("this$");
  }

  @Override
  public @Nullable MethodSummary calleeSummary(
      InvokeInstruction ins, ConstantPoolGen cpg, boolean onThis) {
    Method method = className().equals(ins.getClassName(cpg)) ? declared(ins, cpg) : null;
    if (method == null) {
      return inheritedSummary(ins, cpg, onThis);
    }
    return isFollowed(method, ins, onThis) ? summary(method) : null;
  }

  /**
   * The summary of the body of a superclass of the nest that the call {@code ins} runs on this
   * object ({@code super.connect()}, or an inherited method that this class does not override), as
   * the call sees it (policy {@code Overriding.runsInheritedBody}); null for another call.
   */
  private @Nullable MethodSummary inheritedSummary(
      InvokeInstruction ins, ConstantPoolGen cpg, boolean onThis) {
    String name = ins.getMethodName(cpg);
    boolean superCall =
        ins.getOpcode() == Const.INVOKESPECIAL && !Const.CONSTRUCTOR_NAME.equals(name);
    if (!onThis
        || (ins.getOpcode() != Const.INVOKEVIRTUAL && !superCall)
        || !Overriding.runsInheritedBody(superCall, onThis)) {
      return null;
    }
    String signature = ins.getSignature(cpg);
    return inheritedSummaries
        .computeIfAbsent(
            ins.getClassName(cpg) + '.' + name + signature,
            key -> {
              String declaring =
                  ClassLookup.declaringMethodClass(ins.getClassName(cpg), name, signature);
              ClassModel superclass =
                  declaring == null
                          || declaring.equals(className())
                          || !ClassLookup.sameTopLevel(className(), declaring)
                          || !types.isSubtype(className(), declaring)
                      ? null
                      : otherModels.apply(declaring);
              Method method = superclass == null ? null : superclass.declared(name + signature);
              MethodSummary summary =
                  method == null
                          || method.isAbstract()
                          || method.isNative()
                          || method.isStatic()
                          || method.getCode() == null
                      ? null
                      : Objects.requireNonNull(superclass).summary(method);
              // This class's code reaches an inherited field through `this` as the place that
              // Place.FieldPlace.through names; the superclass's own code, as its own field.
              return Optional.ofNullable(
                  summary == null
                      ? null
                      : summary.asInherited(
                          place ->
                              place.receiver() == Place.Receiver.THIS
                                  ? Place.FieldPlace.through(Value.THIS, place.field(), className())
                                  : place));
            })
        .orElse(null);
  }

  /**
   * The tracked instance field {@code name} that this class inherits from a superclass of its nest,
   * for the tests that an inherited predicate makes of it; null where there is none.
   */
  public @Nullable FieldKey inheritedInstanceField(String name) {
    String superclass = javaClass.getSuperclassName();
    for (int depth = 0; depth < 64 && ClassLookup.sameTopLevel(className(), superclass); depth++) {
      JavaClass type = ClassLookup.javaClass(superclass);
      if (type == null) {
        return null;
      }
      for (Field field : type.getFields()) {
        if (field.getName().equals(name)
            && !field.isStatic()
            && !field.isPrivate()
            && types.isTrackedSignature(field.getSignature())) {
          return new FieldKey(superclass, name, field.getSignature(), false);
        }
      }
      superclass = type.getSuperclassName();
    }
    return null;
  }

  @Override
  public List<MethodSummary> overridesRunBySuperCall(
      InvokeInstruction superCall, ConstantPoolGen cpg) {
    List<MethodSummary> run = new ArrayList<>();
    for (String hook :
        AnalysisSession.current()
            .hooksCalledOnEveryPath(superCall.getClassName(cpg), superCall.getSignature(cpg))) {
      Method override = declared(hook);
      boolean overridden = override != null && !override.isStatic() && !override.isPrivate();
      MethodSummary summary =
          ConstructorHooks.overrideRunsAtSuperCall(true, true, overridden)
              ? summary(Objects.requireNonNull(override))
              : null;
      if (summary != null) {
        run.add(summary);
      }
    }
    return run;
  }

  @Override
  public boolean missesEntry(InstructionHandle lookup, ConstantPoolGen cpg) {
    return KeyQueries.missesEntry(lookup, types, cpg);
  }

  @Override
  public boolean believedNullable(InvokeInstruction ins, ConstantPoolGen cpg) {
    if (!(ins.getReturnType(cpg) instanceof ReferenceType returned)) {
      return false;
    }
    if (nullTestedResults == null) {
      nullTestedResults = NullTestedResults.of(javaClass);
    }
    return NullableResults.believedNullable(
        true,
        ins.getArgumentTypes(cpg).length,
        types.isTracked(ins.getClassName(cpg)),
        types.isTrackedSignature(returned.getSignature())
            && nullTestedResults.contains(NullTestedResults.keyOf(ins, cpg)));
  }

  @Override
  public boolean mayReturnNull(InvokeInstruction ins, ConstantPoolGen cpg, boolean onThis) {
    if (!(ins.getReturnType(cpg) instanceof ReferenceType)) {
      return false;
    }
    if (overrideReturnsNull(ins, cpg)) {
      return true;
    }
    if (!className().equals(ins.getClassName(cpg))) {
      return false;
    }
    Method method = declared(ins, cpg);
    return method != null
        && isFollowed(method, ins, onThis)
        && NullableResults.mayBeNull(
            !isOverridable(method),
            types.isTrackedSignature(ins.getReturnType(cpg).getSignature()),
            () ->
                returnsNull.computeIfAbsent(method, ClassModel::returnsNullLiteral)
                    || returnsOwnNull(method));
  }

  @Override
  public boolean isPrivateInstanceMethod(String key) {
    Method method = declared(key);
    return method != null && method.isPrivate() && !method.isStatic();
  }

  @Override
  public Map<Integer, NullCause> parametersGivenNull(Method method) {
    return nullArgumentCalls().causes().getOrDefault(ClassFactsBuilder.methodKey(method), Map.of());
  }

  @Override
  public Map<Integer, String> settersStoredFields(InvokeInstruction ins, ConstantPoolGen cpg) {
    return javaClass.getClassName().equals(ins.getClassName(cpg))
        ? nullArgumentCalls()
            .storedIn()
            .getOrDefault(ins.getMethodName(cpg) + ins.getSignature(cpg), Map.of())
        : Map.of();
  }

  private NullArgumentCalls.Found nullArgumentCalls() {
    if (parametersGivenNull == null) {
      Set<String> instanceNames = new HashSet<>();
      for (FieldKey field : trackedInstanceFields()) {
        instanceNames.add(field.name());
      }
      Set<String> staticNames = new HashSet<>();
      for (FieldKey field : trackedStaticFields()) {
        staticNames.add(field.name());
      }
      parametersGivenNull =
          NullArgumentCalls.in(javaClass, classContext(), instanceNames, staticNames, types);
    }
    return parametersGivenNull;
  }

  @Override
  public int defaultParameter(InvokeInstruction ins, ConstantPoolGen cpg) {
    String owner = ins.getClassName(cpg);
    return JavaSemantics.defaultParameter(
        owner, ins.getMethodName(cpg), ins.getArgumentTypes(cpg).length, types.isTracked(owner));
  }

  @Override
  public boolean isTrackedType(Type type) {
    return types.isTrackedSignature(type.getSignature());
  }

  /** Whether the analysis of {@code method} found it returning a local that holds its own null. */
  private boolean returnsOwnNull(Method method) {
    MethodSummary summary = summary(method);
    return summary != null && summary.returnsOwnNull();
  }

  /**
   * Whether {@code method} returns the null literal: javac's {@code aconst_null} right before an
   * {@code areturn}, or before a {@code goto} to one (an arm of a conditional or a switch that the
   * method returns).
   */
  static boolean returnsNullLiteral(Method method) {
    if (method.getCode() == null) {
      return false;
    }
    for (InstructionHandle handle :
        new InstructionList(method.getCode().getCode()).getInstructionHandles()) {
      InstructionHandle next = handle.getNext();
      if (handle.getInstruction() instanceof ACONST_NULL && next != null) {
        InstructionHandle returned =
            next.getInstruction() instanceof GotoInstruction jump ? jump.getTarget() : next;
        if (returned.getInstruction() instanceof ARETURN) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The instance method of this class whose body the call {@code ins} on this runs, for what it
   * returns where a field is null (policy {@code ResultsWhenNull.readsHelper}); null for another
   * call.
   */
  private @Nullable Method ownHelperCalled(
      InvokeInstruction ins, ConstantPoolGen cpg, boolean onThis) {
    if (!onThis || !className().equals(ins.getClassName(cpg))) {
      return null;
    }
    Method method = declared(ins, cpg);
    return method == null
            || method.isStatic()
            || !ResultsWhenNull.readsHelper(onThis, isOverridable(method))
        ? null
        : method;
  }

  @Override
  public NullConstantResults.@Nullable ResultWhenNull resultWhenNull(
      InvokeInstruction ins, ConstantPoolGen cpg, boolean onThis) {
    Method method = ownHelperCalled(ins, cpg, onThis);
    if (method == null) {
      return null;
    }
    return resultsWhenNull
        .computeIfAbsent(method, m -> Optional.ofNullable(NullConstantResults.of(javaClass, m)))
        .orElse(null);
  }

  @Override
  public @Nullable String fieldWhoseNullEmptiesResult(
      InvokeInstruction ins, ConstantPoolGen cpg, boolean onThis) {
    Method method = ownHelperCalled(ins, cpg, onThis);
    if (method == null) {
      return null;
    }
    return fieldsEmptyingResults
        .computeIfAbsent(
            method,
            m ->
                Optional.ofNullable(
                    NullConstantResults.fieldWhoseNullEmptiesResult(
                        javaClass,
                        m,
                        (factory, pool) ->
                            policy.createsEmpty(
                                factory.getClassName(pool),
                                factory.getMethodName(pool),
                                factory.getArgumentTypes(pool).length))))
        .orElse(null);
  }

  @Override
  public boolean ownCallCannotThrow(InvokeInstruction ins, ConstantPoolGen cpg, boolean onThis) {
    if (!className().equals(ins.getClassName(cpg))) {
      return false;
    }
    Method method = declared(ins, cpg);
    if (method == null
        || !isFollowed(method, ins, onThis)
        || Const.CONSTRUCTOR_NAME.equals(method.getName())) {
      return false;
    }
    MethodSummary summary = summary(method);
    return summary != null
        && JavaSemantics.ownCallCannotFail(isOverridable(method), summary.throwsOut());
  }

  /** Whether a subclass may override {@code method} (policy {@code Overriding}). */
  private boolean isOverridable(Method method) {
    return isOverridable(javaClass, method);
  }

  /**
   * Whether a subclass may override {@code method} of {@code owner} (policy {@code Overriding}).
   */
  static boolean isOverridable(JavaClass owner, Method method) {
    return Overriding.isOverridable(
        false, method.isStatic(), method.isPrivate(), method.isFinal(), owner.isFinal());
  }

  /**
   * The method of this class that {@code ins} names, or null: looked up by name and signature in a
   * table built once per class, since every call on this asks (a class may have thousands).
   */
  private @Nullable Method declared(InvokeInstruction ins, ConstantPoolGen cpg) {
    return declared(ins.getMethodName(cpg) + ins.getSignature(cpg));
  }

  /** The method of this class whose name and signature are {@code key}, or null. */
  private @Nullable Method declared(String key) {
    if (methodsByKey == null) {
      Map<String, Method> byKey = new HashMap<>();
      for (Method method : javaClass.getMethods()) {
        byKey.putIfAbsent(method.getName() + method.getSignature(), method);
      }
      methodsByKey = byKey;
    }
    return methodsByKey.get(key);
  }

  @Override
  public FlagCandidates flagCandidates() {
    if (flagCandidates == null) {
      flagCandidates = candidatesOf();
    }
    return flagCandidates;
  }

  /** The collections whose emptiness the class's promises follow, for the inert-method screen. */
  private Set<String> followedCollections() {
    if (followedCollections == null) {
      Set<String> names = new HashSet<>();
      finalFieldTests()
          .forEach(
              (field, tests) -> {
                if (tests.contains(CollectionEmptiness.TEST) || holdsAtomicState(field)) {
                  // A call on it may change a flag: its emptiness, or its state (AtomicStates).
                  names.add(field);
                }
              });
      followedCollections = names;
    }
    return followedCollections;
  }

  /** Whether the field {@code name} of the class holds an atomic state (policy AtomicStates). */
  private boolean holdsAtomicState(String name) {
    for (Field field : javaClass.getFields()) {
      if (field.getName().equals(name)) {
        String signature = field.getSignature();
        return signature.startsWith("L")
            && AtomicStates.holdsState(
                signature.substring(1, signature.length() - 1).replace('/', '.'));
      }
    }
    return false;
  }

  /** The names of the flag candidates, for the inert-method screen. */
  private Set<String> flagFieldNames() {
    if (flagFieldNames == null) {
      Set<String> names = new HashSet<>();
      for (Flag.Field flag : flagCandidates().flags()) {
        names.add(flag.name());
      }
      // A read of a tested final field is a read of its tests' flags.
      names.addAll(finalFieldTests().keySet());
      flagFieldNames = names;
    }
    return flagFieldNames;
  }

  /**
   * Private instance fields: booleans, reference fields the class tests for null, and maps of the
   * tracked types; private static maps and booleans (policy StaticPromises); none that code of
   * another class of the nest stores into (an inner class assigning through the enclosing
   * instance), which the class's own bodies cannot check. As flags too: the tests of its final and
   * state fields that its code makes (against constants, record accessors, AtomicBoolean values),
   * its counters, and, while the flags stay few, its map fields that it tests for null.
   */
  private FlagCandidates candidatesOf() {
    Set<String> nullTested = nullTestedInCode();
    OutsideAssignments outside = OutsideAssignments.current();
    Set<Flag.Field> flags = new LinkedHashSet<>();
    Set<FieldKey> fields = new LinkedHashSet<>();
    Set<Flag.Field> testedMaps = new LinkedHashSet<>();
    Set<Flag.Field> staticStateFlags = new LinkedHashSet<>();
    for (Field field : javaClass.getFields()) {
      if (field.isStatic()
          && field.isPrivate()
          && !outside.isStoredFromNest(className(), field.getName())) {
        // Policy StaticPromises: the class's static maps, and the static flags kept with them.
        if (types.isTrackedSignature(field.getSignature())) {
          fields.add(new FieldKey(className(), field.getName(), field.getSignature(), true));
        } else if (StaticPromises.isStaticFlag(
            true, field.isFinal(), true, "Z".equals(field.getSignature()), false)) {
          staticStateFlags.add(new Flag.Field(className(), field.getName(), true));
        }
      }
      if (field.isStatic()
          || !field.isPrivate()
          || outside.isStoredFromNest(className(), field.getName())) {
        continue;
      }
      String signature = field.getSignature();
      if (types.isTrackedSignature(signature)) {
        fields.add(new FieldKey(className(), field.getName(), signature, false));
        if (nullTested.contains(field.getName())) {
          testedMaps.add(new Flag.Field(className(), field.getName(), false));
        }
      } else if ("Z".equals(signature)
          || ((signature.startsWith("L") || signature.startsWith("["))
              && nullTested.contains(field.getName()))) {
        flags.add(new Flag.Field(className(), field.getName(), false));
      }
    }
    if (!fields.isEmpty()) {
      flags.addAll(staticFlags());
    }
    boolean staticFields = fields.stream().anyMatch(FieldKey::isStatic);
    if (staticFields) {
      flags.addAll(staticStateFlags);
    }
    Set<Flag.Field> collections = new LinkedHashSet<>();
    Set<String> staticStateFields = staticStateFields();
    if (!fields.isEmpty()) {
      finalFieldTests()
          .forEach(
              (field, tests) -> {
                for (String test : tests) {
                  Flag.Field flag = FinalFieldTests.flagOf(className(), field, test);
                  if (staticStateFields.contains(field)) {
                    // A static state field's tests speak only for static maps (StaticPromises).
                    if (staticFields) {
                      flags.add(flag);
                      staticStateFlags.add(flag);
                    }
                  } else {
                    (CollectionEmptiness.TEST.equals(test) ? collections : flags).add(flag);
                  }
                }
              });
    }
    if (!fields.isEmpty()) {
      for (String counter : counterFields()) {
        flags.add(new Flag.Field(className(), counter, false));
      }
    }
    // A map field the class tests for null is a flag too (a sibling created and dropped with it is
    // non-null where it is) where the flags stay few.
    if (FlagInvariants.mapFieldsAreFlags(flags.size(), testedMaps.size())) {
      flags.addAll(testedMaps);
    }
    if (FlagInvariants.collectionsAreFlags(flags.size(), collections.size())) {
      flags.addAll(collections);
    }
    staticStateFlags.retainAll(flags);
    return flags.isEmpty() || fields.isEmpty()
        ? FlagCandidates.NONE
        : FlagCandidates.of(flags, fields, staticStateFlags);
  }

  /** The class's {@code static final} booleans that its promises may rest on (StaticFlags). */
  private Set<Flag.Field> staticFlags() {
    Set<Flag.Field> flags = new LinkedHashSet<>();
    Boolean createsInstance = null;
    for (Field field : javaClass.getFields()) {
      if (!field.isStatic() || !field.isFinal() || !"Z".equals(field.getSignature())) {
        continue;
      }
      if (createsInstance == null) {
        createsInstance = initialisationCreatesInstance();
      }
      if (StaticFlags.isFollowed(true, createsInstance)) {
        flags.add(new Flag.Field(className(), field.getName(), true));
      }
    }
    return flags;
  }

  /** Whether the class's static initialiser creates an object of the class. */
  private boolean initialisationCreatesInstance() {
    Method initialiser = declared(Const.STATIC_INITIALIZER_NAME + "()V");
    if (initialiser == null || initialiser.getCode() == null) {
      return false;
    }
    ConstantPoolGen cpg = classContext().getConstantPoolGen();
    for (Instruction ins : new InstructionList(initialiser.getCode().getCode()).getInstructions()) {
      if (ins instanceof NEW created
          && className().equals(created.getLoadClassType(cpg).getClassName())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Optional<Set<String>> staticStoresOfCall(InvokeInstruction ins, ConstantPoolGen cpg) {
    if (ins.getOpcode() != Const.INVOKESTATIC || !className().equals(ins.getClassName(cpg))) {
      return Optional.empty();
    }
    Method method = declared(ins, cpg);
    return method == null || !method.isStatic() || method.getCode() == null
        ? Optional.empty()
        : staticStores.computeIfAbsent(method, m -> StaticStores.reachedFrom(this, m));
  }

  @Override
  public boolean isStateField(String fieldName) {
    return stateFields().contains(fieldName);
  }

  /** The state fields that are static (policy StaticPromises). */
  private Set<String> staticStateFields() {
    Set<String> names = new HashSet<>();
    for (Field field : javaClass.getFields()) {
      if (field.isStatic() && stateFields().contains(field.getName())) {
        names.add(field.getName());
      }
    }
    return names;
  }

  /**
   * The private instance fields of an int type, or of a class type compared with its own constants,
   * that no other class of the nest stores into and that are no counters: their tests against
   * constants are flags though methods assign them (policy {@link
   * ConstantTests#followsStateField}). Bytecode does not say whether a type is an enum; the tests
   * made of a reference field are comparisons with a static field of the type's own class, which is
   * what an enum constant is.
   */
  private Set<String> stateFields() {
    if (stateFields == null) {
      Set<String> names = new HashSet<>();
      OutsideAssignments outside = OutsideAssignments.current();
      for (Field field : javaClass.getFields()) {
        String signature = field.getSignature();
        boolean stateType =
            isWholeNumber(signature)
                || (signature.startsWith("L") && !signature.equals("Ljava/lang/String;"));
        if (!field.isFinal()
            && ConstantTests.followsStateField(
                field.isPrivate(),
                stateType,
                outside.isStoredFromNest(className(), field.getName()))) {
          names.add(field.getName());
        }
      }
      stateFields = names;
    }
    return stateFields;
  }

  @Override
  public Set<String> counterFields() {
    return foundCounters().counters();
  }

  @Override
  public Set<String> neverZeroCounters() {
    return foundCounters().neverZero();
  }

  @Override
  public Set<String> decreasingCounters() {
    return foundCounters().decreasing();
  }

  private Counters.Found<String> foundCounters() {
    if (counterFields == null) {
      // Counters matter only to the promises of a class with a map field.
      counterFields =
          trackedInstanceFields().isEmpty()
              ? new Counters.Found<>(Set.of(), Set.of(), Set.of())
              : CounterFields.of(javaClass, classContext().getConstantPoolGen());
    }
    return counterFields;
  }

  @Override
  public Set<String> testsOfFinalField(String fieldName) {
    return finalFieldTests().getOrDefault(fieldName, Set.of());
  }

  @Override
  public Map<String, Set<String>> finalFieldTests() {
    if (finalFieldTests == null) {
      // Tests of final fields matter only to the promises of a class with a map field (an
      // object's, or a static one: policy StaticPromises).
      if (trackedInstanceFields().isEmpty() && trackedStaticFields().isEmpty()) {
        finalFieldTests = Map.of();
      } else {
        Map<String, Set<String>> tests =
            FinalFieldTests.in(
                javaClass, classContext().getConstantPoolGen(), stateFields(), counterFields());
        if (tests.values().stream().flatMap(Set::stream).anyMatch(ConstantTests::isMembership)) {
          // Policy ConstantTests.membership: a flag only on a collection that cannot change.
          Set<String> unmodifiable =
              UnmodifiableFields.in(javaClass, classContext().getConstantPoolGen(), policy);
          tests.forEach(
              (field, named) -> {
                if (!unmodifiable.contains(field)) {
                  named.removeIf(ConstantTests::isMembership);
                }
              });
        }
        for (String collection :
            CollectionFields.in(javaClass, classContext().getConstantPoolGen(), types)) {
          // Policy CollectionEmptiness: whether it is empty is a test of the field.
          tests
              .computeIfAbsent(collection, name -> new LinkedHashSet<>())
              .add(CollectionEmptiness.TEST);
        }
        finalFieldTests = tests;
      }
    }
    return finalFieldTests;
  }

  @Override
  public void noteAssignmentOnOtherObject(String fieldName) {
    assignedOnOtherObjects.add(fieldName);
  }

  /** The fields of the class assigned through another object, as far as the analysis has seen. */
  Set<String> assignedOnOtherObjects() {
    return assignedOnOtherObjects;
  }

  @Override
  public boolean neverReturns(InvokeInstruction ins, ConstantPoolGen cpg) {
    if (!className().equals(ins.getClassName(cpg))
        || Const.CONSTRUCTOR_NAME.equals(ins.getMethodName(cpg))) {
      return false;
    }
    String key = ins.getMethodName(cpg) + ins.getSignature(cpg);
    return neverReturns.computeIfAbsent(key, this::hasNoReturnInstruction);
  }

  @Override
  public Flag.@Nullable Field flagReturnedBy(InvokeInstruction ins, ConstantPoolGen cpg) {
    byte[] code = booleanAccessorCode(ins, cpg);
    Flag.Field returned = code == null ? null : returnedField(code, cpg);
    return returned != null && flagCandidates().flags().contains(returned) ? returned : null;
  }

  @Override
  public AnswerPaths.@Nullable Answers flagsAnsweredBy(InvokeInstruction ins, ConstantPoolGen cpg) {
    byte[] code = booleanAccessorCode(ins, cpg);
    if (code == null || nullTestedField(code, cpg) != null) {
      // `return store != null;` alone: the field's own test (referenceFlagReturnedBy).
      return null;
    }
    return answersOf(ins, cpg);
  }

  /**
   * What the boolean helper that {@code ins} calls on this answers, read once per method (asked at
   * every pass of every body's dataflow); a helper being read answers nothing to itself.
   */
  private AnswerPaths.@Nullable Answers answersOf(InvokeInstruction ins, ConstantPoolGen cpg) {
    byte[] code = booleanAccessorCode(ins, cpg);
    String name = ins.getMethodName(cpg);
    if (code == null) {
      return null;
    }
    java.util.Optional<AnswerPaths.Answers> known = flagAnswers.get(name);
    if (known != null) {
      return known.orElse(null);
    }
    flagAnswers.put(name, java.util.Optional.empty());
    AnswerPaths.Answers answers =
        AnswerPaths.of(
            code, className(), flagCandidates().flags(), cpg, nested -> answersOf(nested, cpg));
    flagAnswers.put(name, java.util.Optional.ofNullable(answers));
    return answers;
  }

  @Override
  public Flag.@Nullable Field referenceFlagReturnedBy(InvokeInstruction ins, ConstantPoolGen cpg) {
    byte[] code = booleanAccessorCode(ins, cpg);
    Flag.Field tested = code == null ? null : nullTestedField(code, cpg);
    return tested != null && flagCandidates().flags().contains(tested) ? tested : null;
  }

  @Override
  public MethodEnvironment.@Nullable ReferenceFlagTest referenceFlagTestOf(
      InvokeInstruction ins, ConstantPoolGen cpg) {
    Flag.Field flag = referenceFlagReturnedBy(ins, cpg);
    if (flag == null
        || trackedInstanceFields().stream().anyMatch(field -> field.name().equals(flag.name()))) {
      return null;
    }
    byte[] code = Objects.requireNonNull(booleanAccessorCode(ins, cpg));
    // javac's `return f != null;`: ifnull jumps to the constant returned where f is null.
    Instruction[] instructions = new InstructionList(code).getInstructions();
    boolean jumpsWhereNull = instructions[2].getOpcode() == Const.IFNULL;
    int whereNonNull = ((ICONST) instructions[jumpsWhereNull ? 3 : 5]).getValue().intValue();
    return new MethodEnvironment.ReferenceFlagTest(flag, whereNonNull != 0);
  }

  @Override
  public @Nullable Boolean constantAnswerOf(InvokeInstruction ins, ConstantPoolGen cpg) {
    byte[] code = booleanAccessorCode(ins, cpg);
    Method method = code == null ? null : declared(ins, cpg);
    if (code == null || method == null) {
      return null;
    }
    // Asked at every pass of every body's dataflow over every such call: once per method.
    return constantAnswers
        .computeIfAbsent(
            method,
            hook -> {
              Instruction[] instructions = new InstructionList(code).getInstructions();
              Boolean returned =
                  instructions.length == 2
                          && instructions[0] instanceof ICONST constant
                          && instructions[1].getOpcode() == Const.IRETURN
                      ? constant.getValue().intValue() != 0
                      : null;
              return returned == null
                  ? Optional.empty()
                  : ConstantAnswers.answerOf(
                      true,
                      isOverridable(hook),
                      isOverridable(hook) && overriddenInNest(hook),
                      returned);
            })
        .orElse(null);
  }

  /** Whether a class of this class's nest extends it and declares {@code method} again. */
  private boolean overriddenInNest(Method method) {
    return !overridesInNest(className(), method.getName(), method.getSignature()).isEmpty();
  }

  /**
   * Whether {@code ins} calls a method of a class of this class's nest that a subclass may
   * override, and an override in the nest returns the null literal on some path (policy {@code
   * NullableResults.overrideMayBeNull}).
   */
  private boolean overrideReturnsNull(InvokeInstruction ins, ConstantPoolGen cpg) {
    String owner = ins.getClassName(cpg);
    if (ins.getOpcode() == Const.INVOKESTATIC
        || ins.getOpcode() == Const.INVOKEDYNAMIC
        // Most calls are of other libraries' classes: the names tell them apart at no cost.
        || !outermostName(owner).equals(outermostName(className()))) {
      return false;
    }
    return overrideNulls.computeIfAbsent(
        owner + '.' + ins.getMethodName(cpg) + ins.getSignature(cpg),
        key ->
            ClassLookup.sameTopLevel(className(), owner) && overrideReturnsNull(owner, ins, cpg));
  }

  /** The binary name up to its first {@code $}: the same for every class of a nest. */
  private static String outermostName(String className) {
    int dollar = className.indexOf('$', className.lastIndexOf('.') + 1);
    return dollar < 0 ? className : className.substring(0, dollar);
  }

  private boolean overrideReturnsNull(String owner, InvokeInstruction ins, ConstantPoolGen cpg) {
    JavaClass ownerClass = owner.equals(className()) ? javaClass : ClassLookup.javaClass(owner);
    String name = ins.getMethodName(cpg);
    String signature = ins.getSignature(cpg);
    if (ownerClass == null) {
      return false;
    }
    Method declared = ClassLookup.declaredMethod(ownerClass, name, signature);
    return declared != null
        && isOverridable(ownerClass, declared)
        && NullableResults.overrideMayBeNull(
            types.isTrackedSignature(ins.getReturnType(cpg).getSignature()),
            () ->
                overridesInNest(owner, name, signature).stream()
                    .anyMatch(ClassModel::returnsNullLiteral));
  }

  /** The methods {@code name signature} that classes of the nest extending {@code type} declare. */
  private List<Method> overridesInNest(String type, String name, String signature) {
    JavaClass host = ClassLookup.javaClass(ClassLookup.topLevelOf(type));
    if (host == null) {
      return List.of();
    }
    List<String> nest = new ArrayList<>(ClassLookup.nestMembers(host));
    nest.add(host.getClassName());
    List<Method> overrides = new ArrayList<>();
    for (String member : nest) {
      JavaClass subclass =
          member.equals(type) || !types.isSubtype(member, type)
              ? null
              : ClassLookup.javaClass(member);
      if (subclass != null) {
        for (Method method : subclass.getMethods()) {
          if (method.getName().equals(name) && method.getSignature().equals(signature)) {
            overrides.add(method);
          }
        }
      }
    }
    return overrides;
  }

  /** The code of the boolean instance method without parameters of this class that ins calls. */
  private byte @Nullable [] booleanAccessorCode(InvokeInstruction ins, ConstantPoolGen cpg) {
    if (ins.getOpcode() == Const.INVOKESTATIC
        || !className().equals(ins.getClassName(cpg))
        || !"()Z".equals(ins.getSignature(cpg))) {
      return null;
    }
    for (Method method : javaClass.getMethods()) {
      if (method.getName().equals(ins.getMethodName(cpg))
          && "()Z".equals(method.getSignature())
          && !method.isStatic()
          && method.getCode() != null) {
        return method.getCode().getCode();
      }
    }
    return null;
  }

  /**
   * The field of this class that {@code return f == null;} (or {@code != null}) compares with null,
   * as javac compiles it: {@code aload_0; getfield f; ifnull/ifnonnull L; iconst; goto E; L:
   * iconst; E: ireturn}, the two constants different; or null.
   */
  private Flag.@Nullable Field nullTestedField(byte[] code, ConstantPoolGen cpg) {
    Instruction[] instructions = new InstructionList(code).getInstructions();
    if (instructions.length != 7
        || !(instructions[0] instanceof ALOAD load)
        || load.getIndex() != 0
        || !(instructions[1] instanceof GETFIELD read)
        || !className().equals(read.getClassName(cpg))
        || (instructions[2].getOpcode() != Const.IFNULL
            && instructions[2].getOpcode() != Const.IFNONNULL)
        || !(instructions[3] instanceof ICONST first)
        || !(instructions[4] instanceof GotoInstruction)
        || !(instructions[5] instanceof ICONST second)
        || first.getValue().intValue() == second.getValue().intValue()
        || instructions[6].getOpcode() != Const.IRETURN) {
      return null;
    }
    return new Flag.Field(className(), read.getFieldName(cpg), false);
  }

  /** The field of this class that {@code aload_0; getfield f; ireturn} returns, or null. */
  private Flag.@Nullable Field returnedField(byte[] code, ConstantPoolGen cpg) {
    GETFIELD read = FieldAccessorCode.fieldReturned(code, Const.IRETURN, javaClass, cpg);
    return read == null ? null : new Flag.Field(className(), read.getFieldName(cpg), false);
  }

  private boolean hasNoReturnInstruction(String key) {
    Method method = declared(key);
    if (method == null || method.getCode() == null) {
      return false;
    }
    for (Instruction ins : new InstructionList(method.getCode().getCode()).getInstructions()) {
      if (ins instanceof ReturnInstruction) {
        return false;
      }
    }
    return true;
  }

  @Override
  public @Nullable OwnMethod lambdaCreatedBy(INVOKEDYNAMIC ins, ConstantPoolGen cpg) {
    String key = Callbacks.createdBy(javaClass, ins, cpg);
    return key == null ? null : method(key);
  }

  private Map<String, RegisteredCallbackFields.Registration> registrations() {
    if (registrations == null) {
      registrations = RegisteredCallbackFields.of(javaClass, this::isCollection);
    }
    return registrations;
  }

  @Override
  public List<OwnMethod> callbacksHandedOver(Method caller, int pc) {
    if (registrations().isEmpty()) {
      return List.of();
    }
    String call = RegisteredCallbackFields.callKey(caller, pc);
    List<OwnMethod> handedOver = new ArrayList<>();
    for (RegisteredCallbackFields.Registration registration : registrations().values()) {
      OwnMethod runs =
          registration.keepingCalls().contains(call) ? method(registration.runs()) : null;
      if (runs != null) {
        handedOver.add(runs);
      }
    }
    return handedOver;
  }

  @Override
  public @Nullable Set<String> registeredHolders(String key) {
    RegisteredCallbackFields.Registration registration = registrations().get(key);
    return registration == null ? null : registration.holders();
  }

  @Override
  public boolean isKeptReference(String key, String creator) {
    if (keptReferences == null) {
      keptReferences = Callbacks.keptReferenceCreators(javaClass);
    }
    Method made = keptReferences.get(key);
    return made != null && creator.equals(made.getName() + made.getSignature());
  }

  @Override
  public @Nullable NestMethod nestMethod(String otherClass, String key) {
    if (otherClass.equals(className()) || !ClassLookup.sameTopLevel(className(), otherClass)) {
      return null;
    }
    ClassModel other = otherModels.apply(otherClass);
    OwnMethod method = other == null ? null : other.method(key);
    return method == null ? null : new NestMethod(method.summary(), other.trackedInstanceFields());
  }

  @Override
  public @Nullable OwnMethod method(String key) {
    Method method = declared(key);
    if (method == null) {
      return null;
    }
    MethodSummary summary = summary(method);
    return summary == null ? null : new OwnMethod(method.getName(), method.getSignature(), summary);
  }

  @Override
  public List<Flag.Field> freshCounterFields() {
    if (freshCounterFields == null) {
      List<Flag.Field> fields = new ArrayList<>();
      for (Field field : javaClass.getFields()) {
        if (fields.size() < FreshCounters.MAX_FOLLOWED
            && isWholeNumber(field.getSignature())
            && FreshCounters.startsAtZero(field.isStatic(), false)) {
          // An initialiser is an assignment in the constructor's code, which forgets the flag.
          fields.add(new Flag.Field(className(), field.getName(), false));
        }
      }
      freshCounterFields = List.copyOf(fields);
    }
    return freshCounterFields;
  }

  /** The types the class file compares as {@code int}. */
  static boolean isIntegral(String signature) {
    return signature.equals("I")
        || signature.equals("S")
        || signature.equals("B")
        || signature.equals("C");
  }

  /**
   * The type of a field whose comparisons with constants the engines follow: an integral type or a
   * {@code long}, whose {@code lcmp} is found next to its read.
   */
  static boolean isWholeNumber(String signature) {
    return isIntegral(signature) || signature.equals("J");
  }

  @Override
  public Set<FieldKey> trackedStaticFields() {
    Set<FieldKey> fields = new LinkedHashSet<>();
    for (Field field : javaClass.getFields()) {
      if (field.isStatic() && types.isTrackedSignature(field.getSignature())) {
        fields.add(new FieldKey(className(), field.getName(), field.getSignature(), true));
      }
    }
    return fields;
  }

  @Override
  public Set<FieldKey> trackedInstanceFields() {
    if (trackedInstanceFields == null) {
      Set<FieldKey> fields = new LinkedHashSet<>();
      for (Field field : javaClass.getFields()) {
        if (!field.isStatic() && types.isTrackedSignature(field.getSignature())) {
          fields.add(new FieldKey(className(), field.getName(), field.getSignature(), false));
        }
      }
      trackedInstanceFields = fields;
    }
    return trackedInstanceFields;
  }

  @Override
  public boolean runsOneOfCallbacks(String owner, String methodName) {
    return policy.runsOneOfCallbacks(methodName, type -> types.isSubtype(owner, type));
  }

  /** Whether the class {@code className} is a stream pipeline (policy {@code LazyPipelines}). */
  public boolean isPipeline(String className) {
    return types.isSubtype(className, LazyPipelines.PIPELINE_TYPE);
  }

  /** Whether {@code className} is a collection or map of {@code java.util} and its packages. */
  boolean isJdkCollection(String className) {
    return className.startsWith("java.util.")
        && (types.isSubtype(className, "java.util.Collection")
            || types.isSubtype(className, "java.util.Map"));
  }

  @Override
  public boolean runsCallbacksAtOnce(String owner, String methodName) {
    return policy.runsCallbacksAtOnce(methodName, type -> types.isSubtype(owner, type))
        || ownCallbackGuards(owner, methodName) != null;
  }

  @Override
  public Set<FieldKey> fieldsGuardedByOwnHelper(String owner, String methodName) {
    List<Set<FieldKey>> guards = ownCallbackGuards(owner, methodName);
    return guards == null ? Set.of() : OwnCallbackHelpers.commonGuards(guards);
  }

  @Override
  public boolean runsOwnCallbacksAtOnce(String owner, String methodName) {
    List<Set<FieldKey>> guards = ownCallbackGuards(owner, methodName);
    return guards != null && OwnCallbackHelpers.runsFirst(guards);
  }

  /** Policy CallbackHelpers: null where the method is no helper of the class. */
  private @Nullable List<Set<FieldKey>> ownCallbackGuards(String owner, String methodName) {
    return className().equals(owner)
        ? ownCallbackGuards
            .computeIfAbsent(
                methodName,
                name ->
                    Optional.ofNullable(
                        OwnCallbackHelpers.guardsOfEach(
                            javaClass, classContext().getConstantPoolGen(), name)))
            .orElse(null)
        : null;
  }

  private boolean isFollowed(Method method, InvokeInstruction ins, boolean onThis) {
    if (method.isAbstract()
        || method.isNative()
        || Const.STATIC_INITIALIZER_NAME.equals(method.getName())) {
      return false;
    }
    if (Const.CONSTRUCTOR_NAME.equals(method.getName())) {
      return ins.getOpcode() == Const.INVOKESPECIAL;
    }
    return Overriding.runsOwnBody(onThis, isOverridable(method));
  }

  @Override
  public boolean isNonNullCheck(String owner, String methodName) {
    return policy.isNonNullCheck(owner, methodName);
  }

  @Override
  public boolean isTrueCheck(String owner, String methodName) {
    return policy.isTrueCheck(owner, methodName);
  }

  @Override
  public boolean isPureTest(String owner, String methodName) {
    return policy.isPureTest(owner, methodName);
  }

  @Override
  public boolean isCollection(String className) {
    for (String collection : CollectionEmptiness.TYPES) {
      if (types.isSubtype(className, collection)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean storesNewEmptyCollection(InstructionHandle store, ConstantPoolGen cpg) {
    return CollectionFields.storesNewEmpty(store, cpg, types);
  }

  @Override
  public boolean runsCallbackPerElement(String owner, String methodName) {
    return policy.runsCallbackPerElement(methodName, type -> types.isSubtype(owner, type));
  }

  @Override
  public boolean createsNonEmpty(
      String owner, String methodName, int parameterCount, boolean takesArray) {
    return policy.createsNonEmpty(owner, methodName, parameterCount, takesArray);
  }

  @Override
  public Optional<Boolean> nullTestResult(String owner, String methodName) {
    return policy.nullTestResult(owner, methodName);
  }
}
