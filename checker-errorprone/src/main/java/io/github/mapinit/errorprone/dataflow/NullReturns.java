package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import io.github.mapinit.policy.rules.NullableResults;

/**
 * Whether a method returns the {@code null} literal on some path (policy {@code NullableResults}):
 * a {@code return null;}, or a {@code null} arm of a conditional or a switch expression that it
 * returns. Returns of lambdas and nested classes are theirs.
 */
final class NullReturns {

  private NullReturns() {}

  /**
   * Whether {@code call} runs a method of the unit that no subclass replaces and that returns null
   * on some path (policy {@link NullableResults}), as the screens before the graph see it.
   */
  static boolean ofCall(MethodInvocationTree call, ClassIndex index, JavacPolicy policy) {
    MethodSymbol method = ASTHelpers.getSymbol(call);
    Body body = method == null ? null : index.bodyOf(method);
    return body != null
        && body.tree() instanceof MethodTree tree
        && NullableResults.mayBeNull(
            !JavacPolicy.isOverridable(method),
            policy.isTracked(method.getReturnType()),
            () -> in(tree));
  }

  static boolean in(MethodTree method) {
    return method.getBody() != null
        && ReturnStatements.any(
            method.getBody(),
            statement ->
                statement.getExpression() != null && mayBeNullLiteral(statement.getExpression()));
  }

  /** Whether {@code expression} is the null literal, or may evaluate to it through its arms. */
  private static boolean mayBeNullLiteral(ExpressionTree expression) {
    ExpressionTree value = ASTHelpers.stripParentheses(expression);
    if (value.getKind() == Tree.Kind.NULL_LITERAL) {
      return true;
    }
    if (value instanceof ConditionalExpressionTree conditional) {
      return mayBeNullLiteral(conditional.getTrueExpression())
          || mayBeNullLiteral(conditional.getFalseExpression());
    }
    if (value instanceof SwitchExpressionTree switchExpression) {
      for (CaseTree branch : switchExpression.getCases()) {
        if (branch.getBody() instanceof ExpressionTree arm && mayBeNullLiteral(arm)) {
          return true;
        }
        if (yieldsNull(branch)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean yieldsNull(CaseTree branch) {
    Boolean found =
        new TreeScanner<Boolean, Void>() {
          @Override
          public Boolean visitYield(YieldTree node, Void unused) {
            return mayBeNullLiteral(node.getValue());
          }

          @Override
          public Boolean visitSwitchExpression(SwitchExpressionTree node, Void unused) {
            // Its yields are its own.
            return false;
          }

          @Override
          public Boolean reduce(Boolean a, Boolean b) {
            return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
          }
        }.scan(branch.getStatements() == null ? null : branch.getStatements(), null);
    return Boolean.TRUE.equals(found);
  }
}
