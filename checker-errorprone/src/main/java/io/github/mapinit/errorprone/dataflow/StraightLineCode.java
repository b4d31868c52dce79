package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import org.jspecify.annotations.Nullable;

/**
 * Statements that run from start to end whenever they start: an expression or a local variable
 * declaration with no choice in it ({@code ?:}, {@code &&}, {@code ||}, a switch expression, a
 * pattern test). A statement after a run of such statements runs on every path that returns, as
 * SpotBugs finds an instruction that no branch precedes; an exception only ends the run.
 */
final class StraightLineCode {

  private StraightLineCode() {}

  /** Whether {@code statement} makes no choice of its own (lambdas and class bodies aside). */
  static boolean isStraightLine(StatementTree statement) {
    if (!(statement instanceof ExpressionStatementTree) && !(statement instanceof VariableTree)) {
      return false;
    }
    boolean[] branches = {false};
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitConditionalExpression(ConditionalExpressionTree tree, Void unused) {
        branches[0] = true;
        return null;
      }

      @Override
      public Void visitBinary(BinaryTree tree, Void unused) {
        if (tree.getKind() == Tree.Kind.CONDITIONAL_AND
            || tree.getKind() == Tree.Kind.CONDITIONAL_OR) {
          branches[0] = true;
          return null;
        }
        return super.visitBinary(tree, null);
      }

      @Override
      public Void visitSwitchExpression(SwitchExpressionTree tree, Void unused) {
        branches[0] = true;
        return null;
      }

      @Override
      public Void visitInstanceOf(InstanceOfTree tree, Void unused) {
        branches[0] |= tree.getPattern() != null;
        return super.visitInstanceOf(tree, null);
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
        return null;
      }

      @Override
      public Void visitClass(ClassTree tree, Void unused) {
        return null;
      }
    }.scan(statement, null);
    return !branches[0];
  }

  /**
   * The instance method that {@code statement} calls on the running object without arguments
   * ({@code init();}, {@code this.init();}), or null for any other statement.
   */
  static @Nullable MethodSymbol callOnThisWithoutArguments(StatementTree statement) {
    if (!(statement instanceof ExpressionStatementTree expression)
        || !(expression.getExpression() instanceof MethodInvocationTree call)
        || !call.getArguments().isEmpty()) {
      return null;
    }
    ExpressionTree select = call.getMethodSelect();
    boolean onThis =
        select instanceof IdentifierTree
            || (select instanceof MemberSelectTree member
                && member.getExpression() instanceof IdentifierTree receiver
                && receiver.getName().contentEquals("this"));
    MethodSymbol method = ASTHelpers.getSymbol(call);
    return onThis && method != null && !method.isStatic() && !method.isConstructor()
        ? method
        : null;
  }
}
