package io.github.mapinit.errorprone.dataflow;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SynchronizedTree;
import com.sun.source.tree.TryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import io.github.mapinit.policy.rules.CallbackHelpers;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * The helpers of a compilation unit that run a function they are given at once (policy {@link
 * CallbackHelpers}): by method, the positions of the parameters they call in a statement of their
 * body that comes before any branch (directly, or at the start of a {@code try} or {@code
 * synchronized} block).
 */
final class OwnCallbackHelpers {

  private OwnCallbackHelpers() {}

  static Map<MethodSymbol, Set<Integer>> in(CompilationUnitTree unit) {
    Map<MethodSymbol, Set<Integer>> helpers = new HashMap<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitMethod(MethodTree method, Void unused) {
        MethodSymbol symbol = ASTHelpers.getSymbol(method);
        if (symbol != null && method.getBody() != null) {
          Set<Integer> run = new HashSet<>();
          List<? extends VariableTree> parameters = method.getParameters();
          for (int i = 0; i < parameters.size(); i++) {
            Symbol parameter = ASTHelpers.getSymbol(parameters.get(i));
            if (CallbackHelpers.runsAtOnce(
                isOverridable(symbol), callsFirst(method.getBody().getStatements(), parameter))) {
              run.add(i);
            }
          }
          if (!run.isEmpty()) {
            helpers.put(symbol, run);
          }
        }
        return super.visitMethod(method, null);
      }
    }.scan(unit, null);
    return helpers;
  }

  private static boolean isOverridable(MethodSymbol method) {
    return !method.isStatic()
        && !method.getModifiers().contains(Modifier.PRIVATE)
        && !method.getModifiers().contains(Modifier.FINAL)
        && !method.owner.getModifiers().contains(Modifier.FINAL);
  }

  /** Whether the statements call {@code parameter} before any statement that may branch. */
  private static boolean callsFirst(List<? extends StatementTree> statements, Symbol parameter) {
    for (StatementTree statement : statements) {
      if (statement instanceof TryTree attempt) {
        return callsFirst(attempt.getBlock().getStatements(), parameter);
      }
      if (statement instanceof SynchronizedTree guarded) {
        return callsFirst(guarded.getBlock().getStatements(), parameter);
      }
      if (statement instanceof BlockTree block) {
        return callsFirst(block.getStatements(), parameter);
      }
      ExpressionTree expression = expressionOf(statement);
      if (expression == null) {
        return false;
      }
      if (callsParameter(expression, parameter)) {
        return true;
      }
      if (statement instanceof ReturnTree || containsBranch(expression)) {
        return false;
      }
    }
    return false;
  }

  private static @Nullable ExpressionTree expressionOf(StatementTree statement) {
    if (statement instanceof ExpressionStatementTree expression) {
      return expression.getExpression();
    }
    if (statement instanceof VariableTree variable) {
      return variable.getInitializer();
    }
    if (statement instanceof ReturnTree result) {
      return result.getExpression();
    }
    return null;
  }

  /** {@code parameter.m(..)}, the expression itself or assigned. */
  private static boolean callsParameter(ExpressionTree expression, Symbol parameter) {
    ExpressionTree call =
        expression instanceof com.sun.source.tree.AssignmentTree assignment
            ? assignment.getExpression()
            : expression;
    return call instanceof MethodInvocationTree invocation
        && invocation.getMethodSelect() instanceof MemberSelectTree select
        && select.getExpression() instanceof IdentifierTree receiver
        && ASTHelpers.getSymbol(receiver) == parameter;
  }

  /** A conditional or a lambda, whose parts may not run. */
  private static boolean containsBranch(ExpressionTree expression) {
    Boolean found =
        new TreeScanner<Boolean, Void>() {
          @Override
          public Boolean visitConditionalExpression(
              com.sun.source.tree.ConditionalExpressionTree tree, Void unused) {
            return true;
          }

          @Override
          public Boolean visitBinary(com.sun.source.tree.BinaryTree tree, Void unused) {
            return tree.getKind() == com.sun.source.tree.Tree.Kind.CONDITIONAL_AND
                || tree.getKind() == com.sun.source.tree.Tree.Kind.CONDITIONAL_OR
                || Boolean.TRUE.equals(super.visitBinary(tree, null));
          }

          @Override
          public Boolean reduce(Boolean a, Boolean b) {
            return Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b);
          }
        }.scan(expression, null);
    return Boolean.TRUE.equals(found);
  }
}
