package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.google.errorprone.util.Reachability;
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
import com.sun.source.tree.IfTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Type;
import io.github.mapinit.policy.JavaSemantics;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.TypeKind;
import org.jspecify.annotations.Nullable;

/**
 * Whether a compilation unit whose tracked places are not all cleared ({@link ClearedUnit}) can
 * still meet a null, decided from its trees: the analysis reports only a dereference of a place
 * that may hold a null where the dereference runs, and much real code tests the place first right
 * there ({@code var m = this.pending; if (m != null && m.containsKey(k)) m.remove(k);}) or only
 * compares, copies, passes and returns it ({@code return (view == null) ? (view = new View()) :
 * view;}). A unit where every dereference of every such place is guarded in one of a few plain
 * shapes that the analysis also reads as guards cannot report, and gets no graph (issue 12: in a
 * fresh process the first graph costs more than the rest of a module's analysis).
 *
 * <p>The shapes are deliberately few, and each one is a guard for the analysis too: the place is
 * tested against {@code null} (or with {@code instanceof}) by the condition of an enclosing {@code
 * if}, {@code ?:}, {@code &&} or {@code ||}; or an earlier statement of an enclosing block leaves
 * the block where it is null ({@code if (m == null) return;}), gives it a new value where it is
 * null ({@code if (m == null) m = new LinkedHashMap<>();}) or assigns it one. Nothing between the
 * test and the dereference may assign the place; for a field, nothing there may run code of the
 * unit (a method or constructor of one of its classes other than a call on the field itself, a
 * lambda, a class body), which may reset it; code of other classes cannot, and the analysis follows
 * none. A copy ({@code Map m = this.map;}) carries a null only where it is not so guarded. Any
 * other use of such a place, however safe, keeps the unit for the analysis.
 */
final class GuardedDereferences {

  private final ClearedUnit.NullFlow flow;
  private final ClassIndex index;
  private final JavacPolicy policy;

  private GuardedDereferences(ClearedUnit.NullFlow flow, ClassIndex index, JavacPolicy policy) {
    this.flow = flow;
    this.index = index;
    this.policy = policy;
  }

  /**
   * Whether some dereference in {@code unit} may meet a null: of a place that may hold one (the
   * flow's sources, and {@code moreSources}, through unguarded copies), not guarded as the class
   * comment says.
   */
  static boolean mayDereferenceNull(
      CompilationUnitTree unit,
      ClearedUnit.NullFlow flow,
      Set<? extends Symbol> moreSources,
      ClassIndex index,
      JavacPolicy policy) {
    if (!flow.calledResults().isEmpty()) {
      // A call's result dereferenced at once: no variable to test.
      return true;
    }
    GuardedDereferences screen = new GuardedDereferences(flow, index, policy);
    Set<Symbol> carrying = new LinkedHashSet<>(flow.sources());
    carrying.addAll(moreSources);
    screen.addUnguardedCopies(unit, carrying);
    if (carrying.stream().anyMatch(GuardedDereferences::mayBeUnboxed)) {
      // Unboxing dereferences a value without any call in the source.
      return true;
    }
    return screen.dereferencesUnguarded(unit, carrying);
  }

  private static boolean mayBeUnboxed(Symbol place) {
    return mayUnbox(place.type);
  }

  /** A primitive type, or a type that Java unboxes where a primitive is needed. */
  private static boolean mayUnbox(@Nullable Type type) {
    if (type == null
        || type.isPrimitive()
        || type.tsym == null
        || type.getKind() == TypeKind.TYPEVAR
        || type.getKind() == TypeKind.INTERSECTION
        || type.getKind() == TypeKind.WILDCARD) {
      // A type variable may stand for a box.
      return true;
    }
    return JavaSemantics.isWrapper(type.tsym.getQualifiedName().toString());
  }

  /** Adds to {@code carrying}, until nothing changes, each place given a carrying one unguarded. */
  private void addUnguardedCopies(CompilationUnitTree unit, Set<Symbol> carrying) {
    if (flow.copies().stream().noneMatch(copy -> carrying.contains(copy.from()))) {
      // No copy can carry a null: the unit's walk for the copies' paths is not needed.
      return;
    }
    Map<Tree, TreePath> reads = pathsOfCopiedReads(unit);
    Map<ClearedUnit.Copy, Boolean> guarded = new IdentityHashMap<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (ClearedUnit.Copy copy : flow.copies()) {
        if (carrying.contains(copy.from())
            && !carrying.contains(copy.to())
            && !guarded.computeIfAbsent(
                copy, c -> isGuarded(reads.get(readOf(c.value())), c.from()))) {
          carrying.add(copy.to());
          changed = true;
        }
      }
    }
  }

  /** The path of each copy's read of the copied variable, found in one walk of the unit. */
  private Map<Tree, TreePath> pathsOfCopiedReads(CompilationUnitTree unit) {
    Map<Tree, TreePath> paths = new IdentityHashMap<>();
    for (ClearedUnit.Copy copy : flow.copies()) {
      paths.put(readOf(copy.value()), null);
    }
    new TreePathScanner<Void, Void>() {
      @Override
      public Void scan(Tree tree, Void unused) {
        if (tree != null && paths.containsKey(tree)) {
          paths.put(tree, new TreePath(getCurrentPath(), tree));
        }
        return super.scan(tree, null);
      }
    }.scan(unit, null);
    return paths;
  }

  /** The read inside a copied value, through parentheses and casts. */
  private static ExpressionTree readOf(ExpressionTree value) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(value);
    return stripped instanceof TypeCastTree cast ? readOf(cast.getExpression()) : stripped;
  }

  private boolean dereferencesUnguarded(CompilationUnitTree unit, Set<Symbol> carrying) {
    boolean[] found = {false};
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree tree, Void unused) {
        check(tree);
        return null;
      }

      @Override
      public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
        check(tree);
        return super.visitMemberSelect(tree, null);
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
        // Policy FieldAccessors: `tariff.rates().get(zone)` dereferences `tariff.rates`, with no
        // test of its own that this screen reads as a guard.
        MethodSymbol method = ASTHelpers.getSymbol(tree);
        VarSymbol read = method == null ? null : index.fieldReadBy(method);
        if (read != null && carrying.contains(read) && isDereference(getCurrentPath())) {
          found[0] = true;
        }
        return super.visitMethodInvocation(tree, null);
      }

      private void check(ExpressionTree tree) {
        Symbol symbol = ASTHelpers.getSymbol(tree);
        if (!found[0]
            && symbol != null
            && carrying.contains(symbol)
            && isDereference(getCurrentPath())
            && !isGuarded(getCurrentPath(), symbol)) {
          found[0] = true;
        }
      }

      @Override
      public Void scan(Tree tree, Void unused) {
        return found[0] ? null : super.scan(tree, null);
      }
    }.scan(unit, null);
    return found[0];
  }

  /**
   * Whether the read at {@code path} may dereference the value read: anything but a comparison, an
   * {@code instanceof}, an assignment of it or to it, an argument, a returned value or a string
   * concatenation (a place that may be unboxed never comes here).
   */
  private static boolean isDereference(TreePath path) {
    Tree child = path.getLeaf();
    for (TreePath parentPath = path.getParentPath();
        parentPath != null;
        parentPath = parentPath.getParentPath()) {
      Tree parent = parentPath.getLeaf();
      if (parent instanceof TypeCastTree cast && mayUnbox(ASTHelpers.getType(cast))) {
        return true;
      }
      if (parent instanceof ParenthesizedTree || parent instanceof TypeCastTree) {
        child = parent;
        continue;
      }
      if (parent instanceof ConditionalExpressionTree conditional) {
        if (conditional.getCondition() == child) {
          return true;
        }
        // An arm: what is done with the conditional's value is done with this one.
        child = parent;
        continue;
      }
      return !isSafeUse(parent, child);
    }
    return true;
  }

  private static boolean isSafeUse(Tree parent, Tree child) {
    if (parent instanceof BinaryTree binary) {
      return parent.getKind() == Tree.Kind.EQUAL_TO
          || parent.getKind() == Tree.Kind.NOT_EQUAL_TO
          || (parent.getKind() == Tree.Kind.PLUS
              && ASTHelpers.getType(binary) != null
              && !ASTHelpers.getType(binary).isPrimitive());
    }
    if (parent instanceof InstanceOfTree instanceOf) {
      return instanceOf.getExpression() == child;
    }
    if (parent instanceof AssignmentTree
        || parent instanceof ReturnTree
        || parent instanceof NewArrayTree) {
      return true;
    }
    if (parent instanceof VariableTree variable) {
      return variable.getInitializer() == child;
    }
    if (parent instanceof MethodInvocationTree call) {
      return call.getArguments().contains(child);
    }
    if (parent instanceof NewClassTree creation) {
      return creation.getArguments().contains(child);
    }
    if (parent instanceof LambdaExpressionTree lambda) {
      return lambda.getBody() == child;
    }
    return false;
  }

  /**
   * Whether the read of {@code place} at {@code path} is guarded: an enclosing condition or an
   * earlier statement of an enclosing block of the same body makes it non-null there, with nothing
   * in between that may change it.
   */
  private boolean isGuarded(@Nullable TreePath path, Symbol place) {
    if (path == null || !isPlainRead(path.getLeaf(), place)) {
      return false;
    }
    Tree child = path.getLeaf();
    for (TreePath parentPath = path.getParentPath();
        parentPath != null;
        parentPath = parentPath.getParentPath()) {
      Tree parent = parentPath.getLeaf();
      Guard guard = guardAt(parent, child, place, path);
      if (guard != null) {
        return guard.region().stream().allMatch(tree -> leavesAlone(tree, place));
      }
      if (parent instanceof MethodTree
          || parent instanceof LambdaExpressionTree
          || parent instanceof ClassTree
          || parentPath.getParentPath() == null
          || parentPath.getParentPath().getLeaf() instanceof ClassTree) {
        return false;
      }
      child = parent;
    }
    return false;
  }

  /**
   * A read of the place itself: a local variable by its name, or a field of the running object by
   * its name or through {@code this}.
   */
  private static boolean isPlainRead(Tree tree, Symbol place) {
    if (tree instanceof IdentifierTree) {
      return ASTHelpers.getSymbol(tree) == place;
    }
    return tree instanceof MemberSelectTree select
        && ASTHelpers.getSymbol(select) == place
        && place.getKind() == ElementKind.FIELD
        && ASTHelpers.stripParentheses(select.getExpression()) instanceof IdentifierTree receiver
        && receiver.getName().contentEquals("this");
  }

  /**
   * A guard of the place found where {@code parent} holds {@code child}: what must leave the place
   * alone for it to hold ({@code region}), the test included.
   */
  private record Guard(List<Tree> region) {}

  private @Nullable Guard guardAt(Tree parent, Tree child, Symbol place, TreePath read) {
    if (parent instanceof BinaryTree binary && binary.getRightOperand() == child) {
      if ((parent.getKind() == Tree.Kind.CONDITIONAL_AND
              && impliesNonNull(binary.getLeftOperand(), place, true))
          || (parent.getKind() == Tree.Kind.CONDITIONAL_OR
              && impliesNonNull(binary.getLeftOperand(), place, false))) {
        return new Guard(List.of(binary));
      }
      return null;
    }
    if (parent instanceof ConditionalExpressionTree conditional
        && conditional.getCondition() != child) {
      boolean whenTrue = conditional.getTrueExpression() == child;
      return impliesNonNull(conditional.getCondition(), place, whenTrue)
          ? new Guard(List.of(conditional.getCondition(), child))
          : null;
    }
    if (parent instanceof IfTree ifTree && ifTree.getCondition() != child) {
      boolean whenTrue = ifTree.getThenStatement() == child;
      if (!impliesNonNull(ifTree.getCondition(), place, whenTrue)) {
        return null;
      }
      List<Tree> region = codeBefore(read, child);
      region.add(ifTree.getCondition());
      return new Guard(region);
    }
    if (parent instanceof BlockTree block) {
      return earlierStatementGuard(block, child, place);
    }
    return null;
  }

  /**
   * The code of {@code branch} that may run between its start and the read at {@code read}, taken
   * generously: the whole statement that holds the read, the statements before it in each enclosing
   * block, the conditions of enclosing {@code if}s, and any other enclosing statement whole (a loop
   * may run its body again before the read).
   */
  private static List<Tree> codeBefore(TreePath read, Tree branch) {
    TreePath path = read;
    while (path.getParentPath() != null && !(path.getLeaf() instanceof StatementTree)) {
      path = path.getParentPath();
    }
    List<Tree> code = new ArrayList<>(List.of(path.getLeaf()));
    Tree child = path.getLeaf();
    for (TreePath parentPath = path.getParentPath();
        child != branch && parentPath != null;
        parentPath = parentPath.getParentPath()) {
      Tree parent = parentPath.getLeaf();
      if (parent instanceof BlockTree block) {
        code.addAll(block.getStatements().subList(0, block.getStatements().indexOf(child)));
      } else if (parent instanceof IfTree ifTree) {
        code.add(ifTree.getCondition());
      } else {
        code.add(parent);
      }
      child = parent;
    }
    return code;
  }

  /**
   * The nearest earlier statement of {@code block} that makes the place non-null for the statements
   * after it: an {@code if} that leaves where it is null, or that assigns it a new value where it
   * is null, or an assignment of a new value.
   */
  private @Nullable Guard earlierStatementGuard(BlockTree block, Tree child, Symbol place) {
    List<? extends StatementTree> statements = block.getStatements();
    int position = statements.indexOf(child);
    for (int i = position - 1; i >= 0; i--) {
      StatementTree statement = statements.get(i);
      if (makesNonNull(statement, place)) {
        List<Tree> region = new ArrayList<>(statements.subList(i + 1, position + 1));
        if (statement instanceof IfTree ifTree) {
          // Code that its condition runs after the test, and its else branch, where the place was
          // not null, run before the statements below.
          region.add(ifTree.getCondition());
          if (ifTree.getElseStatement() != null) {
            region.add(ifTree.getElseStatement());
          }
        }
        return new Guard(region);
      }
    }
    return null;
  }

  private boolean makesNonNull(StatementTree statement, Symbol place) {
    if (statement instanceof VariableTree variable) {
      return ASTHelpers.getSymbol(variable) == place
          && variable.getInitializer() != null
          && isNewValue(variable.getInitializer());
    }
    if (isAssignmentOfNewValue(statement, place)) {
      return true;
    }
    if (!(statement instanceof IfTree ifTree)
        || !impliesNonNull(ifTree.getCondition(), place, false)) {
      return false;
    }
    StatementTree then = ifTree.getThenStatement();
    if (!Reachability.canCompleteNormally(then)) {
      return true;
    }
    // if (m == null) { ..; m = new LinkedHashMap<>(); }: its last statement gives the place a
    // value.
    List<? extends StatementTree> body =
        then instanceof BlockTree thenBlock ? thenBlock.getStatements() : List.of(then);
    return !body.isEmpty()
        && isAssignmentOfNewValue(body.get(body.size() - 1), place)
        && body.stream().allMatch(s -> s == body.get(body.size() - 1) || isPlainStatement(s));
  }

  /** A statement from which control goes on to the next one, or leaves by an exception. */
  private static boolean isPlainStatement(StatementTree statement) {
    boolean[] jumps = {false};
    new SameCodeScanner() {

      @Override
      public Void scan(Tree tree, Void unused) {
        if (tree != null
            && (tree.getKind() == Tree.Kind.RETURN
                || tree.getKind() == Tree.Kind.BREAK
                || tree.getKind() == Tree.Kind.CONTINUE
                || tree.getKind() == Tree.Kind.YIELD)) {
          jumps[0] = true;
        }
        return super.scan(tree, null);
      }
    }.scan(statement, null);
    return !jumps[0];
  }

  private boolean isAssignmentOfNewValue(StatementTree statement, Symbol place) {
    return statement instanceof ExpressionStatementTree expression
        && expression.getExpression() instanceof AssignmentTree assignment
        && isPlainRead(assignment.getVariable(), place)
        && isNewValue(assignment.getExpression())
        // Policy NullableResults.missesEntry: a field given a map's entry may hold null.
        && !(place.getKind() == ElementKind.FIELD
            && NullReturns.givesEntry(assignment.getExpression(), policy));
  }

  /** A value the analysis takes for non-null: a {@code new}, or a call that cannot return null. */
  private boolean isNewValue(ExpressionTree value) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(value);
    if (stripped instanceof TypeCastTree cast) {
      return isNewValue(cast.getExpression());
    }
    return stripped instanceof NewClassTree
        || stripped instanceof NewArrayTree
        || (stripped instanceof MethodInvocationTree call
            && !NullReturns.ofCall(call, index, policy));
  }

  /** Whether {@code condition}, when it has the value {@code when}, shows the place non-null. */
  private static boolean impliesNonNull(ExpressionTree condition, Symbol place, boolean when) {
    ExpressionTree stripped = ASTHelpers.stripParentheses(condition);
    switch (stripped.getKind()) {
      case NOT_EQUAL_TO:
      case EQUAL_TO:
        {
          BinaryTree binary = (BinaryTree) stripped;
          boolean nonNullWhenTrue = stripped.getKind() == Tree.Kind.NOT_EQUAL_TO;
          return when == nonNullWhenTrue && comparesWithNull(binary, place);
        }
      case INSTANCE_OF:
        return when
            && isPlainRead(
                ASTHelpers.stripParentheses(((InstanceOfTree) stripped).getExpression()), place);
      case LOGICAL_COMPLEMENT:
        return impliesNonNull(((UnaryTree) stripped).getExpression(), place, !when);
      case CONDITIONAL_AND:
      case CONDITIONAL_OR:
        {
          BinaryTree binary = (BinaryTree) stripped;
          // a && b is true where both are, a || b false where both are false: either one shows it.
          // Otherwise each must.
          boolean either = (stripped.getKind() == Tree.Kind.CONDITIONAL_AND) == when;
          boolean left = impliesNonNull(binary.getLeftOperand(), place, when);
          boolean right = impliesNonNull(binary.getRightOperand(), place, when);
          return either ? left || right : left && right;
        }
      default:
        return false;
    }
  }

  private static boolean comparesWithNull(BinaryTree binary, Symbol place) {
    ExpressionTree compared = NullTests.comparedWithNull(binary);
    return compared != null && isPlainRead(ASTHelpers.stripParentheses(compared), place);
  }

  /** Trees that hand out code for a call to run, which may assign a field of the object. */
  private static final Set<Tree.Kind> HANDS_OUT_CODE =
      Set.of(Tree.Kind.LAMBDA_EXPRESSION, Tree.Kind.MEMBER_REFERENCE, Tree.Kind.CLASS);

  /**
   * Whether {@code method} may be code of this unit: a method or constructor of one of its classes.
   */
  private boolean runsCodeOfUnit(@Nullable Symbol method) {
    return method == null || index.classInfo(method.owner) != null;
  }

  /**
   * Whether {@code tree} cannot change the place: it assigns it nowhere, and for a field, runs no
   * code of this unit that could (a method or constructor of one of its classes, a lambda, a method
   * reference or a class body that a call may run at once), other than a call on the field itself.
   * Code of other classes changes their objects, not this one's fields: the analysis follows no
   * call into it either.
   */
  private boolean leavesAlone(Tree tree, Symbol place) {
    boolean field = place.getKind() == ElementKind.FIELD;
    boolean[] changes = {false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitAssignment(AssignmentTree node, Void unused) {
        changes[0] |= ASTHelpers.getSymbol(node.getVariable()) == place;
        return super.visitAssignment(node, null);
      }

      @Override
      public Void visitCompoundAssignment(CompoundAssignmentTree node, Void unused) {
        changes[0] |= ASTHelpers.getSymbol(node.getVariable()) == place;
        return super.visitCompoundAssignment(node, null);
      }

      @Override
      public Void visitUnary(UnaryTree node, Void unused) {
        changes[0] |=
            Relevance.INCREMENTS.contains(node.getKind())
                && ASTHelpers.getSymbol(node.getExpression()) == place;
        return super.visitUnary(node, null);
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
        changes[0] |=
            field
                && runsCodeOfUnit(ASTHelpers.getSymbol(node))
                && !(node.getMethodSelect() instanceof MemberSelectTree select
                    && isPlainRead(ASTHelpers.stripParentheses(select.getExpression()), place));
        return super.visitMethodInvocation(node, null);
      }

      @Override
      public Void visitNewClass(NewClassTree node, Void unused) {
        changes[0] |= field && runsCodeOfUnit(ASTHelpers.getSymbol(node));
        return super.visitNewClass(node, null);
      }

      @Override
      public Void scan(Tree node, Void unused) {
        changes[0] |= field && node != null && HANDS_OUT_CODE.contains(node.getKind());
        return super.scan(node, null);
      }
    }.scan(tree, null);
    return !changes[0];
  }
}
