package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.mapinit.policy.NullCause;
import io.github.mapinit.policy.rules.ConstantTests;
import io.github.mapinit.policy.rules.NullableResults;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.TypeKind;
import org.jspecify.annotations.Nullable;

/**
 * Objects that a class's own code builds with a null map (policy {@link
 * NullCause.ConstructedWithNull}): a constructor that stores its parameter straight in a tracked
 * field ({@code this.grants = grants;} at its top level, or a record's canonical constructor),
 * called by code of the same nest, through {@code new} or {@code this(...)}, with the literal
 * {@code null} for that parameter or a local variable that some statement sets to null; and objects
 * that copy a map that another object may not have created yet ({@link
 * NullCause.CopiedFromUnassigned}). The SpotBugs plugin reads the same from the bytecode of the
 * nest.
 */
final class NullConstructorArguments {

  private final JavacPolicy policy;
  private final CompilationUnitTree unit;
  // For each constructor: which parameter (by position) it stores in which tracked field.
  // For each constructor: which parameter (by position) it stores in which followed field; worked
  // out only for the constructors that a noted call runs, or a record's canonical one.
  private final Map<MethodSymbol, Map<Integer, VarSymbol>> storedParameters = new LinkedHashMap<>();
  private final Map<MethodSymbol, MethodTree> constructors = new LinkedHashMap<>();
  private final List<Call> calls = new ArrayList<>();
  private final Map<Tree, VarSymbol> sharedInitialisers = new IdentityHashMap<>();
  private final List<Copy> copies = new ArrayList<>();
  private final Set<VarSymbol> reassignedComponents = new LinkedHashSet<>();
  // Local variables that some statement sets to null (their declaration included).
  private final Set<Symbol> localsSetToNull = new LinkedHashSet<>();
  // Variables that some statement gives a value other than the literal null.
  private final Set<Symbol> localsSetOtherwise = new LinkedHashSet<>();
  private final Map<Symbol, ClassTree> classes = new LinkedHashMap<>();

  /** {@code this.field = argument.source;} at the top level of {@code constructor}. */
  private record Copy(MethodSymbol constructor, VarSymbol field, VarSymbol source) {}

  /**
   * A constructor call of the class's own code with at least one literal null argument.
   *
   * @param sharedIn the static final field of the constructed class whose initialiser this
   *     construction is ({@code static final Headers EMPTY = new Headers(null);}), or null
   * @param initialising the member of the caller's class that runs while its object is initialised
   *     (an instance initialiser or a constructor) whose own code makes this call, or null
   */
  private record Call(
      MethodSymbol constructor,
      List<? extends ExpressionTree> arguments,
      Tree at,
      Symbol.ClassSymbol caller,
      @Nullable VarSymbol sharedIn,
      @Nullable Tree initialising) {}

  private NullConstructorArguments(CompilationUnitTree unit, JavacPolicy policy) {
    this.unit = unit;
    this.policy = policy;
  }

  /**
   * What the unit's constructions say of its tracked fields.
   *
   * @param causes the objects built with a null for a tracked field, by field
   * @param followedComponents the tracked record components that the analysis must follow: those
   *     given a null, and those whose compact constructor assigns its parameter (javac stores the
   *     parameter's last value), not always the value the caller passed
   * @param localsOnlyNull the local variables of the unit that every statement that assigns them
   *     sets to null: they hold null wherever they are read
   */
  record Found(
      Map<VarSymbol, List<NullCause>> causes,
      Set<VarSymbol> followedComponents,
      Set<Symbol> localsOnlyNull) {}

  static Found in(CompilationUnitTree unit, JavacPolicy policy) {
    NullConstructorArguments scan = new NullConstructorArguments(unit, policy);
    scan.collect();
    Map<VarSymbol, List<NullCause>> causes = scan.resolve();
    EarlyStaticConstructions.in(unit, policy)
        .forEach((field, early) -> early.forEach(cause -> add(causes, field, cause)));
    Set<VarSymbol> followed = new LinkedHashSet<>(scan.reassignedComponents);
    followed.addAll(causes.keySet());
    Set<Symbol> onlyNull = new LinkedHashSet<>(scan.localsSetToNull);
    onlyNull.removeAll(scan.localsSetOtherwise);
    return new Found(causes, followed, onlyNull);
  }

  private void collect() {
    new TreeScanner<Void, Void>() {
      private Symbol.@Nullable ClassSymbol currentClass;
      // The member of currentClass that runs at construction whose own code is being scanned.
      private @Nullable Tree initialising;

      @Override
      public Void visitVariable(VariableTree node, Void unused) {
        if (node.getInitializer() != null && isNull(node.getInitializer())) {
          noteSetToNull(ASTHelpers.getSymbol(node));
        } else if (node.getInitializer() != null) {
          localsSetOtherwise.add(ASTHelpers.getSymbol(node));
        }
        if (node.getInitializer() instanceof NewClassTree creation
            && ASTHelpers.getSymbol(creation) != null
            && ConstantComparisons.holdsSharedInstance(
                ASTHelpers.getSymbol(node), ASTHelpers.getSymbol(creation).owner)) {
          sharedInitialisers.put(creation, ASTHelpers.getSymbol(node));
        }
        return super.visitVariable(node, null);
      }

      @Override
      public Void visitAssignment(AssignmentTree node, Void unused) {
        if (isNull(node.getExpression())) {
          noteSetToNull(ASTHelpers.getSymbol(node.getVariable()));
        } else {
          localsSetOtherwise.add(ASTHelpers.getSymbol(node.getVariable()));
        }
        return super.visitAssignment(node, null);
      }

      private void noteSetToNull(@Nullable Symbol variable) {
        if (variable != null && variable.getKind() == ElementKind.LOCAL_VARIABLE) {
          localsSetToNull.add(variable);
        }
      }

      @Override
      public Void visitClass(ClassTree node, Void unused) {
        Symbol.ClassSymbol outer = currentClass;
        Tree outerMember = initialising;
        currentClass = ASTHelpers.getSymbol(node);
        classes.put(currentClass, node);
        for (Tree member : node.getMembers()) {
          initialising = InitialisationOrder.runsAtConstruction(member) ? member : null;
          scan(member, null);
        }
        currentClass = outer;
        initialising = outerMember;
        return null;
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
        // Its body runs whenever it is called, not as part of the initialisation.
        Tree outerMember = initialising;
        initialising = null;
        super.visitLambdaExpression(node, null);
        initialising = outerMember;
        return null;
      }

      @Override
      public Void visitMethod(MethodTree node, Void unused) {
        MethodSymbol method = ASTHelpers.getSymbol(node);
        if (method.isConstructor() && method.owner == currentClass) {
          constructors.put(method, node);
          if (isCanonicalRecordConstructor(method)) {
            // Also notes the components whose compact constructor reassigns the parameter.
            storedParameters.put(method, storedParameters(node, method));
          }
          copies.addAll(copiedFields(node, method));
        }
        return super.visitMethod(node, null);
      }

      @Override
      public Void visitNewClass(NewClassTree node, Void unused) {
        MethodSymbol constructor = ASTHelpers.getSymbol(node);
        if (node.getClassBody() == null
            && currentClass != null
            && Nests.sameNest(constructor.owner, currentClass)) {
          noteCall(
              constructor,
              node.getArguments(),
              node,
              currentClass,
              sharedInitialisers.get(node),
              initialising);
        }
        return super.visitNewClass(node, null);
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        if (node.getMethodSelect() instanceof IdentifierTree name
            && name.getName().contentEquals("this")) {
          MethodSymbol constructor = ASTHelpers.getSymbol(node);
          if (currentClass != null && constructor.owner == currentClass) {
            noteCall(constructor, node.getArguments(), node, currentClass, null, null);
          }
        }
        return super.visitMethodInvocation(node, null);
      }

      private void noteCall(
          MethodSymbol constructor,
          List<? extends ExpressionTree> arguments,
          Tree at,
          Symbol.ClassSymbol caller,
          @Nullable VarSymbol sharedIn,
          @Nullable Tree initialisingMember) {
        if (!constructor.isVarArgs()
            && arguments.stream()
                .anyMatch(
                    a ->
                        isNull(a)
                            || hasNullBranch(a)
                            || lookupOf(a) != null
                            || isLocal(a)
                            || runningObjectField(a, caller) != null)) {
          calls.add(new Call(constructor, arguments, at, caller, sharedIn, initialisingMember));
        }
      }
    }.scan(unit, null);
  }

  private Map<VarSymbol, List<NullCause>> resolve() {
    Map<VarSymbol, List<NullCause>> found = new LinkedHashMap<>();
    for (Call call : calls) {
      MethodTree constructorTree = constructors.get(call.constructor());
      Map<Integer, VarSymbol> stored =
          constructorTree == null
              ? Map.of()
              : storedParameters.computeIfAbsent(
                  call.constructor(), c -> storedParameters(constructorTree, c));
      Map<String, String> constants = new LinkedHashMap<>();
      if (call.sharedIn() != null) {
        // Policy ConstantTests.IS_RUNNING_OBJECT: the object built here is the one it holds.
        constants.put(call.sharedIn().getSimpleName().toString(), ConstantTests.RUNNING_OBJECT);
      }
      stored.forEach(
          (position, field) -> {
            String constant =
                position < call.arguments().size()
                    ? constantOf(call.arguments().get(position))
                    : null;
            if (constant != null) {
              constants.put(field.getSimpleName().toString(), constant);
            }
          });
      stored.forEach(
          (position, field) -> {
            if (position >= call.arguments().size() || !policy.isTracked(field.type)) {
              return;
            }
            VarSymbol passed = runningObjectField(call.arguments().get(position), call.caller());
            ClassTree caller = classes.get(call.caller());
            if (passed != null
                && caller != null
                && policy.isTracked(passed.type)
                && !assignedByConstruction(caller, passed)) {
              // new Request(url, headers) in a builder whose constructors leave its map unassigned.
              add(
                  found,
                  field,
                  new NullCause.CopiedFromUnassigned(
                      ClassIndex.signature(call.constructor()),
                      call.caller().getSimpleName().toString(),
                      passed.getSimpleName().toString(),
                      comparedWithNull(caller, passed)));
            }
            if (passed != null
                && caller != null
                && call.initialising() != null
                && policy.isTracked(passed.type)
                && InitialisationOrder.stillUnassigned(
                    caller, call.initialising(), call.at(), passed)) {
              // new Scope(this.names) above the initialiser of names: built with a null map.
              add(
                  found,
                  field,
                  new NullCause.BuiltBeforeAssigned(
                      ClassIndex.signature(call.constructor()),
                      passed.getSimpleName().toString(),
                      (int)
                          unit.getLineMap().getLineNumber(ASTHelpers.getStartPosition(call.at()))));
            }
            ExpressionTree argument = call.arguments().get(position);
            boolean givenNull = isNull(argument);
            // `c ? null : copy`: null on the paths where c holds.
            if (givenNull
                || hasNullBranch(argument)
                || missesEntry(argument)
                || localsSetToNull.contains(ASTHelpers.getSymbol(argument))) {
              NullCause.ConstructedWithNull cause =
                  new NullCause.ConstructedWithNull(
                      ClassIndex.signature(call.constructor()),
                      (int) unit.getLineMap().getLineNumber(ASTHelpers.getStartPosition(call.at())),
                      constants,
                      givenNull);
              List<NullCause> causes = found.computeIfAbsent(field, f -> new ArrayList<>());
              if (!causes.contains(cause)) {
                causes.add(cause);
              }
            }
          });
    }
    for (Copy copy : copies) {
      ClassTree source = classes.get(copy.source().owner);
      if (source != null && !assignedByConstruction(source, copy.source())) {
        NullCause cause =
            new NullCause.CopiedFromUnassigned(
                ClassIndex.signature(copy.constructor()),
                copy.source().owner.getSimpleName().toString(),
                copy.source().getSimpleName().toString(),
                comparedWithNull(source, copy.source()));
        add(found, copy.field(), cause);
      }
    }
    return found;
  }

  private static void add(Map<VarSymbol, List<NullCause>> found, VarSymbol field, NullCause cause) {
    List<NullCause> causes = found.computeIfAbsent(field, f -> new ArrayList<>());
    if (!causes.contains(cause)) {
      causes.add(cause);
    }
  }

  /**
   * {@code g} or {@code this.g} passed by code of {@code caller}: a tracked instance field of the
   * running object, or null for another argument.
   */
  private @Nullable VarSymbol runningObjectField(
      ExpressionTree argument, Symbol.ClassSymbol caller) {
    VarSymbol field = fieldOfRunningObject(argument, caller);
    return field != null && policy.isTracked(field.type) ? field : null;
  }

  /**
   * {@code f} or {@code this.f}, through parentheses, in code of {@code owner}: an instance field
   * of the running object that {@code owner} declares, or null.
   */
  static @Nullable VarSymbol fieldOfRunningObject(ExpressionTree tree, Symbol owner) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(tree);
    boolean onThis =
        stripped instanceof IdentifierTree
            || (stripped instanceof MemberSelectTree select
                && select.getExpression() instanceof IdentifierTree receiver
                && receiver.getName().contentEquals("this"));
    return onThis
            && ASTHelpers.getSymbol(stripped) instanceof VarSymbol field
            && field.getKind() == ElementKind.FIELD
            && !field.isStatic()
            // `this` itself is a variable of the class to javac.
            && !field.getSimpleName().contentEquals("this")
            && !field.getSimpleName().contentEquals("super")
            && field.owner == owner
        ? field
        : null;
  }

  /**
   * The tracked fields that {@code constructor} assigns straight from a field of its argument
   * ({@code this.headers = builder.headers;} at its top level), where the field is assigned nowhere
   * else in it and the argument's field read nowhere else (a constructor that tests it would
   * replace a null), the argument's class is of the same nest, and it does not start with {@code
   * this(...)}.
   */
  private List<Copy> copiedFields(MethodTree tree, MethodSymbol constructor) {
    BlockTree body = tree.getBody();
    if (body == null || startsWithThisCall(body)) {
      return List.of();
    }
    List<Copy> found = new ArrayList<>();
    for (StatementTree statement : body.getStatements()) {
      if (!(statement instanceof ExpressionStatementTree expression
          && expression.getExpression() instanceof AssignmentTree assignment
          && ASTHelpers.stripParentheses(assignment.getExpression())
              instanceof MemberSelectTree select
          && select.getExpression() instanceof IdentifierTree argument)) {
        continue;
      }
      VarSymbol field = ownField(assignment.getVariable(), constructor);
      Symbol parameter = ASTHelpers.getSymbol(argument);
      Symbol source = ASTHelpers.getSymbol(select);
      if (field != null
          && policy.isTracked(field.type)
          && parameter instanceof VarSymbol given
          && constructor.getParameters().contains(given)
          && source instanceof VarSymbol sourceField
          && sourceField.getKind() == ElementKind.FIELD
          && !sourceField.isStatic()
          && policy.isTracked(sourceField.type)
          && sourceField.owner != constructor.owner
          && Nests.sameNest(sourceField.owner, constructor.owner)
          && assignments(body, field) == 1
          && selections(body, sourceField) == 1) {
        found.add(new Copy(constructor, field, sourceField));
      }
    }
    return found;
  }

  /**
   * Whether every construction of {@code type} assigns {@code field}: it has an initialiser or an
   * instance initialiser assigns it, or each constructor assigns it, delegates to another ({@code
   * this(..)}), or calls a method of the class on the object that assigns it. A constructor that
   * does none of these leaves the field null ({@code Builder(Client source)} that copies everything
   * but the headers).
   */
  private static boolean assignedByConstruction(ClassTree type, VarSymbol field) {
    if (type.getKind() == Tree.Kind.RECORD) {
      // A compact constructor assigns the components where it ends, outside its tree.
      return true;
    }
    Set<Symbol> assigningMethods = new LinkedHashSet<>();
    for (Tree member : type.getMembers()) {
      if (member instanceof VariableTree variable
          && ASTHelpers.getSymbol(variable) == field
          && variable.getInitializer() != null) {
        return true;
      }
      if (member instanceof BlockTree block && !block.isStatic() && assignments(block, field) > 0) {
        return true;
      }
      if (member instanceof MethodTree method
          && !ASTHelpers.getSymbol(method).isConstructor()
          && assignments(method, field) > 0) {
        assigningMethods.add(ASTHelpers.getSymbol(method));
      }
    }
    boolean anyConstructor = false;
    for (Tree member : type.getMembers()) {
      if (member instanceof MethodTree method && ASTHelpers.getSymbol(method).isConstructor()) {
        anyConstructor = true;
        BlockTree body = method.getBody();
        if (body != null
            && !startsWithThisCall(body)
            && assignments(method, field) == 0
            && !callsOnTheObject(body, assigningMethods)) {
          return false;
        }
      }
    }
    return anyConstructor;
  }

  /** Whether {@code body} calls one of {@code methods} on {@code this}, explicitly or not. */
  private static boolean callsOnTheObject(BlockTree body, Set<Symbol> methods) {
    boolean[] found = {false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        // this(..) and super(..) are constructors, which no set of methods holds.
        found[0] |=
            JavacFacts.isOnThis(call.getMethodSelect())
                && methods.contains(ASTHelpers.getSymbol(call));
        return super.visitMethodInvocation(call, null);
      }

      @Override
      public Void visitClass(ClassTree node, Void unused) {
        return null;
      }
    }.scan(body, null);
    return found[0];
  }

  /** Whether code of {@code type} compares {@code field} with {@code null}. */
  private static boolean comparedWithNull(ClassTree type, VarSymbol field) {
    boolean[] compared = {false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitBinary(BinaryTree node, Void unused) {
        if ((node.getKind() == Tree.Kind.EQUAL_TO || node.getKind() == Tree.Kind.NOT_EQUAL_TO)
            && ((isNull(node.getLeftOperand())
                    && ASTHelpers.getSymbol(node.getRightOperand()) == field)
                || (isNull(node.getRightOperand())
                    && ASTHelpers.getSymbol(node.getLeftOperand()) == field))) {
          compared[0] = true;
        }
        return super.visitBinary(node, null);
      }
    }.scan(type, null);
    return compared[0];
  }

  /**
   * The constant that {@code argument} is, as policy {@link
   * io.github.mapinit.policy.rules.NullConstruction} names it: an enum constant's simple name, or a
   * boolean literal; null for another value.
   */
  private static @Nullable String constantOf(ExpressionTree argument) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(argument);
    if (stripped.getKind() == Tree.Kind.BOOLEAN_LITERAL) {
      return String.valueOf(((LiteralTree) stripped).getValue());
    }
    return ASTHelpers.getSymbol(stripped) instanceof VarSymbol constant
            && constant.getKind() == ElementKind.ENUM_CONSTANT
        ? constant.getSimpleName().toString()
        : null;
  }

  /**
   * The parameters that {@code constructor} stores straight in a tracked instance field of its
   * class, by position, and uses for nothing else (a constructor that checks or copies one would
   * throw on a null): a record's canonical constructor stores every component its body does not
   * name; another stores {@code this.f = p;} at its top level, where the field is assigned nowhere
   * else in it and the parameter named nowhere else, and it does not start with {@code this(...)}.
   */
  private Map<Integer, VarSymbol> storedParameters(MethodTree tree, MethodSymbol constructor) {
    Map<Integer, VarSymbol> stored = new LinkedHashMap<>();
    List<VarSymbol> parameters = constructor.getParameters();
    BlockTree body = tree.getBody();
    if (isCanonicalRecordConstructor(constructor)) {
      for (int i = 0; i < parameters.size(); i++) {
        VarSymbol component = recordField(constructor, parameters.get(i));
        if (component == null) {
          continue;
        }
        if (body == null || references(body, parameters.get(i)) == 0) {
          stored.put(i, component);
        } else if (policy.isTracked(component.type) && assignments(body, parameters.get(i)) > 0) {
          reassignedComponents.add(component);
        }
      }
      return stored;
    }
    if (body == null || startsWithThisCall(body)) {
      return stored;
    }
    for (StatementTree statement : body.getStatements()) {
      if (!(statement instanceof ExpressionStatementTree expression
          && expression.getExpression() instanceof AssignmentTree assignment)) {
        continue;
      }
      VarSymbol field = ownField(assignment.getVariable(), constructor);
      Symbol value = ASTHelpers.getSymbol(ASTHelpers.stripParentheses(assignment.getExpression()));
      if (field != null
          && value instanceof VarSymbol parameter
          && parameters.contains(parameter)
          && assignments(body, field) == 1
          && references(body, parameter) == 1) {
        stored.put(parameters.indexOf(parameter), field);
      }
    }
    return stored;
  }

  /** Javac assigns a record's fields at the end of its compact or generated constructor. */
  static boolean isCanonicalRecordConstructor(MethodSymbol constructor) {
    long flags = constructor.flags();
    return (flags & Flags.COMPACT_RECORD_CONSTRUCTOR) != 0
        || (flags & (Flags.GENERATEDCONSTR | Flags.RECORD))
            == (Flags.GENERATEDCONSTR | Flags.RECORD);
  }

  private @Nullable VarSymbol recordField(MethodSymbol constructor, VarSymbol parameter) {
    for (Symbol member : constructor.owner.getEnclosedElements()) {
      if (member instanceof VarSymbol field
          && (field.flags() & Flags.RECORD) != 0
          && !field.isStatic()
          && field.getSimpleName().equals(parameter.getSimpleName())
          && isFollowed(field)) {
        return field;
      }
    }
    return null;
  }

  /**
   * A field whose stored argument matters: a tracked one, which may be given null, or a boolean or
   * enum one, whose constant may decide a flag set together with the map.
   */
  private boolean isFollowed(VarSymbol field) {
    return policy.isTracked(field.type)
        || field.type.getKind() == TypeKind.BOOLEAN
        || (field.type.tsym != null && field.type.tsym.getKind() == ElementKind.ENUM);
  }

  /** {@code f} or {@code this.f}: a followed instance field of the constructor's class. */
  private @Nullable VarSymbol ownField(ExpressionTree target, MethodSymbol constructor) {
    VarSymbol field = fieldOfRunningObject(target, constructor.owner);
    return field != null && isFollowed(field) ? field : null;
  }

  static boolean startsWithThisCall(BlockTree body) {
    return !body.getStatements().isEmpty()
        && body.getStatements().get(0) instanceof ExpressionStatementTree first
        && first.getExpression() instanceof MethodInvocationTree call
        && call.getMethodSelect() instanceof IdentifierTree name
        && name.getName().contentEquals("this");
  }

  /**
   * How many assignments (plain, compound, or increments) to {@code variable} {@code tree} holds.
   */
  static int assignments(Tree tree, VarSymbol variable) {
    int[] count = {0};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitAssignment(AssignmentTree node, Void unused) {
        count(node.getVariable());
        return super.visitAssignment(node, null);
      }

      @Override
      public Void visitCompoundAssignment(CompoundAssignmentTree node, Void unused) {
        count(node.getVariable());
        return super.visitCompoundAssignment(node, null);
      }

      @Override
      public Void visitUnary(UnaryTree node, Void unused) {
        if (Relevance.INCREMENTS.contains(node.getKind())) {
          count(node.getExpression());
        }
        return super.visitUnary(node, null);
      }

      private void count(ExpressionTree target) {
        if (ASTHelpers.getSymbol(target) == variable) {
          count[0]++;
        }
      }
    }.scan(tree, null);
    return count[0];
  }

  /** How many times {@code tree} names {@code variable}, to read or to assign it. */
  static int references(Tree tree, Symbol variable) {
    int[] count = {0};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree node, Void unused) {
        if (ASTHelpers.getSymbol(node) == variable) {
          count[0]++;
        }
        return null;
      }
    }.scan(tree, null);
    return count[0];
  }

  /** How many times {@code tree} reads or assigns {@code field} through a receiver. */
  private static int selections(Tree tree, VarSymbol field) {
    int[] count = {0};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMemberSelect(MemberSelectTree node, Void unused) {
        if (ASTHelpers.getSymbol(node) == field) {
          count[0]++;
        }
        return super.visitMemberSelect(node, null);
      }
    }.scan(tree, null);
    return count[0];
  }

  /**
   * A map's entry passed to a constructor that stores it in a tracked field (policy {@code
   * NullableResults.missesEntry}): {@code new Template(name, themes.get(theme))}, null for a
   * missing key, unless the method asks the map about that key.
   */
  private boolean missesEntry(ExpressionTree argument) {
    MethodInvocationTree lookup = lookupOf(argument);
    return lookup != null
        && NullReturns.missesEntry(
            lookup, true, policy, () -> KeyQueries.asked(lookup, TreePath.getPath(unit, lookup)));
  }

  /** The {@code get} call that {@code argument} is, through parentheses and casts, or null. */
  private static @Nullable MethodInvocationTree lookupOf(ExpressionTree argument) {
    MethodInvocationTree call = NullReturns.callOf(argument);
    return call != null
            && ASTHelpers.getSymbol(call) != null
            && ASTHelpers.getSymbol(call)
                .getSimpleName()
                .contentEquals(NullableResults.ENTRY_LOOKUP)
        ? call
        : null;
  }

  /** A local variable, which a call passes as it is. */
  private static boolean isLocal(ExpressionTree argument) {
    return argument instanceof IdentifierTree
        && ASTHelpers.getSymbol(argument) instanceof VarSymbol variable
        && variable.getKind() == ElementKind.LOCAL_VARIABLE;
  }

  /** A conditional with the literal {@code null} as one branch, through parentheses and casts. */
  static boolean hasNullBranch(ExpressionTree argument) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(argument);
    if (stripped instanceof TypeCastTree cast) {
      return hasNullBranch(cast.getExpression());
    }
    return stripped instanceof ConditionalExpressionTree conditional
        && (isNull(conditional.getTrueExpression()) || isNull(conditional.getFalseExpression()));
  }

  /** The literal {@code null}, through parentheses and casts. */
  static boolean isNull(ExpressionTree argument) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(argument);
    if (stripped instanceof TypeCastTree cast) {
      return isNull(cast.getExpression());
    }
    return stripped.getKind() == Tree.Kind.NULL_LITERAL;
  }
}
