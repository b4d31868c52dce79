package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import java.util.List;
import javax.lang.model.element.ElementKind;
import org.jspecify.annotations.Nullable;

/**
 * Methods that do nothing when a parameter is null and otherwise run straight through: {@code if
 * (parameters != null) { .. }} as the whole body, or {@code if (p == null) return;} first and no
 * branch after it (policy {@code BodyFacts.skipsNullArgument}).
 */
final class NullTolerantSetters {

  private NullTolerantSetters() {}

  static boolean skipsNullArgument(Tree tree) {
    if (!(tree instanceof MethodTree method) || method.getBody() == null) {
      return false;
    }
    List<? extends StatementTree> statements = method.getBody().getStatements();
    if (statements.isEmpty()
        || !(statements.get(0) instanceof IfTree test)
        || test.getElseStatement() != null) {
      return false;
    }
    Tree.Kind comparison = parameterNullComparison(test.getCondition());
    if (comparison == Tree.Kind.NOT_EQUAL_TO) {
      // if (p != null) { .. } and nothing else
      return statements.size() == 1 && isStraight(test.getThenStatement());
    }
    if (comparison == Tree.Kind.EQUAL_TO) {
      // if (p == null) return; then straight code
      return isBareReturn(test.getThenStatement())
          && statements.subList(1, statements.size()).stream()
              .allMatch(NullTolerantSetters::isStraight);
    }
    return false;
  }

  /** {@code p != null} or {@code p == null} (either side) for a parameter {@code p}, or null. */
  private static Tree.@Nullable Kind parameterNullComparison(ExpressionTree condition) {
    if (!(ASTHelpers.stripParentheses(condition) instanceof BinaryTree binary)) {
      return null;
    }
    ExpressionTree compared = NullTests.comparedWithNull(binary);
    Symbol symbol = compared == null ? null : ASTHelpers.getSymbol(compared);
    return symbol != null && symbol.getKind() == ElementKind.PARAMETER ? binary.getKind() : null;
  }

  private static boolean isBareReturn(StatementTree statement) {
    StatementTree only = statement;
    if (statement instanceof BlockTree block) {
      if (block.getStatements().size() != 1) {
        return false;
      }
      only = block.getStatements().get(0);
    }
    return only instanceof ReturnTree ret && ret.getExpression() == null;
  }

  /** Code with no branch of its own: no test, loop, switch, try, return or throw. */
  private static boolean isStraight(Tree code) {
    Boolean branches =
        new TreeScanner<Boolean, Void>() {
          @Override
          public Boolean scan(Tree tree, Void unused) {
            if (tree instanceof IfTree
                || tree instanceof ConditionalExpressionTree
                || tree instanceof WhileLoopTree
                || tree instanceof DoWhileLoopTree
                || tree instanceof ForLoopTree
                || tree instanceof EnhancedForLoopTree
                || tree instanceof SwitchTree
                || tree instanceof SwitchExpressionTree
                || tree instanceof TryTree
                || tree instanceof ReturnTree
                || tree instanceof ThrowTree
                || (tree != null
                    && (tree.getKind() == Tree.Kind.CONDITIONAL_AND
                        || tree.getKind() == Tree.Kind.CONDITIONAL_OR))) {
              return true;
            }
            // A lambda's body runs elsewhere, if at all.
            return !(tree instanceof LambdaExpressionTree)
                && Boolean.TRUE.equals(super.scan(tree, null));
          }

          @Override
          public Boolean reduce(Boolean first, Boolean second) {
            return Boolean.TRUE.equals(first) || Boolean.TRUE.equals(second);
          }
        }.scan(code, null);
    return !Boolean.TRUE.equals(branches);
  }
}
