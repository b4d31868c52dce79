package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BindingPatternTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import io.github.mapinit.policy.rules.Deserialisation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import org.jspecify.annotations.Nullable;

/**
 * Which tracked places of a compilation unit may hold a null where they are used, decided from its
 * trees without a control flow graph: in a fresh process the first graph costs more than a small
 * module's whole analysis (issue 12), and most units that declare a map give it a {@code new} map
 * before any use.
 *
 * <p>The analysis finds a null only where the program shows one: a {@code null}, or a value that
 * may hold one, assigned to a place, or a field's start (spec section 4) before its assignment. A
 * tracked place is cleared when neither can happen to it:
 *
 * <ul>
 *   <li>every value assigned to it (a pattern variable's is the operand of its {@code instanceof})
 *       is a {@code new}, a call's result, an array element or a cleared variable (an untracked one
 *       is), or a cast of one; never a null, a conditional or a switch. The analysis takes all of
 *       them for non-null;
 *   <li>a tracked field is assigned before any code that could use it runs: at its declaration,
 *       with only initialisers before it that cannot reach a use of it ({@link InertCode}); or, for
 *       an instance field, at the top level of every constructor that does not delegate with {@code
 *       this(...)}, after such statements only, in a class whose initialisers are all such; or, for
 *       a static field, at the top level of a static block, after such initialisers and statements;
 *   <li>a tracked instance field is not transient (deserialisation leaves it null), and the
 *       constructors and initialisers of its class's superclasses in the unit run none of the
 *       unit's code (an override they call would run before the field is assigned).
 * </ul>
 *
 * <p>A unit whose tracked places are all cleared cannot report, and gets no graph; in another unit,
 * a body that only reads cleared fields cannot report either ({@link Relevance}).
 */
final class ClearedUnit {

  private final ClassIndex index;
  private final JavacPolicy policy;
  private final List<Symbol> targets = new ArrayList<>();
  private final List<ExpressionTree> values = new ArrayList<>();
  // Pattern variables of a tracked type whose value is not that of an instanceof's operand.
  private final Set<Symbol> otherBindings = new LinkedHashSet<>();
  // Methods called on a result that may be null (NullReturns.dereferencesMaybeNullResult).
  private final Set<Symbol> dereferencedResults = new LinkedHashSet<>();

  private ClearedUnit(ClassIndex index, JavacPolicy policy) {
    this.index = index;
    this.policy = policy;
  }

  /**
   * The tracked fields and variables of {@code unit} that are not cleared (see the class comment):
   * only a use of one of them can meet a null.
   */
  static Set<Symbol> mayHoldNull(CompilationUnitTree unit, ClassIndex index, JavacPolicy policy) {
    return nullFlow(unit, index, policy).mayHoldNull();
  }

  /** How nulls reach the tracked places of {@code unit}: where they start, and the copies. */
  static NullFlow nullFlow(CompilationUnitTree unit, ClassIndex index, JavacPolicy policy) {
    ClearedUnit cleared = new ClearedUnit(index, policy);
    cleared.collectAssignments(unit);
    return cleared.notCleared();
  }

  /**
   * A copy of one variable's value into a tracked place ({@code Map m = this.map;}).
   *
   * @param value the expression that reads the copied variable, through parentheses and casts
   */
  record Copy(Symbol from, Symbol to, ExpressionTree value) {}

  /**
   * @param sources the tracked places that code can leave without a value or give a value that the
   *     analysis does not take for non-null, and the results of calls that may return null
   * @param copies every copy of a variable into a tracked place
   * @param mayHoldNull the sources and every place a copy may carry one of them to
   * @param calledResults the methods whose result, dereferenced at once, is a place of its own
   */
  record NullFlow(
      Set<Symbol> sources, List<Copy> copies, Set<Symbol> mayHoldNull, Set<Symbol> calledResults) {}

  private void collectAssignments(CompilationUnitTree unit) {
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree tree, Void unused) {
        if (tree.getInitializer() != null) {
          targets.add(ASTHelpers.getSymbol(tree));
          values.add(tree.getInitializer());
        }
        return super.visitVariable(tree, null);
      }

      @Override
      public Void visitAssignment(AssignmentTree tree, Void unused) {
        targets.add(ASTHelpers.getSymbol(tree.getVariable()));
        values.add(tree.getExpression());
        return super.visitAssignment(tree, null);
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
        if (NullReturns.dereferencesMaybeNullResult(tree, index, policy)) {
          // The result of a call that may return null, used at once, is a place of its own: the
          // called method stands for it.
          dereferencedResults.add(ASTHelpers.getSymbol(tree));
        }
        return super.visitMethodInvocation(tree, null);
      }

      @Override
      public Void visitInstanceOf(InstanceOfTree tree, Void unused) {
        if (tree.getPattern() instanceof BindingPatternTree binding) {
          // x instanceof T t: t holds x.
          targets.add(ASTHelpers.getSymbol(binding.getVariable()));
          values.add(tree.getExpression());
          scan(tree.getExpression(), null);
          return scan(binding.getVariable(), null);
        }
        return super.visitInstanceOf(tree, null);
      }

      @Override
      public Void visitBindingPattern(BindingPatternTree tree, Void unused) {
        Symbol variable = ASTHelpers.getSymbol(tree.getVariable());
        if (isTrackedPlace(variable)) {
          otherBindings.add(variable);
        }
        return super.visitBindingPattern(tree, null);
      }
    }.scan(unit, null);
  }

  /**
   * The places that some code can leave without a value, or give a value that is not one the
   * analysis takes for non-null; then, until nothing changes, the places given one of them.
   */
  private NullFlow notCleared() {
    Set<Symbol> found = new LinkedHashSet<>(otherBindings);
    found.addAll(dereferencedResults);
    Map<Symbol, List<Symbol>> givenTo = new LinkedHashMap<>();
    List<Copy> copies = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      Symbol target = targets.get(i);
      if (!isTrackedPlace(target)) {
        continue;
      }
      ExpressionTree value = values.get(i);
      if (!isNonNullValue(value)
          || (target.getKind() == ElementKind.FIELD && NullReturns.givesEntry(value, policy))) {
        found.add(target);
      }
      Symbol variable = variableOf(value);
      if (variable != null) {
        givenTo.computeIfAbsent(variable, v -> new ArrayList<>()).add(target);
        copies.add(new Copy(variable, target, value));
      }
    }
    for (ClassIndex.ClassInfo info : index.classes()) {
      for (Map.Entry<VarSymbol, VariableTree> field : info.trackedFields.entrySet()) {
        if (!isAssignedFirst(info, field.getKey(), field.getValue())) {
          found.add(field.getKey());
        }
      }
    }
    Set<Symbol> sources = Set.copyOf(found);
    Deque<Symbol> work = new ArrayDeque<>(found);
    while (!work.isEmpty()) {
      for (Symbol target : givenTo.getOrDefault(work.poll(), List.of())) {
        if (found.add(target)) {
          work.add(target);
        }
      }
    }
    return new NullFlow(sources, copies, found, Set.copyOf(dereferencedResults));
  }

  /**
   * The variable whose value {@code value} is, through parentheses and casts, if it is one: read
   * directly, or through an accessor (policy {@code FieldAccessors}).
   */
  private @Nullable Symbol variableOf(ExpressionTree value) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(value);
    if (stripped instanceof TypeCastTree cast) {
      return variableOf(cast.getExpression());
    }
    if (stripped instanceof MethodInvocationTree call && ASTHelpers.getSymbol(call) != null) {
      return index.fieldReadBy(ASTHelpers.getSymbol(call));
    }
    if (stripped instanceof IdentifierTree || stripped instanceof MemberSelectTree) {
      Symbol symbol = ASTHelpers.getSymbol(stripped);
      return symbol instanceof VarSymbol ? symbol : null;
    }
    return null;
  }

  private boolean isTrackedPlace(Symbol target) {
    if (!(target instanceof VarSymbol variable)) {
      return false;
    }
    return variable.getKind() == ElementKind.FIELD
        ? index.isTrackedField(variable)
        : policy.isTracked(variable.type);
  }

  /**
   * A value the analysis never takes for a null, given that the variable it may be holds none (see
   * {@link #variableOf}).
   */
  private boolean isNonNullValue(ExpressionTree value) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(value);
    if (stripped instanceof TypeCastTree cast) {
      return isNonNullValue(cast.getExpression());
    }
    return stripped instanceof NewClassTree
        || (stripped instanceof MethodInvocationTree call && !mayReturnNull(call))
        || stripped instanceof ArrayAccessTree
        || variableOf(stripped) != null;
  }

  private boolean mayReturnNull(MethodInvocationTree call) {
    return NullReturns.ofCall(call, index, policy);
  }

  private boolean isAssignedFirst(
      ClassIndex.ClassInfo info, VarSymbol field, VariableTree declaration) {
    if (!field.isStatic()
        && ((isTransient(field) && !restoredByDeclarations(info, field))
            || !superclassesRunNoCodeOfUnit(info))) {
      return false;
    }
    if (declaration.getInitializer() != null) {
      return initialisersBeforeAreInert(info, field, declaration);
    }
    return field.isStatic()
        ? assignedFirstByStaticBlock(info, field)
        : assignedFirstByEveryConstructor(info, field);
  }

  private static boolean isTransient(VarSymbol field) {
    return (field.flags() & Flags.TRANSIENT) != 0;
  }

  /**
   * Whether deserialisation cannot leave the transient field null, as its class's declarations
   * alone show (policy {@link Deserialisation#restoredByDeclarations}).
   */
  private boolean restoredByDeclarations(ClassIndex.ClassInfo info, VarSymbol field) {
    ClassSymbol type = info.symbol;
    Set<String> methods = new LinkedHashSet<>();
    for (Body method : info.methods) {
      if (method.method() != null) {
        methods.add(method.method().getSimpleName() + "/" + method.method().getParameters().size());
      }
    }
    return Deserialisation.restoredByDeclarations(
        Deserialisation.isDeserialisedWithoutConstructor(
            policy.isSerializable(type),
            policy.isExternalizable(type),
            type.getKind() == ElementKind.RECORD,
            type.getKind() == ElementKind.ENUM),
        (field.flags() & Flags.FINAL) != 0,
        methods);
  }

  /**
   * Whether the constructors and instance initialisers of every superclass in the unit run none of
   * its code: a subclass override that they could call would run before the subclass's fields are
   * assigned (spec section 4). Superclasses in other files are out of the check's sight.
   */
  private boolean superclassesRunNoCodeOfUnit(ClassIndex.ClassInfo info) {
    for (ClassIndex.ClassInfo superclass = superclassOf(info);
        superclass != null;
        superclass = superclassOf(superclass)) {
      for (Tree member : superclass.tree.getMembers()) {
        if ((isInitialiser(member, false) || isConstructor(member))
            && !InertCode.runsNoCodeOfUnit(member, index)) {
          return false;
        }
      }
    }
    return true;
  }

  private ClassIndex.@Nullable ClassInfo superclassOf(ClassIndex.ClassInfo info) {
    Type superclass = info.symbol.getSuperclass();
    return superclass == null || superclass.tsym == null ? null : index.classInfo(superclass.tsym);
  }

  private static boolean isConstructor(Tree member) {
    return member instanceof MethodTree method
        && ASTHelpers.getSymbol(method) != null
        && ASTHelpers.getSymbol(method).isConstructor();
  }

  /**
   * The field's own initialiser, and every initialiser of the same kind (static or instance) above
   * it, which run before it, are inert.
   */
  private boolean initialisersBeforeAreInert(
      ClassIndex.ClassInfo info, VarSymbol field, VariableTree declaration) {
    for (Tree member : info.tree.getMembers()) {
      if (isInitialiser(member, field.isStatic())
          && !InertCode.reachesNoUseOf(member, field, index)) {
        return false;
      }
      if (member == declaration) {
        return true;
      }
    }
    return true;
  }

  private boolean assignedFirstByEveryConstructor(ClassIndex.ClassInfo info, VarSymbol field) {
    for (Tree member : info.tree.getMembers()) {
      if (isInitialiser(member, false) && !InertCode.reachesNoUseOf(member, field, index)) {
        return false;
      }
    }
    for (Body constructor : info.constructors) {
      MethodTree tree = (MethodTree) constructor.tree();
      if (!CompilationUnitAnalysis.delegatesToThis(tree)
          && !assignsAtTopFirst(tree.getBody(), field)) {
        return false;
      }
    }
    return !info.constructors.isEmpty();
  }

  /**
   * Whether a static block assigns the field at its top level, after static initialisers and
   * statements that cannot reach a use of it.
   */
  private boolean assignedFirstByStaticBlock(ClassIndex.ClassInfo info, VarSymbol field) {
    for (Tree member : info.tree.getMembers()) {
      if (member instanceof BlockTree block
          && block.isStatic()
          && topLevelAssignment(block, field) != null) {
        return assignsAtTopFirst(block, field);
      }
      if (isInitialiser(member, true) && !InertCode.reachesNoUseOf(member, field, index)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a top-level statement of {@code body} assigns the field, with only statements before it
   * that cannot reach a use of it, none of which can return.
   */
  private boolean assignsAtTopFirst(BlockTree body, VarSymbol field) {
    AssignmentTree assignment = topLevelAssignment(body, field);
    if (assignment == null) {
      return false;
    }
    for (StatementTree statement : body.getStatements()) {
      if (statement instanceof ExpressionStatementTree expression
          && expression.getExpression() == assignment) {
        return InertCode.reachesNoUseOf(assignment.getExpression(), field, index);
      }
      if (!InertCode.reachesNoUseOf(statement, field, index) || mayReturn(statement)) {
        return false;
      }
    }
    return false;
  }

  /** The first statement of {@code body} (not nested in another) that assigns the field. */
  private static @Nullable AssignmentTree topLevelAssignment(BlockTree body, VarSymbol field) {
    for (StatementTree statement : body.getStatements()) {
      if (statement instanceof ExpressionStatementTree expression
          && expression.getExpression() instanceof AssignmentTree assignment
          && ASTHelpers.getSymbol(assignment.getVariable()) == field) {
        return assignment;
      }
    }
    return null;
  }

  private static boolean mayReturn(StatementTree statement) {
    boolean[] found = {false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitReturn(ReturnTree tree, Void unused) {
        found[0] = true;
        return null;
      }
    }.scan(statement, null);
    return found[0];
  }

  private static boolean isInitialiser(Tree member, boolean isStatic) {
    if (member instanceof BlockTree block) {
      return block.isStatic() == isStatic;
    }
    return member instanceof VariableTree variable
        && variable.getInitializer() != null
        && ASTHelpers.getSymbol(variable).isStatic() == isStatic;
  }
}
