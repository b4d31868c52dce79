package io.github.mapinit.spotbugs;

import io.github.mapinit.policy.NullCause;
import io.github.mapinit.policy.facts.BodyFacts;
import io.github.mapinit.policy.facts.ClassFacts;
import io.github.mapinit.policy.facts.FieldFacts;
import io.github.mapinit.policy.rules.EntryStates;
import io.github.mapinit.policy.rules.Hooks;
import io.github.mapinit.policy.rules.RegisteredCallbacks;
import io.github.mapinit.policy.rules.StoredCallbacks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.jspecify.annotations.Nullable;

/**
 * Decides a recorded use for the method whose summary holds it: replaces the symbolic atoms by the
 * method's entry state (spec section 4) or by the field's state after construction.
 */
final class UseResolver {

  private final JavaClass javaClass;
  private final Map<FieldKey, EntryStates.OfField> prepared = new HashMap<>();

  /**
   * By class and method key, whether a superclass's code calls the method on this (a template
   * hook).
   */
  private final Map<String, Boolean> calledBySupertype = new HashMap<>();

  /** By method key, whether the method is a helper of its subclasses' template hooks. */
  private final Map<String, Boolean> hookHelpers = new HashMap<>();

  private final String className;
  private final Function<String, ClassFacts> factsOfClass;
  private final Map<String, NullCause.SuperConstructorCall> superclassHooks;
  private final BiPredicate<String, String> runsCallbacksAtOnce;
  private final Predicate<String> isPipeline;
  private final Predicate<String> isJdkCollection;
  private final Function<String, @Nullable Set<String>> registeredHolders;
  private @Nullable Set<String> lambdasStored;
  private final Supplier<LocalClassOrigins.@Nullable Origin> localClassOrigin;
  private @Nullable Map<String, Method> lambdaCreators;
  private @Nullable Map<String, Method> keptReferences;
  private @Nullable Set<String> lambdasRunAtOnce;
  private boolean originLooked;
  private LocalClassOrigins.@Nullable Origin origin;

  /**
   * @param superclassHooks overridable methods that a superclass constructor calls on {@code this},
   *     by method key: an override of one starts with every field of this class null
   * @param localClassOrigin where the class, if anonymous or local, is created; asked for at most
   *     once
   */
  UseResolver(
      JavaClass javaClass,
      Function<String, ClassFacts> factsOfClass,
      Map<String, NullCause.SuperConstructorCall> superclassHooks,
      BiPredicate<String, String> runsCallbacksAtOnce,
      Predicate<String> isPipeline,
      Predicate<String> isJdkCollection,
      Function<String, @Nullable Set<String>> registeredHolders,
      Supplier<LocalClassOrigins.@Nullable Origin> localClassOrigin) {
    this.javaClass = javaClass;
    this.registeredHolders = registeredHolders;
    this.isJdkCollection = isJdkCollection;
    this.localClassOrigin = localClassOrigin;
    this.runsCallbacksAtOnce = runsCallbacksAtOnce;
    this.isPipeline = isPipeline;
    this.className = javaClass.getClassName();
    this.factsOfClass = factsOfClass;
    this.superclassHooks = superclassHooks;
  }

  /**
   * Why the use may meet null when {@code method} starts a path: every reason, of which the report
   * names the most confident at the use; empty when it cannot.
   */
  List<NullCause> resolve(Use use, Method method) {
    int condition = use.condition();
    if ((condition & Nullness.NULL) != 0) {
      return List.of(
          use.concreteCause() != null ? use.concreteCause() : new NullCause.AssignedNull(0, false));
    }
    if (use.conditionPlace() == null) {
      return List.of();
    }
    FieldKey field = use.conditionPlace().field();
    NullCause.SuperConstructorCall hook =
        method.isStatic() ? null : superclassHooks.get(ClassFactsBuilder.methodKey(method));
    if ((condition & Nullness.ENTRY_NULL) != 0
        && hook != null
        && use.conditionPlace().receiver() == Place.Receiver.THIS) {
      return List.of(hook);
    }
    if ((condition & Nullness.ENTRY_NULL) != 0) {
      List<NullCause> atEntry = atEntry(field, method, use.order());
      if (!atEntry.isEmpty()) {
        return atEntry;
      }
    }
    if ((condition & Nullness.AFTER_NULL) != 0
        && use.conditionPlace().receiver() == Place.Receiver.OUTER
        && !field.isStatic()) {
      LocalClassOrigins.Origin created = origin();
      if (created != null && field.className().equals(created.creator().className())) {
        return Const.CONSTRUCTOR_NAME.equals(method.getName())
            ? atCreation(field, created)
            : fromCreation(field, created, method);
      }
    }
    if ((condition & Nullness.AFTER_NULL) != 0) {
      boolean ownObject =
          field.className().equals(className)
              || (use.conditionPlace().receiver() == Place.Receiver.INHERITED
                  && isSubclassHook(field, method));
      return afterConstruction(field, ownObject ? method : null);
    }
    return List.of();
  }

  private LocalClassOrigins.@Nullable Origin origin() {
    if (!originLooked) {
      origin = localClassOrigin.get();
      originLooked = true;
    }
    return origin;
  }

  /**
   * Spec 4: a method of an anonymous or local class finds the enclosing object's field as it was
   * where the class was created, or as a later reset leaves it.
   */
  private List<NullCause> fromCreation(
      FieldKey field, LocalClassOrigins.Origin created, Method method) {
    ClassFacts facts = factsOfClass.apply(field.className());
    Optional<FieldFacts> fieldFacts = facts == null ? Optional.empty() : facts.field(field.name());
    if (facts == null || fieldFacts.isEmpty()) {
      return List.of();
    }
    EntryStates.OfField states =
        prepared.computeIfAbsent(field, f -> EntryStates.of(facts, fieldFacts.get()));
    BodyFacts creatorFacts = creatorFacts(facts, created);
    List<NullCause> causes;
    LocalClassOrigins.HandedOut handed = created.handedOut();
    if (created.createdDuringInitialisation()
        && handed != null
        && created.creation() != null
        && !method.isPrivate()) {
      // Spec 4, this-escape: the callee may call the instance back before the constructor
      // returns; one that runs it at once runs it nowhere else.
      causes =
          new ArrayList<>(
              handed.runAtOnce()
                  ? List.of()
                  : states.atCallbackEntry(true, false, creatorFacts, Optional.empty()));
      for (NullCause cause : whereCreated(field, created, states, creatorFacts)) {
        causes.add(
            handed.runAtOnce() || !(cause instanceof NullCause.NotYetAssignedInConstructor)
                ? cause
                : new NullCause.EscapedDuringConstruction(cause, handed.callee(), handed.line()));
      }
    } else if (created.createdDuringInitialisation()) {
      causes = states.atCallbackEntry(true, false, creatorFacts, Optional.empty());
    } else if (created.creation() == null) {
      causes = states.atEntry(null);
    } else {
      causes =
          new ArrayList<>(
              states.atCallbackEntry(false, created.runAtOnce(), null, created.holders()));
      if (!created.creation().guardedFields().contains(field)) {
        // Policy CallbackHelpers.runsAtOnceWhereGuarded: a guarded field is non-null where the
        // helper that the instance is handed to runs it.
        causes.addAll(whereCreated(field, created, states, creatorFacts));
      }
    }
    return causes;
  }

  /**
   * Spec 4: the initialisers and constructor of an anonymous or local class run where it is
   * created, and find the enclosing object's field as it is there.
   */
  private List<NullCause> atCreation(FieldKey field, LocalClassOrigins.Origin created) {
    ClassFacts facts = factsOfClass.apply(field.className());
    Optional<FieldFacts> fieldFacts = facts == null ? Optional.empty() : facts.field(field.name());
    if (facts == null || fieldFacts.isEmpty() || created.creation() == null) {
      return afterConstruction(field, null);
    }
    EntryStates.OfField states =
        prepared.computeIfAbsent(field, f -> EntryStates.of(facts, fieldFacts.get()));
    return whereCreated(field, created, states, creatorFacts(facts, created));
  }

  private static @Nullable BodyFacts creatorFacts(
      ClassFacts facts, LocalClassOrigins.Origin created) {
    LocalClasses.Creator creator = created.creator();
    return facts.body(creator.methodName() + creator.signature()).orElse(null);
  }

  /**
   * Why the field may be null where the class is created: a null the creator assigned, or the value
   * the field had where the creator started, unless a flag the enclosing class keeps a promise for
   * vouches for it there.
   */
  private static List<NullCause> whereCreated(
      FieldKey field,
      LocalClassOrigins.Origin created,
      EntryStates.OfField states,
      @Nullable BodyFacts creatorFacts) {
    LocalClassCreation creation = Objects.requireNonNull(created.creation());
    PlaceState there = creation.states().get(field);
    int whenNull = there == null ? Nullness.ENTRY_NULL : Nullness.whenNull(there.bits());
    List<NullCause> causes = new ArrayList<>();
    if ((whenNull & Nullness.NULL) != 0 && there != null && there.cause() != null) {
      causes.add(there.cause());
    }
    if ((whenNull & (Nullness.ENTRY_NULL | Nullness.AFTER_NULL)) == 0
        || created
            .promises()
            .keeps(creation.vouchers().getOrDefault(field, Map.of()), field.name())) {
      return causes;
    }
    Method creator = created.creatorMethod();
    if (Const.CONSTRUCTOR_NAME.equals(creator.getName())) {
      causes.add(
          new NullCause.NotYetAssignedInConstructor(
              0,
              MethodNames.display(
                  created.creator().className(), creator.getName(), creator.getSignature()),
              new LineOracle(creator).constructorLine()));
    } else {
      causes.addAll(states.atEntry(creatorFacts));
    }
    return causes;
  }

  private List<NullCause> atEntry(FieldKey field, Method method, int pc) {
    boolean constructor = Const.CONSTRUCTOR_NAME.equals(method.getName());
    boolean staticInitializer = Const.STATIC_INITIALIZER_NAME.equals(method.getName());
    if (constructor && !field.isStatic()) {
      return List.of(
          new NullCause.NotYetAssignedInConstructor(
              0,
              MethodNames.display(className, method.getName(), method.getSignature()),
              new LineOracle(method).constructorLine()));
    }
    if (staticInitializer && field.isStatic()) {
      return List.of(
          StaticCreators.causeAt(
              javaClass,
              method,
              pc,
              field,
              new NullCause.StaticInitLeavesUnassigned(0, MethodNames.simpleName(className))));
    }
    return afterConstruction(field, method);
  }

  private List<NullCause> afterConstruction(FieldKey field, @Nullable Method method) {
    ClassFacts facts = factsOfClass.apply(field.className());
    Optional<FieldFacts> fieldFacts = facts == null ? Optional.empty() : facts.field(field.name());
    if (fieldFacts.isEmpty()) {
      return List.of();
    }
    EntryStates.OfField states =
        prepared.computeIfAbsent(field, f -> EntryStates.of(facts, fieldFacts.get()));
    if (method != null && (isSubclassHook(field, method) || isHookHelper(field, method))) {
      return states.atSubclassHookEntry();
    }
    Set<String> holders =
        method == null || !field.className().equals(className)
            ? null
            : registeredHolders.apply(ClassFactsBuilder.methodKey(method));
    if (holders != null) {
      // Policy RegisteredCallbacks: it runs only once a call that may keep it has run, which
      // brings its uses there; after that, as a lambda kept for later.
      return states.atCallbackEntry(
          false, false, null, Optional.of(RegisteredCallbacks.holders(holders)));
    }
    BodyFacts root =
        method == null ? null : facts.body(ClassFactsBuilder.methodKey(method)).orElse(null);
    List<NullCause> causes;
    // Only a private method can be one: most classes never pay for the scan.
    boolean keptReference =
        method != null
            && method.isPrivate()
            && keptReferenceCreator(method) != null
            && !isRunAtOnce(method);
    if (method != null && (Callbacks.isLambdaBody(method) || keptReference)) {
      // A private method handed out only as one kept this::m reference is such a callback.
      Method creator = keptReference ? keptReferenceCreator(method) : creatorOf(method);
      // The creator's facts are those of the field's class only where the lambda is its code.
      BodyFacts creatorFacts =
          creator == null || !field.className().equals(className)
              ? null
              : facts.body(ClassFactsBuilder.methodKey(creator)).orElse(null);
      causes =
          states.atCallbackEntry(
              Callbacks.runsDuringInitialisation(creator),
              isRunAtOnce(method),
              creatorFacts,
              creator == null || !field.className().equals(className)
                  ? Optional.empty()
                  : CallbackHolders.ofLambda(
                      javaClass, creator, method.getName() + method.getSignature()));
    } else {
      causes = states.atEntry(root);
    }
    return causes;
  }

  /**
   * Whether {@code method} is a hook (policy {@code Hooks}) of the analysed class, and that class
   * extends the class declaring the instance field {@code field}.
   */
  private boolean isSubclassHook(FieldKey field, Method running) {
    // A lambda that the hook runs at once runs where the hook does.
    Method creator =
        Callbacks.isLambdaBody(running) && isRunAtOnce(running) ? creatorOf(running) : null;
    return isSubclassHook(field, javaClass, creator != null ? creator : running);
  }

  /**
   * Whether {@code method} of {@code type} is a hook that a supertype's code runs, and {@code type}
   * extends the class declaring the instance field {@code field}.
   */
  private boolean isSubclassHook(FieldKey field, JavaClass type, Method method) {
    if (field.isStatic()
        || method.isStatic()
        || field.className().equals(type.getClassName())
        || !inherits(type, field.className())) {
      return false;
    }
    ClassFacts own = factsOfClass.apply(type.getClassName());
    Optional<BodyFacts> hook =
        own == null ? Optional.empty() : own.body(ClassFactsBuilder.methodKey(method));
    return hook.isPresent()
        && Hooks.isTemplateHook(
            hook.get(),
            () ->
                calledBySupertype.computeIfAbsent(
                    type.getClassName() + '.' + ClassFactsBuilder.methodKey(method),
                    key -> calledBySupertype(type, method)));
  }

  /**
   * Whether {@code method}, of the class declaring the instance field {@code field}, is a helper
   * that only its subclasses' template hooks call (policy {@code Hooks.isHookHelper}).
   */
  private boolean isHookHelper(FieldKey field, Method method) {
    if (field.isStatic()
        || method.isStatic()
        || method.isPublic()
        || method.isPrivate()
        || Callbacks.isLambdaBody(method)
        || !field.className().equals(className)) {
      return false;
    }
    return hookHelpers.computeIfAbsent(
        ClassFactsBuilder.methodKey(method),
        key -> {
          ClassFacts own = factsOfClass.apply(className);
          Optional<BodyFacts> helper = own == null ? Optional.empty() : own.body(key);
          if (helper.isEmpty()) {
            return false;
          }
          List<BooleanSupplier> callers = new ArrayList<>();
          for (HookHelperCalls.Call call : HookHelperCalls.of(className, method)) {
            Method caller = call.method();
            callers.add(() -> caller != null && isSubclassHook(field, call.caller(), caller));
          }
          return Hooks.isHookHelper(helper.get(), callers);
        });
  }

  /**
   * Whether code of a superclass of {@code type} calls {@code hook}'s name and signature on {@code
   * this}: a template method runs it (policy {@code Hooks}).
   */
  private static boolean calledBySupertype(JavaClass type, Method hook) {
    JavaClass current = ClassLookup.javaClass(type.getSuperclassName());
    for (int depth = 0; current != null && depth < MAX_SUPERCLASS_DEPTH; depth++) {
      ConstantPoolGen cpg = ClassLookup.constantPool(current);
      for (Method method : current.getMethods()) {
        if (!method.isStatic() && method.getCode() != null && callsOnThis(method, hook, cpg)) {
          return true;
        }
      }
      String superclass = current.getSuperclassName();
      current = "java.lang.Object".equals(superclass) ? null : ClassLookup.javaClass(superclass);
    }
    return false;
  }

  private static boolean callsOnThis(Method method, Method hook, ConstantPoolGen cpg) {
    for (InstructionHandle handle : new InstructionList(method.getCode().getCode())) {
      if (handle.getInstruction() instanceof InvokeInstruction call
          && call.getOpcode() != Const.INVOKESTATIC
          && call.getOpcode() != Const.INVOKEDYNAMIC
          && call.getMethodName(cpg).equals(hook.getName())
          && call.getSignature(cpg).equals(hook.getSignature())) {
        InstructionHandle receiver =
            NullConstructorArguments.producer(
                handle, call.getArgumentTypes(cpg), NullConstructorArguments.RECEIVER, cpg);
        if (receiver != null
            && receiver.getInstruction() instanceof ALOAD load
            && load.getIndex() == 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** How many superclasses up {@link #inherits} looks. */
  private static final int MAX_SUPERCLASS_DEPTH = 16;

  /** Whether {@code type} extends the class named {@code ancestor}, directly or not. */
  private static boolean inherits(JavaClass type, String ancestor) {
    JavaClass current = type;
    for (int depth = 0; current != null && depth < MAX_SUPERCLASS_DEPTH; depth++) {
      String superclass = current.getSuperclassName();
      if (superclass.equals(ancestor)) {
        return true;
      }
      current = "java.lang.Object".equals(superclass) ? null : ClassLookup.javaClass(superclass);
    }
    return false;
  }

  /**
   * Whether {@code method} is a lambda body that runs later than where it is created, after its
   * object's initialisation: it starts, as a method does, where the class's promises hold.
   */
  boolean isDeferredLambda(Method method) {
    return Callbacks.isLambdaBody(method)
        && StoredCallbacks.startsWherePromisesHold(
            isRunAtOnce(method),
            Callbacks.runsDuringInitialisation(creatorOf(method)),
            isStoredInCollection(method));
  }

  private boolean isStoredInCollection(Method lambda) {
    if (lambdasStored == null) {
      lambdasStored = Callbacks.storedInCollections(javaClass, isJdkCollection);
    }
    return lambdasStored.contains(lambda.getName() + lambda.getSignature());
  }

  private boolean isRunAtOnce(Method lambda) {
    if (lambdasRunAtOnce == null) {
      lambdasRunAtOnce = Callbacks.runAtOnce(javaClass, runsCallbacksAtOnce, isPipeline);
    }
    return lambdasRunAtOnce.contains(lambda.getName() + lambda.getSignature());
  }

  private @Nullable Method keptReferenceCreator(Method method) {
    if (keptReferences == null) {
      keptReferences = Callbacks.keptReferenceCreators(javaClass);
    }
    return keptReferences.get(method.getName() + method.getSignature());
  }

  private @Nullable Method creatorOf(Method lambda) {
    if (lambdaCreators == null) {
      lambdaCreators = Callbacks.creators(javaClass);
    }
    return lambdaCreators.get(lambda.getName() + lambda.getSignature());
  }
}
