package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.google.errorprone.util.Reachability;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import io.github.mapinit.policy.JavaSemantics;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The tests that every path to a tree passes within its method, lambda or initialiser, read from
 * the code around it: the branch of an {@code if}, a loop or a conditional expression, the right
 * operand of {@code &&} or {@code ||}, a {@code case} that no earlier case falls into, and an
 * earlier {@code if} of an enclosing block whose other branch cannot complete normally ({@code if
 * (!open) return;}); and, for a visitor that asks, the presence of an {@code Optional} whose {@code
 * map} or {@code ifPresent} runs the lambda around the tree ({@code source.map(s ->
 * properties.size())}), the walk going on around that call. A visitor decides which tests it
 * understands.
 */
final class PathConditions {

  /** What the walk meets on the way out from the tree. */
  interface Visitor {

    /** The path passes {@code condition} with the value {@code outcome}. */
    void condition(ExpressionTree condition, boolean outcome);

    /** The path enters a case of a switch on {@code selector} that nothing falls into. */
    default void switched(ExpressionTree selector) {}

    /** A statement before the path in an enclosing block, in the class {@code owner}. */
    default void earlier(StatementTree statement, ClassTree owner) {}

    /**
     * The path runs in a lambda that a call runs at once, only where {@code optional} holds a
     * value; whether the walk goes on around that call (by default it stops at the lambda, as at
     * any).
     */
    default boolean presentOnly(ExpressionTree optional) {
      return false;
    }
  }

  private PathConditions() {}

  static void around(TreePath path, Visitor visitor) {
    Tree child = path.getLeaf();
    for (TreePath p = path.getParentPath(); p != null; p = p.getParentPath()) {
      Tree parent = p.getLeaf();
      if (parent instanceof LambdaExpressionTree lambda) {
        ExpressionTree optional = presenceTested(lambda, p.getParentPath());
        if (optional == null || !visitor.presentOnly(optional)) {
          return;
        }
        child = parent;
        continue;
      }
      if (parent instanceof MethodTree || parent instanceof ClassTree) {
        return;
      }
      branch(parent, child, visitor);
      List<? extends StatementTree> siblings =
          parent instanceof BlockTree block
              ? block.getStatements()
              : parent instanceof CaseTree caseTree ? caseTree.getStatements() : null;
      if (siblings != null) {
        earlierExits(siblings, child, visitor, enclosingClassTree(p));
      }
      child = parent;
    }
  }

  /**
   * The receiver of the call that {@code lambda} is passed to, where that call runs it at once and
   * only where the receiver holds a value (policy {@code JavaSemantics.runsOnlyWhenPresent}).
   */
  private static @Nullable ExpressionTree presenceTested(
      LambdaExpressionTree lambda, @Nullable TreePath callPath) {
    if (callPath == null
        || !(callPath.getLeaf() instanceof MethodInvocationTree call)
        || !(call.getMethodSelect() instanceof MemberSelectTree select)) {
      return null;
    }
    MethodSymbol method = ASTHelpers.getSymbol(call);
    if (method == null || !(method.owner instanceof ClassSymbol owner)) {
      return null;
    }
    return JavaSemantics.runsOnlyWhenPresent(
            owner.flatName().toString(),
            method.getSimpleName().toString(),
            call.getArguments().indexOf(lambda))
        ? select.getExpression()
        : null;
  }

  private static void branch(Tree parent, Tree child, Visitor visitor) {
    if (parent instanceof IfTree ifTree) {
      if (child == ifTree.getThenStatement()) {
        visitor.condition(ifTree.getCondition(), true);
      } else if (child == ifTree.getElseStatement()) {
        visitor.condition(ifTree.getCondition(), false);
      }
    } else if (parent instanceof ConditionalExpressionTree conditional) {
      if (child == conditional.getTrueExpression()) {
        visitor.condition(conditional.getCondition(), true);
      } else if (child == conditional.getFalseExpression()) {
        visitor.condition(conditional.getCondition(), false);
      }
    } else if (parent instanceof BinaryTree binary && child == binary.getRightOperand()) {
      if (parent.getKind() == Tree.Kind.CONDITIONAL_AND) {
        visitor.condition(binary.getLeftOperand(), true);
      } else if (parent.getKind() == Tree.Kind.CONDITIONAL_OR) {
        visitor.condition(binary.getLeftOperand(), false);
      }
    } else if (parent instanceof WhileLoopTree loop && child == loop.getStatement()) {
      visitor.condition(loop.getCondition(), true);
    } else if (parent instanceof ForLoopTree loop
        && child == loop.getStatement()
        && loop.getCondition() != null) {
      visitor.condition(loop.getCondition(), true);
    } else if (parent instanceof SwitchTree switchTree && child instanceof CaseTree caseTree) {
      if (noCaseFallsInto(switchTree.getCases(), caseTree)) {
        visitor.switched(switchTree.getExpression());
      }
    } else if (parent instanceof SwitchExpressionTree switchExpression
        && child instanceof CaseTree caseTree) {
      if (noCaseFallsInto(switchExpression.getCases(), caseTree)) {
        visitor.switched(switchExpression.getExpression());
      }
    }
  }

  /** The statements before {@code statement}; an {@code if} that leaves on one outcome tests. */
  private static void earlierExits(
      List<? extends StatementTree> statements,
      Tree statement,
      Visitor visitor,
      @Nullable ClassTree owner) {
    for (StatementTree earlier : statements) {
      if (earlier == statement) {
        return;
      }
      if (owner != null) {
        visitor.earlier(earlier, owner);
      }
      if (earlier instanceof IfTree ifTree) {
        boolean thenLeaves = !Reachability.canCompleteNormally(ifTree.getThenStatement());
        boolean elseLeaves =
            ifTree.getElseStatement() != null
                && !Reachability.canCompleteNormally(ifTree.getElseStatement());
        if (thenLeaves != elseLeaves) {
          visitor.condition(ifTree.getCondition(), elseLeaves);
        }
      }
    }
  }

  /**
   * Whether {@code caseTree} is entered only from its switch: every case before it that falls into
   * it has no statements ({@code case A: case B:}).
   */
  private static boolean noCaseFallsInto(List<? extends CaseTree> cases, CaseTree caseTree) {
    int index = cases.indexOf(caseTree);
    for (int i = index - 1; i >= 0; i--) {
      CaseTree earlier = cases.get(i);
      if (earlier.getCaseKind() == CaseTree.CaseKind.RULE) {
        return true;
      }
      List<? extends StatementTree> statements = earlier.getStatements();
      if (statements == null || statements.isEmpty()) {
        continue;
      }
      return !Reachability.canCompleteNormally(statements.get(statements.size() - 1));
    }
    return true;
  }

  /** The innermost class declaration around {@code path}, if any. */
  static @Nullable ClassTree enclosingClassTree(TreePath path) {
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof ClassTree classTree) {
        return classTree;
      }
    }
    return null;
  }
}
