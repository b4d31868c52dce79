package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssertTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import io.github.mapinit.policy.rules.ComparatorChains;
import io.github.mapinit.policy.rules.FieldAccessors;
import io.github.mapinit.policy.rules.LazyPipelines;
import io.github.mapinit.policy.rules.StoredCallbacks;
import io.github.mapinit.policy.rules.WithdrawnCallbacks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * Every class of one compilation unit with what the analysis needs of it: the tracked fields and
 * their declarations, and the bodies (constructors, methods, initialisers in textual order,
 * lambdas) to analyse.
 */
final class ClassIndex {

  /** One class (top-level, nested, local or anonymous) of the compilation unit. */
  static final class ClassInfo {
    final ClassSymbol symbol;
    final ClassTree tree;
    final Map<VarSymbol, VariableTree> trackedFields = new LinkedHashMap<>();
    final List<Body> constructors = new ArrayList<>();
    final List<Body> methods = new ArrayList<>();
    final List<Body> instanceInitializers = new ArrayList<>();
    final List<Body> staticInitializers = new ArrayList<>();

    ClassInfo(ClassSymbol symbol, ClassTree tree) {
      this.symbol = symbol;
      this.tree = tree;
    }
  }

  private final Map<ClassSymbol, ClassInfo> classes = new LinkedHashMap<>();
  private final Map<MethodSymbol, Body> bodiesByMethod = new LinkedHashMap<>();
  private final Map<MethodSymbol, Optional<VarSymbol>> fieldsReadByAccessors =
      new LinkedHashMap<>();
  private final CompilationUnitTree unit;
  private @Nullable Map<MethodSymbol, Map<Integer, Set<Symbol>>> callbackHelpers;
  private final Map<VarSymbol, ClassInfo> classOfField = new LinkedHashMap<>();
  private final List<Body> lambdas = new ArrayList<>();
  private final Map<Tree, Callback> callbacks = new IdentityHashMap<>();
  private final Map<Symbol, LocalCreation> localCreations = new LinkedHashMap<>();
  private final Set<Symbol> createdElsewhere = new LinkedHashSet<>();

  /** The classes of the unit that a class of the unit extends. */
  private final Set<Symbol> extended = new LinkedHashSet<>();

  /** The classes whose methods (not constructors) set an instance field of theirs to null. */
  private final Set<Symbol> resettingClasses = new LinkedHashSet<>();

  private final Set<Symbol> nullChecked = new LinkedHashSet<>();
  // Methods whose result some code of the unit compares with null, directly or through a local.
  private final Set<Symbol> resultsTestedForNull = new LinkedHashSet<>();
  private final Map<Symbol, Set<Symbol>> callsHeldByLocals = new LinkedHashMap<>();
  private final Set<Symbol> calledOnThisInOwnClass = new LinkedHashSet<>();

  /** The non-private instance methods that their own class's code calls on {@code this}. */
  private final Set<MethodSymbol> nonPrivateCalledOnThis = new LinkedHashSet<>();

  // Each call of a non-private instance method of the unit: the method that makes it on this, or
  // null where a lambda, an initialiser or another receiver makes it.
  private final Map<MethodSymbol, List<@Nullable MethodSymbol>> callersOfUnitMethods =
      new HashMap<>();

  private final List<HelperReference> helperReferences = new ArrayList<>();
  private final Set<Symbol> reachedOtherwise = new LinkedHashSet<>();
  // Reached by a call on another receiver or from another class: not through a reference only.
  private final Set<Symbol> reachedOtherThanByReference = new LinkedHashSet<>();
  // How many method references reach each method, and the one kept for later, as a callback.
  private final Map<Symbol, Integer> referenceCounts = new LinkedHashMap<>();
  private final Map<Symbol, KeptReference> keptReferences = new LinkedHashMap<>();
  // Final instance fields that their initialisers give a lambda, and what the unit does with them.
  private final Map<VarSymbol, ExpressionTree> lambdaFields = new LinkedHashMap<>();
  private Map<Tree, RegisteredCallbackFields.Registration> registrations = Map.of();
  private final StateGateIndex stateGates = new StateGateIndex(classOfField::containsKey);
  private final Map<Tree, HandedOut> handedOut = new IdentityHashMap<>();

  private ClassIndex(CompilationUnitTree unit) {
    this.unit = unit;
  }

  /**
   * @param trackedComponents the record components that are followed: those the unit's own code
   *     gives a null ({@link NullConstructorArguments}); a record's canonical constructor assigns
   *     every other one from its argument, which the analysis takes for non-null
   */
  static ClassIndex of(
      CompilationUnitTree compilationUnit, JavacPolicy policy, Set<VarSymbol> trackedComponents) {
    ClassIndex index = new ClassIndex(compilationUnit);
    new Scanner(index, policy, trackedComponents).scan(compilationUnit, null);
    for (KeptReference kept : index.keptReferences.values()) {
      if (index.keptReferenceCallback(kept.callback().body()) != null) {
        // Spec 4: it starts where it is created, as a lambda kept for later does.
        index.callbacks.put(kept.tree(), kept.callback());
      }
    }
    if (!index.lambdaFields.isEmpty()) {
      index.registrations =
          index.byRunningBody(
              RegisteredCallbackFields.in(
                  compilationUnit, index.lambdaFields, index::methodTreeOf, policy));
    }
    for (HelperReference reference : index.helperReferences) {
      Body helper = index.bodyOf(reference.method());
      if (helper == null) {
        index.reachedOtherwise.add(reference.method());
      } else {
        index.callbacks.put(
            reference.tree(),
            new Callback(
                helper,
                false,
                true,
                reference.passedTo(),
                reference.creator(),
                reference.guardedFields(),
                false,
                Optional.empty()));
      }
    }
    return index;
  }

  /** {@code this::helper}, a private method of the class, passed to a call that runs it at once. */
  private record HelperReference(
      MemberReferenceTree tree,
      MethodSymbol method,
      @Nullable String passedTo,
      @Nullable MethodSymbol creator,
      Set<Symbol> guardedFields) {}

  Collection<ClassInfo> classes() {
    return classes.values();
  }

  /**
   * Whether a supertype's own code calls, on {@code this}, a method that {@code override} of class
   * {@code origin} overrides: a template method runs it (policy {@code Hooks}).
   */
  boolean calledBySupertype(MethodSymbol override, ClassSymbol origin, JavacPolicy policy) {
    for (MethodSymbol called : nonPrivateCalledOnThis) {
      if (called.owner != origin && policy.overrides(override, called, origin)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the lambda {@code tree} is kept in a final field that the unit only hands to methods of
   * objects its class holds (policy {@code RegisteredCallbacks}), that registration; else null.
   */
  RegisteredCallbackFields.@Nullable Registration registration(Tree tree) {
    return registrations.get(tree);
  }

  /**
   * The registrations by the tree of the body that runs: the lambda, or the method that a {@code
   * this::m} reference runs where nothing else reaches it (no call, no other reference).
   */
  private Map<Tree, RegisteredCallbackFields.Registration> byRunningBody(
      Map<Tree, RegisteredCallbackFields.Registration> registrations) {
    Map<Tree, RegisteredCallbackFields.Registration> byBody = new IdentityHashMap<>();
    registrations.forEach(
        (callback, registration) -> {
          if (!(callback instanceof MemberReferenceTree)) {
            byBody.put(callback, registration);
          } else if (ASTHelpers.getSymbol(callback) instanceof MethodSymbol method
              && referenceCounts.getOrDefault(method, 0) == 1
              && !calledOnThisInOwnClass.contains(method)
              && !reachedOtherThanByReference.contains(method)
              && methodTreeOf(method) != null) {
            byBody.put(Objects.requireNonNull(methodTreeOf(method)), registration);
          }
        });
    return byBody;
  }

  private @Nullable MethodTree methodTreeOf(MethodSymbol method) {
    Body body = bodyOf(method);
    return body != null && body.tree() instanceof MethodTree tree ? tree : null;
  }

  /** The body that a registered callback runs: the lambda's, or the referenced method's. */
  @Nullable Body registeredBody(RegisteredCallbackFields.Registration registration) {
    ExpressionTree callback = registration.callback();
    if (callback instanceof MemberReferenceTree) {
      return ASTHelpers.getSymbol(callback) instanceof MethodSymbol method ? bodyOf(method) : null;
    }
    Callback lambda = callbacks.get(callback);
    return lambda == null ? null : lambda.body();
  }

  /** The registrations of the lambdas that {@code call} may keep. */
  List<RegisteredCallbackFields.Registration> registeredBy(Tree call) {
    if (registrations.isEmpty()) {
      return List.of();
    }
    List<RegisteredCallbackFields.Registration> registered = new ArrayList<>();
    for (RegisteredCallbackFields.Registration registration : registrations.values()) {
      if (registration.keepingCalls().contains(call) && registeredBody(registration) != null) {
        registered.add(registration);
      }
    }
    return registered;
  }

  /**
   * The methods that call {@code method}, a non-private instance method of the unit, one per call,
   * each on {@code this} from its own body; a null for any other call, and a single null where a
   * method reference reaches it. Empty where nothing in the unit calls it.
   */
  List<@Nullable MethodSymbol> callersOf(MethodSymbol method) {
    List<@Nullable MethodSymbol> callers = callersOfUnitMethods.getOrDefault(method, List.of());
    return reachedOtherwise.contains(method) ? Collections.singletonList(null) : callers;
  }

  private @Nullable Set<MethodSymbol> overriddenByNullReturns;

  /**
   * The methods that a method of the unit overrides with a body that returns the null literal
   * (policy {@code NullableResults.overrideMayBeNull}), found once per unit, on the first call of
   * an overridable method with a tracked result.
   */
  Set<MethodSymbol> overriddenByNullReturns(JavacPolicy policy) {
    if (overriddenByNullReturns == null) {
      Set<MethodSymbol> overridden = new HashSet<>();
      for (ClassInfo info : classes.values()) {
        for (Body body : info.methods) {
          MethodSymbol method = body.method();
          if (method != null
              && !method.isStatic()
              && body.tree() instanceof MethodTree tree
              && NullReturns.returnsNullLiteral(tree)) {
            overridden.addAll(policy.superMethods(method));
          }
        }
      }
      overriddenByNullReturns = overridden;
    }
    return overriddenByNullReturns;
  }

  @Nullable ClassInfo classInfo(Symbol symbol) {
    return classes.get(symbol);
  }

  /**
   * The positions of the arguments of {@code method}, a helper of the unit, whose functions it runs
   * at once (policy {@code CallbackHelpers}), behind no guard: what they assign holds after the
   * call.
   */
  Set<Integer> argumentsRunAtOnce(@Nullable MethodSymbol method) {
    Set<Integer> positions = new LinkedHashSet<>();
    callbackGuards(method)
        .forEach(
            (position, guards) -> {
              if (guards.isEmpty()) {
                positions.add(position);
              }
            });
    return positions;
  }

  /**
   * The fields of the object that {@code method}, a helper of the unit, finds non-null wherever it
   * runs the function passed at {@code position} at once (none for one that runs it first); null
   * where it does not run it at once.
   */
  @Nullable Set<Symbol> guardsOfArgumentRunAtOnce(@Nullable MethodSymbol method, int position) {
    return callbackGuards(method).get(position);
  }

  private Map<Integer, Set<Symbol>> callbackGuards(@Nullable MethodSymbol method) {
    if (method == null) {
      return Map.of();
    }
    if (callbackHelpers == null) {
      // Read once, when a lambda is first passed to a method: most units pass none.
      callbackHelpers = OwnCallbackHelpers.in(unit);
    }
    return callbackHelpers.getOrDefault(method, Map.of());
  }

  @Nullable Body bodyOf(MethodSymbol method) {
    return bodiesByMethod.get(method);
  }

  /**
   * The tracked field of its own object that a call of {@code method} reads (policy {@link
   * FieldAccessors}): the method is an instance method of the unit without parameters whose body is
   * {@code return f;} or {@code return this.f;}, or a record's generated accessor of its component
   * {@code f}; null for any other method.
   */
  @Nullable VarSymbol fieldReadBy(MethodSymbol method) {
    if (!method.getParameters().isEmpty() || method.isStatic()) {
      return null;
    }
    return fieldsReadByAccessors.computeIfAbsent(method, this::returnedOwnField).orElse(null);
  }

  private Optional<VarSymbol> returnedOwnField(MethodSymbol method) {
    ClassInfo owner = classInfo(method.owner);
    VarSymbol field = null;
    if (owner != null && (method.flags() & Flags.GENERATED_MEMBER) != 0) {
      // A record's accessor that javac writes: it returns the component of the same name.
      for (VarSymbol tracked : owner.trackedFields.keySet()) {
        if (!tracked.isStatic() && tracked.getSimpleName().equals(method.getSimpleName())) {
          field = tracked;
        }
      }
    } else if (bodyOf(method) != null
        && Objects.requireNonNull(bodyOf(method)).tree() instanceof MethodTree tree) {
      VarSymbol read = NullTests.returnedOwnField(tree);
      field = read != null && read.owner == method.owner ? read : null;
    }
    if (field == null) {
      return Optional.empty();
    }
    boolean readsField =
        FieldAccessors.readsField(
            owner != null,
            method.isStatic(),
            method.getParameters().size(),
            !field.isStatic() && isTrackedField(field));
    return readsField ? Optional.of(field) : Optional.empty();
  }

  /**
   * A lambda of the unit, or a constructor's reference to a method of its class, with where it is
   * created (spec section 4): during the initialisation of its object or class (a constructor, an
   * initialiser, or inside another lambda, to be safe), whether the call it is passed to runs it at
   * once, and that call's name when it is passed to one that may keep it (a this-escape when the
   * constructor has not assigned a field yet); the method whose own code creates it, if any; and
   * the fields of the object that a helper running it at once finds non-null first ({@code
   * guardedFields}, policy {@code CallbackHelpers.runsAtOnceWhereGuarded}).
   */
  record Callback(
      Body body,
      boolean createdDuringInitialisation,
      boolean runAtOnce,
      @Nullable String passedTo,
      @Nullable MethodSymbol creator,
      Set<Symbol> guardedFields,
      boolean storedInCollection,
      Optional<WithdrawnCallbacks.Holders> holders) {}

  @Nullable Callback callback(Tree lambda) {
    return callbacks.get(lambda);
  }

  /**
   * Where an anonymous or local class of the unit is created (spec 4): only by the own code of one
   * instance method or constructor of its enclosing class, while the enclosing object is
   * initialised or after; and whether every instance is passed straight to a call that runs it at
   * once. A class also created elsewhere (in a lambda, an initialiser, a static method, its own
   * code, through {@code Local::new}) has none: its methods start from the state after
   * construction.
   */
  record LocalCreation(
      MethodSymbol creator,
      boolean createdDuringInitialisation,
      boolean runAtOnce,
      Set<Symbol> guardedFields,
      Optional<WithdrawnCallbacks.Holders> holders) {}

  /**
   * An instance of an anonymous or local class that a constructor's own code creates as the
   * argument of a call (spec 4, this-escape): the call's name, and whether it runs what it is given
   * at once ({@code forEach}).
   */
  record HandedOut(String callee, Tree call, boolean runAtOnce) {}

  /** The call that a constructor hands the new instance of {@code creation} to, if any. */
  @Nullable HandedOut handedOut(NewClassTree creation) {
    return handedOut.get(creation);
  }

  /** Where the class {@code symbol} is created, or null if it is not one that has one place. */
  @Nullable LocalCreation localCreation(Symbol symbol) {
    return createdElsewhere.contains(symbol)
            || extended.contains(symbol)
            // An inner class of an object whose methods set its fields to null may outlive the
            // state where it was made; its methods see the object as after construction.
            || (symbol.owner instanceof ClassSymbol && resettingClasses.contains(symbol.owner))
        ? null
        : localCreations.get(symbol);
  }

  /**
   * The anonymous class that {@code creation} declares, or the local class (declared in a method
   * body) or confined inner class whose constructor it calls; null for any other class.
   */
  static @Nullable Symbol localClassCreated(NewClassTree creation) {
    if (creation.getClassBody() != null) {
      return ASTHelpers.getSymbol(creation.getClassBody());
    }
    MethodSymbol constructor = ASTHelpers.getSymbol(creation);
    return isLocalClass(constructor == null ? null : constructor.owner) ? constructor.owner : null;
  }

  /** A local class, or an inner class that only its enclosing class's nest can create. */
  private static boolean isLocalClass(@Nullable Symbol symbol) {
    return symbol instanceof ClassSymbol
        && (symbol.owner instanceof MethodSymbol || isConfinedInnerClass((ClassSymbol) symbol));
  }

  /**
   * Spec 4 for a member class: an inner (not static) class that is private, or whose constructors
   * are all private, is created only by code of its enclosing class's nest, all in this file; where
   * one method of the enclosing class creates it, and no method of that class sets a field to null
   * (the fields only grow, so the state where it is made holds as long as it lives), it starts from
   * that method's state as a local class does (a method that checked or created the map hands out a
   * cursor over it).
   */
  private static boolean isConfinedInnerClass(ClassSymbol symbol) {
    if (!(symbol.owner instanceof ClassSymbol)
        || symbol.getKind() != ElementKind.CLASS
        || symbol.isStatic()) {
      return false;
    }
    if (symbol.getModifiers().contains(Modifier.PRIVATE)) {
      return true;
    }
    boolean anyConstructor = false;
    for (Symbol member : symbol.getEnclosedElements()) {
      if (member instanceof MethodSymbol method && method.isConstructor()) {
        anyConstructor = true;
        if (!method.getModifiers().contains(Modifier.PRIVATE)) {
          return false;
        }
      }
    }
    return anyConstructor;
  }

  /** Whether the compilation unit compares {@code field} with null somewhere. */
  boolean isNullChecked(VarSymbol field) {
    return nullChecked.contains(field);
  }

  /**
   * Whether some code of the unit compares the result of {@code method} with null (policy {@code
   * NullableResults.believedNullable}): {@code fresh = source.fetch(); if (fresh != null)}, or
   * {@code if (source.fetch() == null)}.
   */
  boolean resultTestedForNull(Symbol method) {
    return resultsTestedForNull.contains(method);
  }

  /** The state field whose tests gate every creation of {@code field}, or the empty string. */
  String stateGateOf(VarSymbol field) {
    return stateGates.gateOf(field);
  }

  boolean isTrackedField(VarSymbol field) {
    return classOfField.containsKey(field);
  }

  @Nullable VariableTree declarationOf(VarSymbol field) {
    ClassInfo owner = classOfField.get(field);
    return owner == null ? null : owner.trackedFields.get(field);
  }

  /** Every body of the unit: constructors, methods, initialisers and lambdas. */
  List<Body> allBodies() {
    List<Body> all = new ArrayList<>();
    for (ClassInfo info : classes.values()) {
      all.addAll(info.constructors);
      all.addAll(info.methods);
      all.addAll(info.instanceInitializers);
      all.addAll(info.staticInitializers);
    }
    all.addAll(lambdas);
    return all;
  }

  /** Every body that can be a start of a path: methods, constructors and lambdas. */
  List<Body> roots() {
    List<Body> roots = new ArrayList<>();
    for (ClassInfo info : classes.values()) {
      roots.addAll(info.constructors);
      for (Body method : info.methods) {
        if (!startsFromItsCallers(method)) {
          roots.add(method);
        }
      }
    }
    roots.addAll(lambdas);
    return roots;
  }

  /**
   * The methods that start from their callers ({@link #startsFromItsCallers}): no path starts in
   * them, but the nulls their own code gives their locals are theirs.
   */
  List<Body> helpersStartingFromCallers() {
    List<Body> helpers = new ArrayList<>();
    for (ClassInfo info : classes.values()) {
      for (Body method : info.methods) {
        if (startsFromItsCallers(method)) {
          helpers.add(method);
        }
      }
    }
    return helpers;
  }

  /**
   * Spec 4: a private method that its own class calls on {@code this}, and that nothing reaches
   * otherwise (a method reference, another receiver, a nested class), starts from the states at its
   * call sites, which the callers pass in; it is no path start of its own.
   */
  /** A {@code this::m} reference that an instance method makes and does not run at once. */
  private record KeptReference(Tree tree, Callback callback) {}

  /**
   * The callback that {@code method} is when the class reaches it only through one {@code this::m}
   * reference kept for later (policy WithdrawnCallbacks): no call, no other reference; null for any
   * other method.
   */
  @Nullable Callback keptReferenceCallback(Body method) {
    MethodSymbol symbol = method.method();
    KeptReference kept = symbol == null ? null : keptReferences.get(symbol);
    return kept == null
            || referenceCounts.getOrDefault(symbol, 0) != 1
            || calledOnThisInOwnClass.contains(symbol)
            || reachedOtherThanByReference.contains(symbol)
        ? null
        : kept.callback();
  }

  private boolean startsFromItsCallers(Body method) {
    MethodSymbol symbol = method.method();
    return symbol != null
        && symbol.isPrivate()
        && calledOnThisInOwnClass.contains(symbol)
        && !reachedOtherwise.contains(symbol);
  }

  private static final class Scanner extends TreePathScanner<Void, Void> {
    private final ClassIndex index;
    private final JavacPolicy policy;
    private final Set<VarSymbol> trackedComponents;
    private int assertionDepth;

    Scanner(ClassIndex index, JavacPolicy policy, Set<VarSymbol> trackedComponents) {
      this.index = index;
      this.policy = policy;
      this.trackedComponents = trackedComponents;
    }

    @Override
    public Void visitClass(ClassTree tree, Void unused) {
      ClassSymbol symbol = ASTHelpers.getSymbol(tree);
      if (symbol == null) {
        return super.visitClass(tree, null);
      }
      ClassInfo info = new ClassInfo(symbol, tree);
      index.classes.put(symbol, info);
      if (symbol.getSuperclass() != null && symbol.getSuperclass().tsym != null) {
        // A subclass's instances run the class's methods from wherever they are created.
        index.extended.add(symbol.getSuperclass().tsym);
      }
      for (Tree member : tree.getMembers()) {
        TreePath memberPath = new TreePath(getCurrentPath(), member);
        if (member instanceof VariableTree) {
          addField(info, (VariableTree) member, memberPath);
        } else if (member instanceof BlockTree) {
          BlockTree block = (BlockTree) member;
          initializers(info, block.isStatic())
              .add(
                  body(
                      initializerKind(block.isStatic()),
                      memberPath,
                      info,
                      null,
                      tree,
                      "an initializer block"));
        } else if (member instanceof MethodTree) {
          addMethod(info, (MethodTree) member, memberPath);
        }
      }
      return super.visitClass(tree, null);
    }

    private void addField(ClassInfo info, VariableTree field, TreePath path) {
      VarSymbol symbol = ASTHelpers.getSymbol(field);
      if (symbol == null) {
        return;
      }
      // A record's component fields are assigned by its canonical constructor, always: from its
      // argument, which is an object unless the unit's own code passes null.
      boolean recordComponent =
          !symbol.isStatic()
              && info.symbol.getKind() == ElementKind.RECORD
              && !trackedComponents.contains(symbol);
      if (policy.isTracked(symbol.type)
          && !policy.isExternallyInitialised(symbol)
          && !recordComponent) {
        info.trackedFields.put(symbol, field);
        index.classOfField.put(symbol, info);
      }
      index.stateGates.declared(field);
      if (field.getInitializer() != null) {
        initializers(info, symbol.isStatic())
            .add(
                body(
                    initializerKind(symbol.isStatic()),
                    path,
                    info,
                    null,
                    info.tree,
                    "the initialiser of " + symbol.getSimpleName()));
      }
    }

    private void addMethod(ClassInfo info, MethodTree method, TreePath path) {
      MethodSymbol symbol = ASTHelpers.getSymbol(method);
      if (symbol == null || method.getBody() == null) {
        return;
      }
      boolean constructor = symbol.isConstructor();
      Body body =
          body(
              constructor ? Body.Kind.CONSTRUCTOR : Body.Kind.METHOD,
              path,
              info,
              symbol,
              method,
              signature(symbol));
      (constructor ? info.constructors : info.methods).add(body);
      index.bodiesByMethod.put(symbol, body);
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
      MethodSymbol callee = ASTHelpers.getSymbol(tree);
      if (callee != null && callee.isPrivate() && !callee.isConstructor()) {
        boolean fromOwnClass = callee.owner == enclosingClass(getCurrentPath());
        if (fromOwnClass && JavacFacts.isOnThis(tree.getMethodSelect())) {
          index.calledOnThisInOwnClass.add(callee);
        } else {
          index.reachedOtherwise.add(callee);
          index.reachedOtherThanByReference.add(callee);
        }
      } else if (callee != null
          && !callee.isStatic()
          && !callee.isConstructor()
          && callee.owner == enclosingClass(getCurrentPath())
          && JavacFacts.isOnThis(tree.getMethodSelect())) {
        index.nonPrivateCalledOnThis.add(callee);
      }
      if (callee != null
          && !callee.isPrivate()
          && !callee.isStatic()
          && !callee.isConstructor()
          && callee.enclClass() != null
          && callee.enclClass().sourcefile == index.unit.getSourceFile()) {
        MethodTree caller = enclosingMethod(getCurrentPath());
        index
            .callersOfUnitMethods
            .computeIfAbsent(callee, c -> new ArrayList<>())
            .add(
                caller != null && JavacFacts.isOnThis(tree.getMethodSelect())
                    ? ASTHelpers.getSymbol(caller)
                    : null);
      }
      return super.visitMethodInvocation(tree, null);
    }

    @Override
    public Void visitVariable(VariableTree tree, Void unused) {
      noteLocalFromCall(ASTHelpers.getSymbol(tree), tree.getInitializer());
      ExpressionTree kept = RegisteredCallbackFields.keptCallback(tree, ASTHelpers.getSymbol(tree));
      if (kept != null) {
        index.lambdaFields.put(ASTHelpers.getSymbol(tree), kept);
      }
      return super.visitVariable(tree, null);
    }

    /** A local assigned a call's result: its null tests are tests of that result. */
    private void noteLocalFromCall(@Nullable Symbol local, @Nullable ExpressionTree value) {
      if (local instanceof VarSymbol variable
          && variable.getKind() == ElementKind.LOCAL_VARIABLE
          && value != null
          && ASTHelpers.stripParentheses(value) instanceof MethodInvocationTree call
          && ASTHelpers.getSymbol(call) != null) {
        index
            .callsHeldByLocals
            .computeIfAbsent(variable, v -> new LinkedHashSet<>())
            .add(ASTHelpers.getSymbol(call));
      }
    }

    @Override
    public Void visitAssignment(AssignmentTree tree, Void unused) {
      noteLocalFromCall(ASTHelpers.getSymbol(tree.getVariable()), tree.getExpression());
      index.stateGates.assigned(getCurrentPath(), tree.getVariable(), tree.getExpression());
      if (!inConstructorOwnCode(getCurrentPath())
          && tree.getExpression().getKind() == Tree.Kind.NULL_LITERAL
          && ASTHelpers.getSymbol(tree.getVariable()) instanceof VarSymbol field
          && field.getKind() == ElementKind.FIELD
          && !field.isStatic()) {
        index.resettingClasses.add(field.owner);
      }
      return super.visitAssignment(tree, null);
    }

    @Override
    public Void visitCompoundAssignment(CompoundAssignmentTree tree, Void unused) {
      index.stateGates.assigned(getCurrentPath(), tree.getVariable(), null);
      return super.visitCompoundAssignment(tree, null);
    }

    @Override
    public Void visitUnary(UnaryTree tree, Void unused) {
      switch (tree.getKind()) {
        case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT ->
            index.stateGates.assigned(getCurrentPath(), tree.getExpression(), null);
        default -> {}
      }
      return super.visitUnary(tree, null);
    }

    @Override
    public Void visitMemberReference(MemberReferenceTree tree, Void unused) {
      Symbol target = ASTHelpers.getSymbol(tree);
      if (runsOwnHelperAtOnce(tree, target)) {
        // Spec 4: `forEach(this::bump)` in a method runs the private method there, as a call on
        // this would, with the state where the reference is passed.
        // The method may be declared further down: its body is looked up once the scan is done.
        index.calledOnThisInOwnClass.add(target);
        index.helperReferences.add(
            new HelperReference(
                tree,
                (MethodSymbol) target,
                passedTo(getCurrentPath(), tree),
                ASTHelpers.getSymbol(Objects.requireNonNull(enclosingMethod(getCurrentPath()))),
                guardedFields(getCurrentPath(), tree)));
        return super.visitMemberReference(tree, null);
      }
      if (target != null) {
        index.reachedOtherwise.add(target);
        noteKeptReference(tree, target);
        if (target instanceof MethodSymbol method
            && method.isConstructor()
            && isLocalClass(method.owner)) {
          // Local::new creates the class wherever the function is called.
          index.createdElsewhere.add(method.owner);
        }
      }
      // Spec 4: a constructor that hands out a reference to one of its class's own methods runs
      // that method with its state when the callee calls it back at once, or may (this-escape).
      Body referenced = target instanceof MethodSymbol method ? index.bodyOf(method) : null;
      MethodTree enclosing = enclosingMethod(getCurrentPath());
      MethodSymbol creator = enclosing == null ? null : ASTHelpers.getSymbol(enclosing);
      if (referenced != null
          && creator != null
          && creator.isConstructor()
          && referenced.owner() == creator.owner
          && !((MethodSymbol) target).isConstructor()) {
        TreePath path = getCurrentPath();
        index.callbacks.put(
            tree,
            new Callback(
                referenced,
                true,
                isRunAtOnce(path, tree),
                passedTo(path, tree),
                creator,
                guardedFields(path, tree),
                storedInCollection(path, tree),
                Optional.empty()));
      }
      return super.visitMemberReference(tree, null);
    }

    /**
     * Policy WithdrawnCallbacks: a {@code this::m} reference to a private method of the class, made
     * by an instance method and not run at once, is a callback the class may keep; where it goes
     * decides whether a reset withdraws it. A second reference, or one made elsewhere, leaves no
     * one place.
     */
    private void noteKeptReference(MemberReferenceTree tree, Symbol target) {
      index.referenceCounts.merge(target, 1, Integer::sum);
      MethodTree enclosing = enclosingMethod(getCurrentPath());
      MethodSymbol creator = enclosing == null ? null : ASTHelpers.getSymbol(enclosing);
      Body referenced = target instanceof MethodSymbol method ? index.bodyOf(method) : null;
      if (referenced != null
          && target instanceof MethodSymbol method
          && method.isPrivate()
          && !method.isStatic()
          && tree.getMode() == MemberReferenceTree.ReferenceMode.INVOKE
          && JavacFacts.isOnThis(tree.getQualifierExpression())
          && creator != null
          && !creator.isStatic()
          && !creator.isConstructor()
          && creator.owner == method.owner
          && creator.owner instanceof ClassSymbol owner
          && !inLambda(getCurrentPath())) {
        TreePath path = getCurrentPath();
        index.keptReferences.put(
            target,
            new KeptReference(
                tree,
                new Callback(
                    referenced,
                    false,
                    false,
                    passedTo(path, tree),
                    creator,
                    guardedFields(path, tree),
                    storedInCollection(path, tree),
                    CallbackHolders.of(path, Objects.requireNonNull(enclosing), owner))));
      }
    }

    /** Whether {@code path} is code of a lambda within its method: the lambda creates it. */
    private static boolean inLambda(TreePath path) {
      for (TreePath up = path.getParentPath(); up != null; up = up.getParentPath()) {
        if (up.getLeaf() instanceof LambdaExpressionTree) {
          return true;
        }
        if (up.getLeaf() instanceof MethodTree || up.getLeaf() instanceof ClassTree) {
          return false;
        }
      }
      return false;
    }

    @Override
    public Void visitNewClass(NewClassTree tree, Void unused) {
      Symbol created = localClassCreated(tree);
      if (created != null) {
        MethodTree enclosing = enclosingMethod(getCurrentPath());
        MethodSymbol creator = enclosing == null ? null : ASTHelpers.getSymbol(enclosing);
        LocalCreation known = index.localCreations.get(created);
        if (creator == null
            || creator.isStatic()
            || (known != null && known.creator() != creator)
            // A member class made by code of another class than the one it is a member of (a
            // nested class's) sees another object's fields.
            || (!(created.owner instanceof MethodSymbol) && creator.owner != created.owner)) {
          index.createdElsewhere.add(created);
        } else {
          TreePath path = getCurrentPath();
          // Spec 4: each instance passed straight to a call that runs it at once (`sort(list, new
          // Comparator<>() {..})`) runs nowhere else, as a lambda passed there.
          boolean runAtOnce = isRunAtOnce(path, tree) && (known == null || known.runAtOnce());
          // Policy CallbackHelpers.runsAtOnceWhereGuarded: the fields that every helper an
          // instance is handed to finds non-null before it runs it.
          Set<Symbol> guarded = new LinkedHashSet<>(guardedFields(path, tree));
          if (known != null) {
            guarded.retainAll(known.guardedFields());
          }
          index.localCreations.put(
              created,
              new LocalCreation(
                  creator,
                  creator.isConstructor(),
                  runAtOnce,
                  Set.copyOf(guarded),
                  // Policy WithdrawnCallbacks: where the one instance is kept in the object.
                  known == null && creator.owner instanceof ClassSymbol owner
                      ? CallbackHolders.of(path, Objects.requireNonNull(enclosing), owner)
                      : Optional.empty()));
          String callee = passedTo(path, tree);
          if (creator.isConstructor() && callee != null) {
            index.handedOut.put(
                tree,
                new HandedOut(callee, path.getParentPath().getLeaf(), isRunAtOnce(path, tree)));
          }
        }
      }
      return super.visitNewClass(tree, null);
    }

    /** Whether {@code path} is code of a constructor or initialiser, not of a lambda in one. */
    private static boolean inConstructorOwnCode(TreePath path) {
      for (TreePath p = path.getParentPath(); p != null; p = p.getParentPath()) {
        if (p.getLeaf() instanceof LambdaExpressionTree) {
          return false;
        }
        if (p.getLeaf() instanceof MethodTree method) {
          MethodSymbol symbol = ASTHelpers.getSymbol(method);
          return symbol != null && symbol.isConstructor();
        }
        if (p.getLeaf() instanceof ClassTree) {
          return true;
        }
      }
      return true;
    }

    /** The method or constructor whose own code holds {@code path}: not one of its lambdas. */
    private static @Nullable MethodTree enclosingMethod(TreePath path) {
      for (TreePath p = path.getParentPath(); p != null; p = p.getParentPath()) {
        if (p.getLeaf() instanceof LambdaExpressionTree || p.getLeaf() instanceof ClassTree) {
          return null;
        }
        if (p.getLeaf() instanceof MethodTree method) {
          return method;
        }
      }
      return null;
    }

    private static @Nullable Symbol enclosingClass(TreePath path) {
      for (TreePath p = path; p != null; p = p.getParentPath()) {
        if (p.getLeaf() instanceof ClassTree classTree) {
          return ASTHelpers.getSymbol(classTree);
        }
      }
      return null;
    }

    @Override
    public Void visitAssert(AssertTree tree, Void unused) {
      // An assertion states what the code believes (assert m == null where it assigns m): it is
      // no evidence that the field is null where it is used.
      assertionDepth++;
      try {
        return super.visitAssert(tree, null);
      } finally {
        assertionDepth--;
      }
    }

    @Override
    public Void visitBinary(BinaryTree tree, Void unused) {
      Tree.Kind kind = tree.getKind();
      if (assertionDepth == 0
          && (kind == Tree.Kind.EQUAL_TO || kind == Tree.Kind.NOT_EQUAL_TO)
          && !guardsCopy(getCurrentPath())) {
        ExpressionTree compared = NullTests.comparedWithNull(tree);
        Symbol symbol = compared == null ? null : ASTHelpers.getSymbol(compared);
        if (symbol instanceof VarSymbol) {
          index.nullChecked.add(symbol);
          index.resultsTestedForNull.addAll(index.callsHeldByLocals.getOrDefault(symbol, Set.of()));
        } else if (symbol instanceof MethodSymbol
            && ASTHelpers.stripParentheses(compared) instanceof MethodInvocationTree) {
          index.resultsTestedForNull.add(symbol);
        }
      }
      return super.visitBinary(tree, null);
    }

    /**
     * Whether the test at {@code path} is the guard of a copy of another instance's field ({@code
     * this.f = other.f == null ? null : new Properties(other.f)}): it passes that object's null on,
     * and shows no belief that the field may be null.
     */
    private static boolean guardsCopy(TreePath path) {
      TreePath parent = path.getParentPath();
      while (parent != null && parent.getLeaf() instanceof ParenthesizedTree) {
        parent = parent.getParentPath();
      }
      TreePath assignment = parent == null ? null : parent.getParentPath();
      while (assignment != null && assignment.getLeaf() instanceof ParenthesizedTree) {
        assignment = assignment.getParentPath();
      }
      return parent != null
          && parent.getLeaf() instanceof ConditionalExpressionTree
          && assignment != null
          && assignment.getLeaf() instanceof AssignmentTree copy
          && ASTHelpers.getSymbol(copy.getVariable()) instanceof VarSymbol field
          && FieldAssignments.isGuardedCopy(copy.getExpression(), field);
    }

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
      TreePath path = getCurrentPath();
      ClassTree classTree = null;
      Tree host = null;
      String enclosing = null;
      boolean duringInitialisation = true;
      boolean insideLambda = false;
      MethodSymbol creator = null;
      for (TreePath p = path.getParentPath();
          p != null && classTree == null;
          p = p.getParentPath()) {
        if (p.getLeaf() instanceof LambdaExpressionTree) {
          insideLambda = true;
        } else if (p.getLeaf() instanceof MethodTree && host == null) {
          host = p.getLeaf();
          MethodSymbol method = ASTHelpers.getSymbol((MethodTree) p.getLeaf());
          enclosing = method == null ? null : signature(method);
          duringInitialisation = insideLambda || method == null || method.isConstructor();
          creator = insideLambda ? null : method;
        } else if (p.getLeaf() instanceof ClassTree) {
          classTree = (ClassTree) p.getLeaf();
        }
      }
      ClassInfo info =
          classTree == null ? null : index.classes.get(ASTHelpers.getSymbol(classTree));
      if (info != null) {
        Body lambda =
            body(
                Body.Kind.LAMBDA,
                path,
                info,
                null,
                host == null ? Objects.requireNonNull(classTree) : host,
                enclosing == null ? "a lambda" : "a lambda in " + enclosing);
        index.lambdas.add(lambda);
        index.callbacks.put(
            tree,
            new Callback(
                lambda,
                duringInitialisation,
                isRunAtOnce(path, tree),
                passedTo(path, tree),
                creator,
                guardedFields(path, tree),
                storedInCollection(path, tree),
                creator != null && host instanceof MethodTree creatorTree
                    ? CallbackHolders.of(path, creatorTree, info.symbol)
                    : Optional.empty()));
      }
      return super.visitLambdaExpression(tree, null);
    }

    /**
     * Whether {@code this::m}, for a private method of the class, is passed straight to a call that
     * runs it at once, in a method of the class (not a constructor, not inside a lambda).
     */
    private boolean runsOwnHelperAtOnce(MemberReferenceTree tree, @Nullable Symbol target) {
      if (!(target instanceof MethodSymbol method)
          || !method.isPrivate()
          || method.isStatic()
          || method.isConstructor()
          || tree.getMode() != MemberReferenceTree.ReferenceMode.INVOKE
          || !(tree.getQualifierExpression() instanceof IdentifierTree qualifier)
          || !qualifier.getName().contentEquals("this")
          || method.owner != enclosingClass(getCurrentPath())) {
        return false;
      }
      MethodTree enclosing = enclosingMethod(getCurrentPath());
      MethodSymbol creator = enclosing == null ? null : ASTHelpers.getSymbol(enclosing);
      if (creator == null || creator.isConstructor() || creator.isStatic()) {
        return false;
      }
      for (TreePath p = getCurrentPath();
          p != null && p.getLeaf() != enclosing;
          p = p.getParentPath()) {
        if (p.getLeaf() instanceof LambdaExpressionTree) {
          return false;
        }
      }
      return isRunAtOnce(getCurrentPath(), tree);
    }

    /** The name of the method or class whose call takes the lambda as an argument, if any. */
    private static @Nullable String passedTo(TreePath path, ExpressionTree lambda) {
      Tree parent = path.getParentPath().getLeaf();
      if (parent instanceof MethodInvocationTree call && call.getArguments().contains(lambda)) {
        MethodSymbol method = ASTHelpers.getSymbol(call);
        return method == null ? null : method.getSimpleName().toString();
      }
      if (parent instanceof NewClassTree creation && creation.getArguments().contains(lambda)) {
        MethodSymbol constructor = ASTHelpers.getSymbol(creation);
        return constructor == null ? null : "new " + constructor.owner.getSimpleName();
      }
      return null;
    }

    /**
     * Whether the lambda is passed straight to a method of a JDK collection or map that only stores
     * it (policy {@code StoredCallbacks}).
     */
    private boolean storedInCollection(TreePath path, ExpressionTree lambda) {
      if (!(path.getParentPath().getLeaf() instanceof MethodInvocationTree call)
          || !call.getArguments().contains(lambda)) {
        return false;
      }
      Type receiver = ASTHelpers.getReceiverType(call);
      MethodSymbol method = ASTHelpers.getSymbol(call);
      return receiver != null
          && method != null
          && policy.isCollection(receiver)
          && receiver.tsym != null
          && receiver.tsym.getQualifiedName().toString().startsWith("java.util.")
          && StoredCallbacks.stores(method.getSimpleName().toString(), call.getArguments().size());
    }

    /**
     * Whether the lambda is an argument of a call that runs it before returning, or of a comparator
     * that the expression around it hands straight to one (policy ComparatorChains).
     */
    private boolean isRunAtOnce(TreePath path, ExpressionTree lambda) {
      TreePath comparator = comparatorBuiltFrom(path);
      if (comparator != null) {
        return isRunAtOnce(comparator, (ExpressionTree) comparator.getLeaf());
      }
      Tree parent = path.getParentPath().getLeaf();
      if (!(parent instanceof MethodInvocationTree)) {
        return false;
      }
      MethodInvocationTree call = (MethodInvocationTree) parent;
      if (!call.getArguments().contains(lambda)) {
        return false;
      }
      Type receiver = ASTHelpers.getReceiverType(call);
      MethodSymbol method = ASTHelpers.getSymbol(call);
      return (receiver != null
              && method != null
              && policy.runsCallbacksAtOnce(receiver, method.getSimpleName().toString())
              && LazyPipelines.runsAtOnce(
                  policy.isPipeline(receiver) && policy.isPipeline(method.getReturnType()),
                  PipelineEndings.of(path.getParentPath(), policy)))
          || (method != null
              && method.owner == enclosingClass(path)
              && index.guardsOfArgumentRunAtOnce(method, call.getArguments().indexOf(lambda))
                  != null);
    }

    /**
     * The whole comparator that the lambda at {@code path} is built into, through calls that build
     * comparators ({@code Comparator.comparing(λ).reversed()}); null where it is given to no such
     * call.
     */
    private static @Nullable TreePath comparatorBuiltFrom(TreePath path) {
      TreePath built = null;
      TreePath current = path;
      while (true) {
        TreePath parent = current.getParentPath();
        if (parent == null) {
          return built;
        }
        Tree leaf = parent.getLeaf();
        if (leaf instanceof MethodInvocationTree call
            && call.getArguments().contains(current.getLeaf())
            && buildsComparator(call)) {
          current = parent;
        } else if (leaf instanceof MemberSelectTree select
            && select.getExpression() == current.getLeaf()
            && parent.getParentPath() != null
            && parent.getParentPath().getLeaf() instanceof MethodInvocationTree call
            && call.getMethodSelect() == select
            && built != null
            && buildsComparator(call)) {
          current = parent.getParentPath();
        } else {
          return built;
        }
        built = current;
      }
    }

    private static boolean buildsComparator(MethodInvocationTree call) {
      MethodSymbol method = ASTHelpers.getSymbol(call);
      return method != null
          && ComparatorChains.buildsComparator(
              method.owner.getQualifiedName().toString(),
              method.getReturnType().tsym.getQualifiedName().toString());
    }

    /**
     * The fields of the object that the helper of the class that the lambda is passed to finds
     * non-null before it runs the lambda at once (policy CallbackHelpers); none otherwise.
     */
    private Set<Symbol> guardedFields(TreePath path, ExpressionTree lambda) {
      if (!(path.getParentPath().getLeaf() instanceof MethodInvocationTree call)
          || !call.getArguments().contains(lambda)) {
        return Set.of();
      }
      MethodSymbol method = ASTHelpers.getSymbol(call);
      Set<Symbol> guards =
          method == null || method.owner != enclosingClass(path)
              ? null
              : index.guardsOfArgumentRunAtOnce(method, call.getArguments().indexOf(lambda));
      return guards == null ? Set.of() : guards;
    }

    private static List<Body> initializers(ClassInfo info, boolean isStatic) {
      return isStatic ? info.staticInitializers : info.instanceInitializers;
    }

    private static Body.Kind initializerKind(boolean isStatic) {
      return isStatic ? Body.Kind.STATIC_INITIALIZER : Body.Kind.INSTANCE_INITIALIZER;
    }

    private static Body body(
        Body.Kind kind,
        TreePath path,
        ClassInfo info,
        @Nullable MethodSymbol method,
        Tree host,
        String name) {
      return new Body(kind, path, info.tree, info.symbol, method, host, name);
    }
  }

  /** How messages name a method: {@code add(Order)}, or the class name for a constructor. */
  static String signature(MethodSymbol method) {
    // A loop, not a stream: every method of a unit with a map is named before the screens run.
    StringBuilder signature =
        new StringBuilder(
                (method.isConstructor() ? method.owner.getSimpleName() : method.getSimpleName())
                    .toString())
            .append('(');
    String separator = "";
    for (VarSymbol parameter : method.getParameters()) {
      signature.append(separator).append(simpleName(parameter.type));
      separator = ", ";
    }
    return signature.append(')').toString();
  }

  /** {@code String[]} for an array (or varargs) parameter, as the SpotBugs plugin names it. */
  private static String simpleName(Type type) {
    return type instanceof Type.ArrayType array
        ? simpleName(array.elemtype) + "[]"
        : type.tsym.getSimpleName().toString();
  }
}
